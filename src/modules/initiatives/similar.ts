import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

export interface SimilarInitiative {
  id: number
  title: string
  summary: string
}

/** Public initiatives whose title looks like the one being typed (trigram word similarity), best first. */
export async function findSimilarInitiatives(db: Db, tenantId: number, title: string, limit = 5): Promise<SimilarInitiative[]> {
  const query = title.trim().slice(0, 120)
  if (query.length < 3) return []
  return db
    .selectFrom('initiatives')
    .select(['id', 'title', 'summary'])
    .where('tenant_id', '=', tenantId)
    .where('publication', '=', 'published')
    .where('status', 'not in', ['unconfirmed', 'withdrawn'])
    .where(sql<boolean>`word_similarity(${query}, title) > 0.3`)
    .orderBy(sql`word_similarity(${query}, title)`, 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
}
