import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { AccountInputError } from './account-service.ts'
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

export async function findStaffMember(db: Db, tenantId: number, personId: number): Promise<StaffMember | undefined> {
  return (await listStaff(db, tenantId)).find((member) => member.id === personId)
}

export interface WorkArea {
  areaIds: number[]
  themeIds: number[]
}

export async function getWorkArea(db: Db, personId: number): Promise<WorkArea> {
  const [areas, themes] = await Promise.all([
    db.selectFrom('broker_areas').select('area_id').where('person_id', '=', personId).execute(),
    db.selectFrom('broker_themes').select('theme_id').where('person_id', '=', personId).execute(),
  ])
  return { areaIds: areas.map((row) => row.area_id), themeIds: themes.map((row) => row.theme_id) }
}

/** Resolves area and theme slugs of the municipality to ids; an unknown slug is an input error naming it. */
export async function workAreaBySlugs(db: Db, tenantId: number, areaSlugs: string[], themeSlugs: string[]): Promise<WorkArea> {
  const areas = areaSlugs.length ? await db.selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenantId).where('slug', 'in', areaSlugs).execute() : []
  const themes = themeSlugs.length ? await db.selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', tenantId).where('slug', 'in', themeSlugs).execute() : []
  const unknown = [...areaSlugs.filter((slug) => !areas.some((area) => area.slug === slug)), ...themeSlugs.filter((slug) => !themes.some((theme) => theme.slug === slug))]
  if (unknown.length > 0) throw new AccountInputError(`Unknown area or theme: ${unknown.join(', ')}.`)
  return { areaIds: areas.map((area) => area.id), themeIds: themes.map((theme) => theme.id) }
}

/**
 * Sets which areas and themes a broker answers for; new initiatives are assigned by these.
 * Ids that are not this municipality's are refused as a whole, so nothing half-changes.
 */
export async function setWorkArea(db: Db, tenantId: number, actor: { id: number | null; label: string }, personId: number, workArea: WorkArea): Promise<'saved' | 'unknownIds' | 'notBroker'> {
  return db.transaction().execute(async (trx) => {
    const isBroker = await trx
      .selectFrom('role_assignments')
      .innerJoin('people', 'people.id', 'role_assignments.person_id')
      .select('people.id')
      .where('people.id', '=', personId)
      .where('people.tenant_id', '=', tenantId)
      .where('role_assignments.role', '=', 'broker')
      .executeTakeFirst()
    if (!isBroker) return 'notBroker'
    const areaCount = workArea.areaIds.length
      ? (await trx.selectFrom('areas').select('id').where('tenant_id', '=', tenantId).where('id', 'in', workArea.areaIds).execute()).length
      : 0
    const themeCount = workArea.themeIds.length
      ? (await trx.selectFrom('themes').select('id').where('tenant_id', '=', tenantId).where('id', 'in', workArea.themeIds).execute()).length
      : 0
    if (areaCount !== new Set(workArea.areaIds).size || themeCount !== new Set(workArea.themeIds).size) return 'unknownIds'
    const before = await getWorkArea(trx, personId)
    await trx.deleteFrom('broker_areas').where('person_id', '=', personId).execute()
    await trx.deleteFrom('broker_themes').where('person_id', '=', personId).execute()
    for (const areaId of new Set(workArea.areaIds)) await trx.insertInto('broker_areas').values({ person_id: personId, area_id: areaId }).execute()
    for (const themeId of new Set(workArea.themeIds)) await trx.insertInto('broker_themes').values({ person_id: personId, theme_id: themeId }).execute()
    await recordAudit(trx, { tenantId, actorId: actor.id, actorLabel: actor.label, action: 'broker.workAreaChanged', objectType: 'person', objectId: personId, before, after: await getWorkArea(trx, personId) })
    return 'saved'
  })
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
