import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { InitiativeStatus } from '../initiatives/vocabulary.ts'
import type { AgendaItemRow, AgendaStatus } from './agenda-tables.ts'

export interface AreaFigures {
  publicInitiatives: number
  perStatus: { status: InitiativeStatus; count: number }[]
  /** Public initiatives per 1,000 residents, one decimal; undefined without a population figure. */
  perThousandResidents: number | undefined
}

export async function areaFigures(db: Db, areaId: number, population: number): Promise<AreaFigures> {
  const rows = await db
    .selectFrom('initiatives')
    .select(['status', sql<number>`count(*)::int`.as('count')])
    .where('area_id', '=', areaId)
    .where('publication', '=', 'published')
    .where('status', 'not in', ['unconfirmed', 'withdrawn'])
    .groupBy('status')
    .execute()
  const total = rows.reduce((sum, row) => sum + Number(row.count), 0)
  return {
    publicInitiatives: total,
    perStatus: rows.map((row) => ({ status: row.status, count: Number(row.count) })),
    perThousandResidents: population > 0 ? Math.round((total / population) * 10_000) / 10 : undefined,
  }
}

export async function areaBrokers(db: Db, areaId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('broker_areas')
    .innerJoin('people', 'people.id', 'broker_areas.person_id')
    .select(['people.display_name', 'people.email'])
    .where('broker_areas.area_id', '=', areaId)
    .where('people.deleted_at', 'is', null)
    .orderBy('people.display_name')
    .execute()
  return rows.map((row) => row.display_name || row.email)
}

export async function recentAreaInitiatives(db: Db, areaId: number, limit = 12) {
  return db
    .selectFrom('initiatives')
    .select(['id', 'title', 'summary', 'status'])
    .where('area_id', '=', areaId)
    .where('publication', '=', 'published')
    .where('status', 'not in', ['unconfirmed', 'withdrawn'])
    .orderBy('last_activity_at', 'desc')
    .limit(limit)
    .execute()
}

export interface AgendaItem extends AgendaItemRow {
  initiatives: { id: number; title: string }[]
}

/** The area's agenda; linked initiatives only when they are public. */
export async function areaAgenda(db: Db, areaId: number): Promise<AgendaItem[]> {
  const items = await db.selectFrom('agenda_items').selectAll().where('area_id', '=', areaId).orderBy('status').orderBy('id').execute()
  if (items.length === 0) return []
  const links = await db
    .selectFrom('agenda_item_initiatives')
    .innerJoin('initiatives', 'initiatives.id', 'agenda_item_initiatives.initiative_id')
    .select(['agenda_item_initiatives.agenda_item_id', 'initiatives.id', 'initiatives.title'])
    .where('agenda_item_initiatives.agenda_item_id', 'in', items.map((item) => item.id))
    .where('initiatives.publication', '=', 'published')
    .where('initiatives.status', 'not in', ['unconfirmed', 'withdrawn'])
    .execute()
  return items.map((item) => ({ ...item, initiatives: links.filter((link) => link.agenda_item_id === item.id).map(({ id, title }) => ({ id, title })) }))
}

export async function representsArea(db: Db, personId: number, areaId: number): Promise<boolean> {
  return !!(await db.selectFrom('representative_areas').select('person_id').where('person_id', '=', personId).where('area_id', '=', areaId).executeTakeFirst())
}

/** Makes the person a representative of these areas (in addition to any they already represent). */
export async function representAreas(db: Db, personId: number, areaIds: number[]): Promise<void> {
  for (const areaId of areaIds) {
    await db.insertInto('representative_areas').values({ person_id: personId, area_id: areaId }).onConflict((oc) => oc.doNothing()).execute()
  }
}

export interface AgendaInput {
  title: string
  description: string
  owner: string
  status: AgendaStatus
  initiativeIds: number[]
}

/**
 * Adds or changes an agenda item. Linked initiatives must be public ones in the same area, so
 * an agenda cannot reveal or borrow someone else's case.
 */
export async function saveAgendaItem(db: Db, actor: { tenantId: number; personId: number; label: string }, areaId: number, itemId: number | undefined, input: AgendaInput): Promise<'saved' | 'notFound' | 'badInitiative'> {
  return db.transaction().execute(async (trx) => {
    const allowed = input.initiativeIds.length
      ? await trx.selectFrom('initiatives').select('id').where('area_id', '=', areaId).where('publication', '=', 'published').where('id', 'in', input.initiativeIds).execute()
      : []
    if (allowed.length !== new Set(input.initiativeIds).size) return 'badInitiative'
    let id = itemId
    if (id === undefined) {
      id = (await trx.insertInto('agenda_items').values({ area_id: areaId, title: input.title, description: input.description, owner: input.owner, status: input.status }).returning('id').executeTakeFirstOrThrow()).id
    } else {
      const updated = await trx.updateTable('agenda_items').set({ title: input.title, description: input.description, owner: input.owner, status: input.status, updated_at: new Date() }).where('id', '=', id).where('area_id', '=', areaId).executeTakeFirst()
      if (Number(updated.numUpdatedRows) !== 1) return 'notFound'
      await trx.deleteFrom('agenda_item_initiatives').where('agenda_item_id', '=', id).execute()
    }
    for (const initiativeId of new Set(input.initiativeIds)) await trx.insertInto('agenda_item_initiatives').values({ agenda_item_id: id, initiative_id: initiativeId }).execute()
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: itemId === undefined ? 'agenda.added' : 'agenda.changed', objectType: 'agendaItem', objectId: id, after: input })
    return 'saved'
  })
}

export async function isFollowingArea(db: Db, areaId: number, personId: number): Promise<boolean> {
  return !!(await db.selectFrom('area_followers').select('person_id').where('area_id', '=', areaId).where('person_id', '=', personId).executeTakeFirst())
}

export async function setFollowingArea(db: Db, areaId: number, personId: number, follow: boolean): Promise<void> {
  if (follow) await db.insertInto('area_followers').values({ area_id: areaId, person_id: personId }).onConflict((oc) => oc.doNothing()).execute()
  else await db.deleteFrom('area_followers').where('area_id', '=', areaId).where('person_id', '=', personId).execute()
}
