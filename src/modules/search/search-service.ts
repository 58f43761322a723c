import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { InitiativeStatus, NeedKind } from '../initiatives/vocabulary.ts'

export const MAX_QUERY_LENGTH = 200
const MAX_WORDS = 8
/** How alike a typed word and a word in a title or summary must be to count as a typo of it (0–1). */
const TYPO_SIMILARITY = 0.4

export interface SearchFilters {
  themeSlug?: string
  areaSlug?: string
  status?: InitiativeStatus
  need?: NeedKind
}

export interface SearchHit {
  id: number
  title: string
  summary: string
  /** The summary split around the matched words: odd positions are matches, to be marked. */
  snippet: string[]
  status: InitiativeStatus
  areaName: string | null
}

export interface Facet {
  value: string
  label: string | LocalizedText
  count: number
}

export interface SearchResult {
  query: string
  words: string[]
  total: number
  page: number
  pageSize: number
  items: SearchHit[]
  facets: { theme: Facet[]; area: Facet[]; status: Facet[]; need: Facet[] }
}

/** The words of a query: letters and digits only, so nothing the user types can change the SQL or tsquery syntax. */
export function queryWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 3).slice(0, MAX_WORDS).map((word) => word.slice(0, 50))
}

/**
 * A word matches an initiative when its Dutch stem is a prefix of a word in it (so "fietsen" finds
 * "fiets" and "fietsenmaker"), or when it looks like a word in the title or summary (so "fietnsen"
 * still finds "fietsenmakerij"). Every word must match.
 */
function wordMatches(word: string): RawBuilder<boolean> {
  return sql<boolean>`(i.search_document @@ to_tsquery('dutch', ${`${word}:*`}) or ${word} <% (i.title || ' ' || i.summary))`
}

const MARK_START = '\u0001'
const MARK_END = '\u0002'

function splitSnippet(headline: string): string[] {
  return headline.split(new RegExp(`[${MARK_START}${MARK_END}]`))
}

export async function searchInitiatives(db: Db, tenantId: number, query: string, filters: SearchFilters, page = 1, pageSize = 20): Promise<SearchResult> {
  const words = queryWords(query)
  return db.transaction().execute(async (trx) => {
    await sql`set local pg_trgm.word_similarity_threshold = ${sql.lit(TYPO_SIMILARITY)}`.execute(trx)
    const conditions: RawBuilder<boolean>[] = [sql`i.tenant_id = ${tenantId}`, sql`i.publication = 'published'`, sql`i.status not in ('unconfirmed', 'withdrawn')`]
    for (const word of words) conditions.push(wordMatches(word))
    if (filters.status) conditions.push(sql`i.status = ${filters.status}`)
    if (filters.areaSlug) conditions.push(sql`exists (select 1 from areas a where a.id = i.area_id and a.slug = ${filters.areaSlug})`)
    if (filters.themeSlug) conditions.push(sql`exists (select 1 from initiative_themes it join themes t on t.id = it.theme_id where it.initiative_id = i.id and t.slug = ${filters.themeSlug})`)
    if (filters.need) conditions.push(sql`exists (select 1 from initiative_needs n where n.initiative_id = i.id and n.kind = ${filters.need})`)
    const where = sql.join(conditions, sql` and `)
    const tsquery = words.length > 0 ? sql`to_tsquery('dutch', ${words.map((word) => `${word}:*`).join(' | ')})` : sql`''::tsquery`
    const similarity = words.length > 0 ? sql.join(words.map((word) => sql`word_similarity(${word}, i.title || ' ' || i.summary)`), sql` + `) : sql`0`

    const rows = await sql<{ id: number; title: string; summary: string; headline: string; status: InitiativeStatus; area_name: string | null; total: number }>`
      select i.id, i.title, i.summary, i.status, a.name as area_name,
        ts_headline('dutch', i.summary, ${tsquery}, ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, HighlightAll=true`}) as headline,
        count(*) over ()::int as total
      from initiatives i
      left join areas a on a.id = i.area_id
      where ${where}
      order by ts_rank_cd(i.search_document, ${tsquery}) + (${similarity}) / 4 desc, i.id desc
      limit ${pageSize} offset ${(page - 1) * pageSize}
    `.execute(trx)

    const facetRows = await sql<{ facet: string; value: string; label: string; label_json: LocalizedText | null; count: number }>`
      with hits as (select i.id, i.status, i.area_id from initiatives i where ${where})
      select 'status' as facet, status as value, status as label, null::jsonb as label_json, count(*)::int as count from hits group by status
      union all
      select 'area', a.slug, a.name, null, count(*)::int from hits join areas a on a.id = hits.area_id group by a.slug, a.name
      union all
      select 'theme', t.slug, t.slug, t.name, count(*)::int from hits join initiative_themes it on it.initiative_id = hits.id join themes t on t.id = it.theme_id group by t.slug, t.name
      union all
      select 'need', n.kind, n.kind, null, count(*)::int from hits join initiative_needs n on n.initiative_id = hits.id group by n.kind
    `.execute(trx)

    const facets: SearchResult['facets'] = { theme: [], area: [], status: [], need: [] }
    for (const row of facetRows.rows) {
      facets[row.facet as keyof SearchResult['facets']].push({ value: row.value, label: row.label_json ?? row.label, count: row.count })
    }
    for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))

    return {
      query,
      words,
      total: rows.rows[0]?.total ?? 0,
      page,
      pageSize,
      facets,
      items: rows.rows.map((row) => ({
        id: row.id,
        title: row.title,
        summary: row.summary,
        snippet: splitSnippet(row.headline),
        status: row.status,
        areaName: row.area_name,
      })),
    }
  })
}
