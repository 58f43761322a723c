import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { DirectoryMatch } from '../search/directory-query.ts'
import { RESULT_WINDOW } from '../search/query-words.ts'
import { shownName } from './helper-queries.ts'
import { visibleHelperLevels } from './visibility.ts'
import type { NameShown } from './vocabulary.ts'

/** One helper or organisation found by the site search. */
export interface DirectoryHit {
  kind: 'helper' | 'organisation'
  id: number
  title: string
  snippet: string
  url: string
}

const MARK = /[\u0001\u0002]/g
const HEADLINE = 'StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12'

/**
 * Helpers whose skills, tags or description match every word of the query, best first, among the
 * profiles this viewer may see: a hidden profile is never found, a members-only one only by people
 * who are signed in, a staff-only one only by brokers, coordinators and admins.
 */
export async function searchHelpers(db: Db, tenantId: number, viewer: { id: number; roles: readonly string[] } | undefined, match: DirectoryMatch | undefined, limit: number): Promise<DirectoryHit[]> {
  if (!match || limit < 1) return []
  const rows = await sql<{ id: number; display_name: string; name_shown: NameShown; skills: string | null; headline: string }>`
    with matches as materialized (
      select h.id, h.search_document
      from helper_profiles h
      join people p on p.id = h.person_id
      where h.tenant_id = ${tenantId}
        and p.deleted_at is null
        and h.visibility in (${sql.join(visibleHelperLevels(viewer))})
        and h.search_document @@ ${match.all}
      order by h.id desc
      limit ${RESULT_WINDOW}
    )
    select h.id, p.display_name, h.name_shown,
      (select string_agg(s.name->>'nl', ', ' order by lower(s.name->>'nl')) from helper_skills hs join skills s on s.id = hs.skill_id where hs.helper_id = h.id) as skills,
      ts_headline('dutch', h.description, ${match.any}, ${HEADLINE}) as headline
    from (select id, ts_rank_cd(search_document, ${match.any}) as rank from matches order by rank desc, id desc limit ${Math.min(limit, 100)}) m
    join helper_profiles h on h.id = m.id
    join people p on p.id = h.person_id
    order by m.rank desc, m.id desc
  `.execute(db)
  return rows.rows.map((row) => {
    const name = shownName(row.display_name, row.name_shown)
    const skills = row.skills ?? ''
    return {
      kind: 'helper' as const,
      id: row.id,
      title: name && skills ? `${name}: ${skills}` : name || skills,
      snippet: row.headline.replace(MARK, ''),
      url: `/helpers/${row.id}`,
    }
  })
}

/** Public organisations whose name, active offers or description match every word of the query, best first. */
export async function searchOrganisations(db: Db, tenantId: number, match: DirectoryMatch | undefined, limit: number): Promise<DirectoryHit[]> {
  if (!match || limit < 1) return []
  const rows = await sql<{ id: number; slug: string; name: string; headline: string }>`
    with matches as materialized (
      select o.id, o.search_document
      from organisations o
      where o.tenant_id = ${tenantId} and o.visibility = 'public' and o.search_document @@ ${match.all}
      order by o.id desc
      limit ${RESULT_WINDOW}
    )
    select o.id, o.slug, o.name, ts_headline('dutch', o.description, ${match.any}, ${HEADLINE}) as headline
    from (select id, ts_rank_cd(search_document, ${match.any}) as rank from matches order by rank desc, id desc limit ${Math.min(limit, 100)}) m
    join organisations o on o.id = m.id
    order by m.rank desc, m.id desc
  `.execute(db)
  return rows.rows.map((row) => ({ kind: 'organisation' as const, id: row.id, title: row.name, snippet: row.headline.replace(MARK, ''), url: `/organisaties/${row.slug}` }))
}
