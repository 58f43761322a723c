import type { RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { expandQueryWords, lexemeTsquery, queryWords } from './query-words.ts'

/** What a directory search asks of the full-text indexes: every word (to match) and any word (to rank and highlight). */
export interface DirectoryMatch {
  all: RawBuilder<string>
  any: RawBuilder<string>
}

/**
 * The query's words as lexemes of the directory's vocabulary (helpers, organisations and spaces),
 * misspellings widened to the known words they resemble; nothing when no word is left to look for.
 */
export async function directoryMatch(db: Db, tenantId: number, query: string): Promise<DirectoryMatch | undefined> {
  const groups = await expandQueryWords(db, tenantId, queryWords(query), 'directory_words')
  return groups.length === 0 ? undefined : { all: lexemeTsquery(groups), any: lexemeTsquery(groups, '|') }
}
