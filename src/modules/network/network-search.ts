import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { queryWords } from '../search/search-service.ts'
import { shownName } from './helper-queries.ts'
import { inTransaction } from './transaction.ts'
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

/** How alike a typed word and a skill, tag or name must be to count as a typo of it (0–1), as in the initiative search. */
const TYPO_SIMILARITY = 0.4
const MARK = /[\u0001\u0002]/g
const HEADLINE = 'StartSel=\u0001, StopSel=\u0002, MaxWords=30, MinWords=12'

/** A word matches when its Dutch stem is a prefix of a word in the document, or when it looks like one of the telling words. */
function wordMatches(table: 'h' | 'o', word: string): RawBuilder<boolean> {
  return sql<boolean>`(${sql.ref(`${table}.search_document`)} @@ to_tsquery('dutch', ${`${word}:*`}) or ${word} <% ${sql.ref(`${table}.search_words`)})`
}

function ranking(table: 'h' | 'o', words: string[]) {
  const tsquery = sql`to_tsquery('dutch', ${words.map((word) => `${word}:*`).join(' | ')})`
  const similarity = sql.join(words.map((word) => sql`word_similarity(${word}, ${sql.ref(`${table}.search_words`)})`), sql` + `)
  return { tsquery, order: sql`ts_rank_cd(${sql.ref(`${table}.search_document`)}, ${tsquery}) + (${similarity}) / 4` }
}

/**
 * Helpers whose skills, tags or description match every word of the query, best first, among the
 * profiles this viewer may see: a hidden profile is never found, a members-only one only by people
 * who are signed in, a staff-only one only by brokers, coordinators and admins.
 */
export async function searchHelpers(db: Db, tenantId: number, viewer: { id: number; roles: readonly string[] } | undefined, query: string, limit: number): Promise<DirectoryHit[]> {
  const words = queryWords(query)
  if (words.length === 0 || limit < 1) return []
  return inTransaction(db, async (trx) => {
    await sql`set local pg_trgm.word_similarity_threshold = ${sql.lit(TYPO_SIMILARITY)}`.execute(trx)
    const { tsquery, order } = ranking('h', words)
    const rows = await sql<{ id: number; display_name: string; name_shown: NameShown; skills: string | null; headline: string }>`
      select h.id, p.display_name, h.name_shown,
        (select string_agg(s.name->>'nl', ', ' order by lower(s.name->>'nl')) from helper_skills hs join skills s on s.id = hs.skill_id where hs.helper_id = h.id) as skills,
        ts_headline('dutch', h.description, ${tsquery}, ${HEADLINE}) as headline
      from helper_profiles h
      join people p on p.id = h.person_id
      where h.tenant_id = ${tenantId}
        and p.deleted_at is null
        and h.visibility in (${sql.join(visibleHelperLevels(viewer))})
        and ${sql.join(words.map((word) => wordMatches('h', word)), sql` and `)}
      order by ${order} desc, h.id desc
      limit ${Math.min(limit, 100)}
    `.execute(trx)
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
  })
}

/** Public organisations whose name, active offers or description match every word of the query, best first. */
export async function searchOrganisations(db: Db, tenantId: number, query: string, limit: number): Promise<DirectoryHit[]> {
  const words = queryWords(query)
  if (words.length === 0 || limit < 1) return []
  return inTransaction(db, async (trx) => {
    await sql`set local pg_trgm.word_similarity_threshold = ${sql.lit(TYPO_SIMILARITY)}`.execute(trx)
    const { tsquery, order } = ranking('o', words)
    const rows = await sql<{ id: number; slug: string; name: string; headline: string }>`
      select o.id, o.slug, o.name, ts_headline('dutch', o.description, ${tsquery}, ${HEADLINE}) as headline
      from organisations o
      where o.tenant_id = ${tenantId}
        and o.visibility = 'public'
        and ${sql.join(words.map((word) => wordMatches('o', word)), sql` and `)}
      order by ${order} desc, o.id desc
      limit ${Math.min(limit, 100)}
    `.execute(trx)
    return rows.rows.map((row) => ({ kind: 'organisation' as const, id: row.id, title: row.name, snippet: row.headline.replace(MARK, ''), url: `/organisaties/${row.slug}` }))
  })
}
