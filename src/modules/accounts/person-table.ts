import type { Generated, Selectable } from 'kysely'

export const roles = ['resident', 'broker', 'coordinator', 'admin', 'councilMember'] as const
export type Role = (typeof roles)[number]

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value)
}

export interface PersonTable {
  id: Generated<number>
  tenant_id: number
  email: string
  display_name: Generated<string>
  created_at: Generated<Date>
}

export interface RoleAssignmentTable {
  person_id: number
  role: Role
  granted_at: Generated<Date>
}

export type Person = Selectable<PersonTable>
