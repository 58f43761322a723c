import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

export const MAX_QUERY_LENGTH = 200
const MAX_WORDS = 8
/**
 * How many matches a search ranks, pages and counts. A word found in a tenth of a million
 * initiatives (or in tens of thousands of helpers) would otherwise be ranked and counted in full for
 * every page asked; beyond this many the newest matches are taken (the primary key gives them in
 * order) and the reader is told there are more. Nobody reads past the first thousand; they add a
 * word or a filter.
 */
export const RESULT_WINDOW = 1000

/** How many known words a misspelled one may stand for. */
const MAX_CORRECTIONS = 3

/** The words of a query: letters and digits only, so nothing the user types can change the SQL or tsquery syntax. */
export function queryWords(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 3).slice(0, MAX_WORDS).map((word) => word.slice(0, 50))
}

/**
 * Where known words are kept: the initiatives' titles and summaries, or the directory's helpers,
 * organisations and spaces (migrations 0016 and 0022).
 */
export type Vocabulary = 'search_words' | 'directory_words'

/**
 * What each query word stands for in the full-text index. Its Dutch stem, and the stem of that stem:
 * the Dutch stemmer is not idempotent ("fietsen" gives "fiets", but "fiets" in a text gives "fiet"),
 * and as prefixes the shorter one finds both. When the vocabulary holds no word starting with the
 * stem, the query word is taken as misspelled and also stands for the known words it most resembles
 * (so "fietnsen" still finds "fiets"). Stop words ("het", "een") stand for nothing and are left out.
 * Each inner list is one group of alternatives.
 */
export async function expandQueryWords(db: Db, tenantId: number, words: string[], vocabulary: Vocabulary = 'search_words'): Promise<string[][]> {
  if (words.length === 0) return []
  const { rows } = await sql<{ stem: string | null; root: string | null }>`
    select s.stem, (select min(t.lexeme) from unnest(to_tsvector('dutch', s.stem)) as t(lexeme, positions, weights)) as root
    from (
      select q.position, (select min(t.lexeme) from unnest(to_tsvector('dutch', q.word)) as t(lexeme, positions, weights)) as stem
      from unnest(cast(${words} as text[])) with ordinality as q(word, position)
    ) s
    order by s.position
  `.execute(db)
  const lexeme = (value: string | null): value is string => !!value && /^[\p{L}\p{N}]+$/u.test(value)
  const stems = rows.filter((row) => lexeme(row.stem)).map((row) => ({ stem: row.stem!, prefix: lexeme(row.root) && row.stem!.startsWith(row.root) ? row.root : row.stem! }))
  const unique = [...new Map(stems.map((entry) => [entry.prefix, entry])).values()]
  return Promise.all(
    unique.map(async ({ stem, prefix }) => {
      const { rows: [found] } = await sql<{ known: boolean; similar: string[] }>`
        select exists (select 1 from ${sql.table(vocabulary)} where tenant_id = ${tenantId} and word like ${`${prefix}%`}) as known,
          array(select word from ${sql.table(vocabulary)} where tenant_id = ${tenantId} and word % ${stem}
                order by similarity(word, ${stem}) desc, word limit ${MAX_CORRECTIONS}) as similar
      `.execute(db)
      return found!.known ? [prefix] : [prefix, ...found!.similar.filter(lexeme)]
    }),
  )
}

/** A tsquery over lexemes: every group must match, any lexeme of a group will do, each as a prefix. */
function lexemeQuery(groups: string[][], join: '&' | '|' = '&'): string {
  return groups.map((group) => `(${group.map((lexeme) => `${lexeme}:*`).join(' | ')})`).join(` ${join} `)
}

/** A tsquery of stemmed lexemes; the 'simple' configuration takes them as they are. */
export function lexemeTsquery(groups: string[][], join: '&' | '|' = '&'): RawBuilder<string> {
  return sql<string>`to_tsquery('simple', ${lexemeQuery(groups, join)})`
}
