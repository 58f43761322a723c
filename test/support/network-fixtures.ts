import { sql } from 'kysely'
import { grantRole } from '../../src/modules/accounts/account-service.ts'
import type { Db } from '../../src/platform/db/database.ts'

export interface HelperFixture {
  email: string
  name: string
  skills: string[]
  areaId?: number
  wholeMunicipality?: boolean
  visibility: 'public' | 'members' | 'staff' | 'hidden'
}

/** A helper profile as the network module stores it, search document included. */
export async function addHelper(db: Db, tenantId: number, helper: HelperFixture): Promise<{ personId: number; helperId: number }> {
  const { person } = await grantRole(db, tenantId, helper.email, 'resident', helper.name)
  const skillIds: number[] = []
  for (const skill of helper.skills) {
    const existing = await db.selectFrom('skills').select('id').where('tenant_id', '=', tenantId).where(sql`lower(name->>'nl')`, '=', skill).executeTakeFirst()
    skillIds.push(existing?.id ?? (await db.insertInto('skills').values({ tenant_id: tenantId, name: JSON.stringify({ nl: skill, en: skill }) }).returning('id').executeTakeFirstOrThrow()).id)
  }
  const description = `Ik help graag met ${helper.skills.join(' en ')}.`
  const { id } = await db
    .insertInto('helper_profiles')
    .values({
      tenant_id: tenantId, person_id: person.id, description, tags: [], whole_municipality: helper.wholeMunicipality ?? false,
      availability: ['weekend'], time_commitment: 'regularly', visibility: helper.visibility, show_contributions: true, name_shown: 'fullName',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await sql`update helper_profiles set search_document = to_tsvector('dutch', ${`${helper.skills.join(' ')} ${description}`}) where id = ${id}`.execute(db)
  for (const skillId of skillIds) await db.insertInto('helper_skills').values({ helper_id: id, skill_id: skillId }).execute()
  if (helper.areaId) await db.insertInto('helper_areas').values({ helper_id: id, area_id: helper.areaId, position: 0 }).execute()
  return { personId: person.id, helperId: id }
}

/** A listed space (or a hidden one) owned by this person. */
export async function addSpace(db: Db, tenantId: number, space: { ownerId: number; name: string; areaId: number; hiddenBy?: number }): Promise<number> {
  const { id } = await db
    .insertInto('spaces')
    .values({
      tenant_id: tenantId, owner_id: space.ownerId, name: space.name, description: 'Een zaal met keuken.', address: 'Dorpsstraat 1', area_id: space.areaId,
      capacity: 40, accessibility: ['wheelchair'], facilities: ['kitchen'], price_kind: 'free', price_cents: null, price_note: '', visibility: 'listed', locale: 'nl',
      ...(space.hiddenBy ? { hidden_at: new Date(), hidden_reason: 'Dubbel aangemeld', hidden_by: space.hiddenBy } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}
