import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { queryWords } from '../search/search-service.ts'

export interface DirectoryHit {
  kind: 'space'
  id: number
  title: string
  snippet: string
  url: string
}

/** How alike a typed word and a word in a space's name or description must be to count as a typo of it (0–1). */
const TYPO_SIMILARITY = 0.4
const SNIPPET_LENGTH = 200

/**
 * A word matches when its Dutch stem is a prefix of a word in the space (so "vergader" finds
 * "vergaderzaal"), or when it looks like a word in the name or description (so "gymzal" still finds
 * "gymzaal"). Every word must match.
 */
function wordMatches(word: string): RawBuilder<boolean> {
  return sql<boolean>`(s.search_document @@ to_tsquery('dutch', ${`${word}:*`}) or ${word} <% (s.name || ' ' || s.description))`
}

function snippetOf(description: string, address: string): string {
  const text = description || address
  if (text.length <= SNIPPET_LENGTH) return text
  const cut = text.slice(0, SNIPPET_LENGTH)
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : SNIPPET_LENGTH)}\u2026`
}

/** Listed spaces whose words match the query, best match first; hidden, unlisted and orphaned spaces never. */
export async function searchSpaces(db: Db, tenantId: number, query: string, limit: number): Promise<DirectoryHit[]> {
  const words = queryWords(query)
  if (words.length === 0 || limit < 1) return []
  return db.transaction().execute(async (trx) => {
    await sql`set local pg_trgm.word_similarity_threshold = ${sql.lit(TYPO_SIMILARITY)}`.execute(trx)
    const tsquery = sql`to_tsquery('dutch', ${words.map((word) => `${word}:*`).join(' | ')})`
    const similarity = sql.join(words.map((word) => sql`word_similarity(${word}, s.name || ' ' || s.description)`), sql` + `)
    const rows = await sql<{ id: number; name: string; description: string; address: string }>`
      select s.id, s.name, s.description, s.address
      from spaces s
      join people p on p.id = s.owner_id
      where s.tenant_id = ${tenantId} and s.visibility = 'listed' and s.hidden_at is null and p.deleted_at is null
        and ${sql.join(words.map(wordMatches), sql` and `)}
      order by ts_rank_cd(s.search_document, ${tsquery}) + (${similarity}) / 4 desc, s.id desc
      limit ${Math.min(limit, 100)}
    `.execute(trx)
    return rows.rows.map((row) => ({ kind: 'space' as const, id: row.id, title: row.name, snippet: snippetOf(row.description, row.address), url: `/ruimtes/${row.id}` }))
  })
}
