import { sql } from 'kysely'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { SkillRow } from './network-tables.ts'
import { refreshHelperSearch } from './search-documents.ts'
import { inTransaction } from './transaction.ts'

export const SKILL_NAME_MIN = 2
export const SKILL_NAME_MAX = 60

/**
 * A starting list of skills residents often offer, in our own words. A municipality adds it with one
 * button on the skills page when its list is still empty, then keeps its own list from there.
 */
export const suggestedSkills: LocalizedText[] = [
  { nl: 'Timmeren en klussen', en: 'Carpentry and odd jobs' },
  { nl: 'Tuinieren en groenonderhoud', en: 'Gardening and green maintenance' },
  { nl: 'Subsidie aanvragen', en: 'Applying for grants' },
  { nl: 'Boekhouding en penningmeester zijn', en: 'Bookkeeping and treasury' },
  { nl: 'Fondsen en sponsors werven', en: 'Fundraising and sponsorship' },
  { nl: 'Vormgeving en drukwerk', en: 'Graphic design and print' },
  { nl: 'Websites maken', en: 'Building websites' },
  { nl: 'Fotografie en film', en: 'Photography and film' },
  { nl: 'Evenementen organiseren', en: 'Organising events' },
  { nl: 'Vergunningen en regels', en: 'Permits and regulations' },
  { nl: 'Koken voor groepen', en: 'Cooking for groups' },
  { nl: 'Taal en teksten schrijven', en: 'Language and writing' },
  { nl: 'Juridisch advies', en: 'Legal advice' },
  { nl: 'EHBO', en: 'First aid' },
  { nl: 'Techniek en elektra', en: 'Technology and electrics' },
  { nl: 'Communicatie en publiciteit', en: 'Communication and publicity' },
  { nl: 'Jongeren begeleiden', en: 'Guiding young people' },
  { nl: 'Ouderen bezoeken', en: 'Visiting older people' },
  { nl: 'Hulp met computer en telefoon', en: 'Help with computers and phones' },
  { nl: 'Vervoer en rijden', en: 'Transport and driving' },
  { nl: 'Muziek maken', en: 'Making music' },
  { nl: 'Sport en bewegen begeleiden', en: 'Coaching sport and exercise' },
  { nl: 'Naaien en repareren', en: 'Sewing and mending' },
  { nl: 'Vertalen en tolken', en: 'Translating and interpreting' },
]

export interface Actor {
  tenantId: number
  personId: number
  label: string
}

/** The municipality's skills, alphabetical by Dutch name; retired ones too unless asked otherwise. */
export async function listSkills(db: Db, tenantId: number, { activeOnly = false } = {}): Promise<SkillRow[]> {
  let query = db.selectFrom('skills').selectAll().where('tenant_id', '=', tenantId)
  if (activeOnly) query = query.where('retired_at', 'is', null)
  return query.orderBy(sql`lower(name->>'nl')`).orderBy('id').execute()
}

async function nameTaken(db: Db, tenantId: number, name: LocalizedText, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('skills').select('id').where('tenant_id', '=', tenantId).where(sql`lower(name->>'nl')`, '=', name.nl.toLowerCase())
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId)
  return !!(await query.executeTakeFirst())
}

export async function addSkill(db: Db, actor: Actor, name: LocalizedText): Promise<'added' | 'duplicate'> {
  return inTransaction(db, async (trx) => {
    if (await nameTaken(trx, actor.tenantId, name)) return 'duplicate'
    const { id } = await trx.insertInto('skills').values({ tenant_id: actor.tenantId, name: JSON.stringify(name) }).returning('id').executeTakeFirstOrThrow()
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'skill.added', objectType: 'skill', objectId: id, after: name })
    return 'added'
  })
}

/** Renames a skill everywhere it is used: profiles show the new name and are found by it. */
export async function renameSkill(db: Db, actor: Actor, id: number, name: LocalizedText): Promise<'saved' | 'notFound' | 'duplicate'> {
  return inTransaction(db, async (trx) => {
    const skill = await trx.selectFrom('skills').selectAll().where('tenant_id', '=', actor.tenantId).where('id', '=', id).executeTakeFirst()
    if (!skill) return 'notFound'
    if (await nameTaken(trx, actor.tenantId, name, id)) return 'duplicate'
    await trx.updateTable('skills').set({ name: JSON.stringify(name) }).where('id', '=', id).execute()
    await refreshHelperSearch(trx, { skillId: id })
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'skill.renamed', objectType: 'skill', objectId: id, before: skill.name, after: name })
    return 'saved'
  })
}

/** Retires a skill (it stays on profiles that have it, but cannot be chosen anew) or brings it back. */
export async function setSkillRetired(db: Db, actor: Actor, id: number, retired: boolean, now: Date): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('skills')
      .set({ retired_at: retired ? now : null })
      .where('tenant_id', '=', actor.tenantId)
      .where('id', '=', id)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return false
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: retired ? 'skill.retired' : 'skill.restored', objectType: 'skill', objectId: id })
    return true
  })
}

/** Adds the suggested list to a municipality that has no skills yet; a list already started is left alone. */
export async function addSuggestedSkills(db: Db, tenantId: number, actor?: Actor): Promise<number> {
  return inTransaction(db, async (trx) => {
    const existing = await trx.selectFrom('skills').select('id').where('tenant_id', '=', tenantId).limit(1).executeTakeFirst()
    if (existing) return 0
    await trx.insertInto('skills').values(suggestedSkills.map((name) => ({ tenant_id: tenantId, name: JSON.stringify(name) }))).execute()
    if (actor) await recordAudit(trx, { tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'skill.suggestedListAdded', objectType: 'skill', objectId: 'all', after: { count: suggestedSkills.length } })
    return suggestedSkills.length
  })
}

/** How many helper profiles carry each skill of the municipality. */
export async function skillUsage(db: Db, tenantId: number): Promise<Map<number, number>> {
  const rows = await db
    .selectFrom('helper_skills')
    .innerJoin('skills', 'skills.id', 'helper_skills.skill_id')
    .select(['skills.id', sql<number>`count(*)::int`.as('count')])
    .where('skills.tenant_id', '=', tenantId)
    .groupBy('skills.id')
    .execute()
  return new Map(rows.map((row) => [row.id, Number(row.count)]))
}
