import type { Generated, Selectable } from 'kysely'

export const roles = ['resident', 'broker', 'coordinator', 'admin', 'councilMember', 'areaRepresentative'] as const
export type Role = (typeof roles)[number]
export const staffRoles = ['broker', 'coordinator', 'admin', 'councilMember'] as const satisfies readonly Role[]
export type StaffRole = (typeof staffRoles)[number]

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value)
}

export function isStaffRole(value: string): value is StaffRole {
  return (staffRoles as readonly string[]).includes(value)
}

export interface PersonTable {
  id: Generated<number>
  tenant_id: number
  email: string
  display_name: Generated<string>
  phone: string | null
  show_name_publicly: Generated<boolean>
  password_hash: string | null
  deleted_at: Date | null
  created_at: Generated<Date>
}

export interface RoleAssignmentTable {
  person_id: number
  role: Role
  granted_at: Generated<Date>
}

export interface BrokerAreaTable {
  person_id: number
  area_id: number
}

export interface BrokerThemeTable {
  person_id: number
  theme_id: number
}

export type Person = Selectable<PersonTable>
