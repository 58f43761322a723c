import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { Schema } from '../../platform/db/schema.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { InitiativeRow } from './initiative-tables.ts'
import type { InitiativeStatus, NeedKind, NeedStatus } from './vocabulary.ts'

/**
 * Who is reading: the public sees only published initiatives that are neither unconfirmed nor
 * withdrawn (the rule of `isPublicInitiative`); staff see every confirmed initiative of their municipality.
 */
export type Audience = 'public' | 'staff'

export interface InitiativeFilters {
  themeSlug?: string
  areaSlug?: string
  status?: InitiativeStatus
  need?: NeedKind
}

export interface InitiativeListing {
  /** The whole row, contact details included: presenters pick what each audience may see. */
  initiative: InitiativeRow
  area: { slug: string; name: string } | null
  themes: { slug: string; name: LocalizedText }[]
  needs: { kind: NeedKind; status: NeedStatus; explanation: string }[]
}

type InitiativesScope = ExpressionBuilder<Schema, 'initiatives'>

export function visibleTo(audience: Audience) {
  return (eb: InitiativesScope) =>
    audience === 'public'
      ? eb.and([eb('initiatives.publication', '=', 'published'), eb('initiatives.status', 'not in', ['unconfirmed', 'withdrawn'])])
      : eb('initiatives.status', '!=', 'unconfirmed')
}

function matching(filters: InitiativeFilters) {
  return (eb: InitiativesScope) => {
    const conditions = []
    if (filters.status) conditions.push(eb('initiatives.status', '=', filters.status))
    if (filters.areaSlug) {
      conditions.push(eb.exists(eb.selectFrom('areas').select('areas.id').whereRef('areas.id', '=', 'initiatives.area_id').where('areas.slug', '=', filters.areaSlug)))
    }
    if (filters.themeSlug) {
      conditions.push(
        eb.exists(
          eb
            .selectFrom('initiative_themes')
            .innerJoin('themes', 'themes.id', 'initiative_themes.theme_id')
            .select('themes.id')
            .whereRef('initiative_themes.initiative_id', '=', 'initiatives.id')
            .where('themes.slug', '=', filters.themeSlug),
        ),
      )
    }
    if (filters.need) {
      conditions.push(eb.exists(eb.selectFrom('initiative_needs').select('initiative_needs.id').whereRef('initiative_needs.initiative_id', '=', 'initiatives.id').where('initiative_needs.kind', '=', filters.need)))
    }
    return eb.and(conditions)
  }
}

/** Areas, themes and needs of the given initiatives, in two or three queries whatever their number. */
export async function withDetails(db: Db, rows: InitiativeRow[]): Promise<InitiativeListing[]> {
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const areaIds = [...new Set(rows.flatMap((row) => (row.area_id === null ? [] : [row.area_id])))]
  const [areas, themes, needs] = await Promise.all([
    areaIds.length > 0 ? db.selectFrom('areas').select(['id', 'slug', 'name']).where('id', 'in', areaIds).execute() : [],
    db
      .selectFrom('initiative_themes')
      .innerJoin('themes', 'themes.id', 'initiative_themes.theme_id')
      .select(['initiative_themes.initiative_id', 'themes.slug', 'themes.name'])
      .where('initiative_themes.initiative_id', 'in', ids)
      .orderBy('themes.position')
      .orderBy('themes.id')
      .execute(),
    db.selectFrom('initiative_needs').select(['initiative_id', 'kind', 'status', 'explanation']).where('initiative_id', 'in', ids).orderBy('id').execute(),
  ])
  return rows.map((initiative) => {
    const area = areas.find((candidate) => candidate.id === initiative.area_id)
    return {
      initiative,
      area: area ? { slug: area.slug, name: area.name } : null,
      themes: themes.filter((theme) => theme.initiative_id === initiative.id).map(({ slug, name }) => ({ slug, name })),
      needs: needs.filter((need) => need.initiative_id === initiative.id).map(({ kind, status, explanation }) => ({ kind, status, explanation })),
    }
  })
}

/** One page of initiatives, newest first, and how many match in all. */
export async function listInitiatives(
  db: Db,
  tenantId: number,
  audience: Audience,
  filters: InitiativeFilters,
  page: number,
  pageSize: number,
): Promise<{ total: number; items: InitiativeListing[] }> {
  const query = db.selectFrom('initiatives').where('initiatives.tenant_id', '=', tenantId).where(visibleTo(audience)).where(matching(filters))
  const [counted, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow(),
    query
      .selectAll('initiatives')
      .orderBy('initiatives.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ])
  return { total: Number(counted.count), items: await withDetails(db, rows) }
}

/** One initiative as this audience may see it; undefined when it does not exist for them. */
export async function findInitiativeListing(db: Db, tenantId: number, id: number, audience: Audience): Promise<InitiativeListing | undefined> {
  const row = await db.selectFrom('initiatives').selectAll('initiatives').where('initiatives.tenant_id', '=', tenantId).where('initiatives.id', '=', id).where(visibleTo(audience)).executeTakeFirst()
  if (!row) return undefined
  return (await withDetails(db, [row]))[0]
}

export interface PublicUpdate {
  id: number
  body: string
  createdAt: Date
  attachments: { id: number; journalEntryId: number | null; fileName: string; contentType: string; sizeBytes: number }[]
}

/** The public journal entries of an initiative, newest first, with their files; never who wrote them. */
export async function listPublicUpdates(db: Db, initiativeId: number): Promise<PublicUpdate[]> {
  const entries = await db
    .selectFrom('journal_entries')
    .select(['id', 'body', 'created_at as createdAt'])
    .where('initiative_id', '=', initiativeId)
    .where('visibility', '=', 'public')
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(100)
    .execute()
  if (entries.length === 0) return []
  const attachments = await db
    .selectFrom('attachments')
    .select(['id', 'journal_entry_id as journalEntryId', 'file_name as fileName', 'content_type as contentType', 'size_bytes as sizeBytes'])
    .where('journal_entry_id', 'in', entries.map((entry) => entry.id))
    .orderBy('id')
    .execute()
  return entries.map((entry) => ({ ...entry, attachments: attachments.filter((attachment) => attachment.journalEntryId === entry.id) }))
}
