import type { Db } from '../../platform/db/database.ts'
import { searchHelpers, searchOrganisations } from '../network/network-search.ts'
import { searchSpaces } from '../spaces/space-search.ts'
import { directoryMatch } from './directory-query.ts'

export interface DirectoryHit {
  kind: 'helper' | 'organisation' | 'space'
  id: number
  title: string
  snippet: string
  url: string
}

export interface DirectoryResults {
  helpers: DirectoryHit[]
  organisations: DirectoryHit[]
  spaces: DirectoryHit[]
}

/**
 * The network part of the site search: helpers (as far as this viewer may see them), public
 * organisations and listed spaces, a few of each. Each module searches its own texts and keeps
 * its own visibility rules; this only gathers them.
 */
export async function searchDirectory(db: Db, tenantId: number, viewer: { id: number; roles: readonly string[] } | undefined, query: string, limit = 5): Promise<DirectoryResults> {
  // The words are looked up in the vocabulary once, for all three.
  const match = await directoryMatch(db, tenantId, query)
  if (!match) return { helpers: [], organisations: [], spaces: [] }
  const [helpers, organisations, spaces] = await Promise.all([
    searchHelpers(db, tenantId, viewer, match, limit),
    searchOrganisations(db, tenantId, match, limit),
    searchSpaces(db, tenantId, match, limit),
  ])
  return { helpers, organisations, spaces }
}
