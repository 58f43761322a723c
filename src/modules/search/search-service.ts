import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { InitiativeStatus, NeedKind } from '../initiatives/vocabulary.ts'
import { RESULT_WINDOW, expandQueryWords, lexemeTsquery, queryWords } from './query-words.ts'

export { MAX_QUERY_LENGTH, queryWords } from './query-words.ts'

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
  /** Matches found, at most RESULT_WINDOW. */
  total: number
  /** False when more than RESULT_WINDOW matched: then the newest of them are ranked, paged and counted in the facets. */
  totalIsExact: boolean
  page: number
  pageSize: number
  items: SearchHit[]
  facets: { theme: Facet[]; area: Facet[]; status: Facet[]; need: Facet[] }
}

const MARK_START = '\u0001'
const MARK_END = '\u0002'

function splitSnippet(headline: string): string[] {
  return headline.split(new RegExp(`[${MARK_START}${MARK_END}]`))
}


interface SearchRow {
  matched: number
  items: { id: number; title: string; summary: string; headline: string; status: InitiativeStatus; area_name: string | null }[]
  facets: { facet: keyof SearchResult['facets']; value: string; label: string; label_json: LocalizedText | null; count: number }[] | null
}

/**
 * Public initiatives matching every word of the query, best first, with the facet counts of the
 * matches. One statement: the matches (up to the window) are found once, through the full-text index
 * or the newest-first primary key, whichever the planner finds cheaper, and then give the page, the
 * total and the facets.
 */
export async function searchInitiatives(db: Db, tenantId: number, query: string, filters: SearchFilters, page = 1, pageSize = 20): Promise<SearchResult> {
  const words = queryWords(query)
  const groups = await expandQueryWords(db, tenantId, words)
  const conditions: RawBuilder<boolean>[] = [sql`i.tenant_id = ${tenantId}`, sql`i.publication = 'published'`, sql`i.status not in ('unconfirmed', 'withdrawn')`]
  const matchAll = groups.length > 0 ? lexemeTsquery(groups) : undefined
  const matchAny = groups.length > 0 ? lexemeTsquery(groups, '|') : sql`''::tsquery`
  if (matchAll) conditions.push(sql`i.search_document @@ ${matchAll}`)
  if (filters.status) conditions.push(sql`i.status = ${filters.status}`)
  if (filters.areaSlug) conditions.push(sql`exists (select 1 from areas a where a.id = i.area_id and a.slug = ${filters.areaSlug})`)
  if (filters.themeSlug) conditions.push(sql`exists (select 1 from initiative_themes it join themes t on t.id = it.theme_id where it.initiative_id = i.id and t.slug = ${filters.themeSlug})`)
  if (filters.need) conditions.push(sql`exists (select 1 from initiative_needs n where n.initiative_id = i.id and n.kind = ${filters.need})`)
  const where = sql.join(conditions, sql` and `)
  const headlineOptions = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, HighlightAll=true`

  const { rows } = await sql<SearchRow>`
    with matches as materialized (
      select i.id, i.status, i.area_id, i.search_document
      from initiatives i
      where ${where}
      order by i.id desc
      limit ${RESULT_WINDOW + 1}
    ),
    hits as materialized (
      select id, status, area_id, ts_rank_cd(search_document, ${matchAny}) as rank
      from matches
      order by id desc
      limit ${RESULT_WINDOW}
    )
    select
      (select count(*)::int from matches) as matched,
      (select coalesce(json_agg(item order by item.rank desc, item.id desc), '[]'::json) from (
        select h.id, h.rank, i.title, i.summary, i.status, a.name as area_name,
          ts_headline('dutch', i.summary, ${matchAny}, ${headlineOptions}) as headline
        from (select * from hits order by rank desc, id desc limit ${pageSize} offset ${(page - 1) * pageSize}) h
        join initiatives i on i.id = h.id
        left join areas a on a.id = i.area_id
      ) item) as items,
      (select json_agg(f) from (
        select 'status' as facet, status as value, status as label, null::jsonb as label_json, count(*)::int as count from hits group by status
        union all
        select 'area', a.slug, a.name, null, count(*)::int from hits join areas a on a.id = hits.area_id group by a.slug, a.name
        union all
        select 'theme', t.slug, t.slug, t.name, count(*)::int from hits join initiative_themes it on it.initiative_id = hits.id join themes t on t.id = it.theme_id group by t.slug, t.name
        union all
        select 'need', n.kind, n.kind, null, count(*)::int from hits join initiative_needs n on n.initiative_id = hits.id group by n.kind
      ) f) as facets
  `.execute(db)
  const row = rows[0]!

  const facets: SearchResult['facets'] = { theme: [], area: [], status: [], need: [] }
  for (const facet of row.facets ?? []) facets[facet.facet].push({ value: facet.value, label: facet.label_json ?? facet.label, count: facet.count })
  for (const list of Object.values(facets)) list.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))

  return {
    query,
    words,
    total: Math.min(row.matched, RESULT_WINDOW),
    totalIsExact: row.matched <= RESULT_WINDOW,
    page,
    pageSize,
    facets,
    items: row.items.map((item) => ({
      id: item.id,
      title: item.title,
      summary: item.summary,
      snippet: splitSnippet(item.headline),
      status: item.status,
      areaName: item.area_name,
    })),
  }
}
