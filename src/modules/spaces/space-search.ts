import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { DirectoryMatch } from '../search/directory-query.ts'
import { RESULT_WINDOW } from '../search/query-words.ts'

export interface DirectoryHit {
  kind: 'space'
  id: number
  title: string
  snippet: string
  url: string
}

const SNIPPET_LENGTH = 200

function snippetOf(description: string, address: string): string {
  const text = description || address
  if (text.length <= SNIPPET_LENGTH) return text
  const cut = text.slice(0, SNIPPET_LENGTH)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : SNIPPET_LENGTH)}\u2026`
}

/**
 * Listed spaces whose words match the query, best match first; hidden, unlisted and orphaned spaces
 * never. A word's Dutch stem matches as a prefix (so "vergader" finds "vergaderzaal"), and a
 * misspelled word also as the known words it resembles (so "gymzal" still finds "gymzaal").
 */
export async function searchSpaces(db: Db, tenantId: number, match: DirectoryMatch | undefined, limit: number): Promise<DirectoryHit[]> {
  if (!match || limit < 1) return []
  const rows = await sql<{ id: number; name: string; description: string; address: string }>`
    with matches as materialized (
      select s.id, s.search_document
      from spaces s
      join people p on p.id = s.owner_id
      where s.tenant_id = ${tenantId} and s.visibility = 'listed' and s.hidden_at is null and p.deleted_at is null
        and s.search_document @@ ${match.all}
      order by s.id desc
      limit ${RESULT_WINDOW}
    )
    select s.id, s.name, s.description, s.address
    from (select id, ts_rank_cd(search_document, ${match.any}) as rank from matches order by rank desc, id desc limit ${Math.min(limit, 100)}) m
    join spaces s on s.id = m.id
    order by m.rank desc, m.id desc
  `.execute(db)
  return rows.rows.map((row) => ({ kind: 'space' as const, id: row.id, title: row.name, snippet: snippetOf(row.description, row.address), url: `/ruimtes/${row.id}` }))
}
