import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { staffRoles, type Role, type StaffRole } from './person-table.ts'

export interface StaffMember {
  id: number
  email: string
  displayName: string
  roles: Role[]
  hasPassword: boolean
}

export async function listStaff(db: Db, tenantId: number): Promise<StaffMember[]> {
  const rows = await db
    .selectFrom('people')
    .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
    .select(['people.id', 'people.email', 'people.display_name', 'people.password_hash'])
    .select(sql<Role[]>`array_agg(role_assignments.role order by role_assignments.role)`.as('roles'))
    .where('people.tenant_id', '=', tenantId)
    .where('people.deleted_at', 'is', null)
    .where('role_assignments.role', 'in', [...staffRoles])
    .groupBy(['people.id', 'people.email', 'people.display_name', 'people.password_hash'])
    .orderBy('people.display_name')
    .orderBy('people.email')
    .execute()
  return rows.map((row) => ({ id: row.id, email: row.email, displayName: row.display_name, roles: row.roles, hasPassword: row.password_hash !== null }))
}

/** Replaces a staff member's staff roles (their resident role is untouched); audited with before and after. */
export async function setStaffRoles(db: Db, tenantId: number, actor: { id: number; label: string }, personId: number, roles: StaffRole[]): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const person = await trx.selectFrom('people').select('id').where('id', '=', personId).where('tenant_id', '=', tenantId).where('deleted_at', 'is', null).executeTakeFirst()
    if (!person) return false
    const before = (await trx.selectFrom('role_assignments').select('role').where('person_id', '=', personId).orderBy('role').execute()).map((row) => row.role)
    await trx.deleteFrom('role_assignments').where('person_id', '=', personId).where('role', 'in', [...staffRoles]).execute()
    for (const role of roles) await trx.insertInto('role_assignments').values({ person_id: personId, role }).execute()
    const after = (await trx.selectFrom('role_assignments').select('role').where('person_id', '=', personId).orderBy('role').execute()).map((row) => row.role)
    await recordAudit(trx, { tenantId, actorId: actor.id, actorLabel: actor.label, action: 'staff.rolesChanged', objectType: 'person', objectId: personId, before, after })
    return true
  })
}
