import type { Db } from '../db/database.ts'
import { pruneRateLimits } from '../rate-limit/rate-limit.ts'
import { SESSION_IDLE_MS } from './session.ts'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Removes what can no longer be used: ended sessions, links expired for a day, and rate-limit
 * windows of yesterday. Safe to run from several instances at once.
 */
export async function pruneExpiredAccess(db: Db, now = new Date()): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', new Date(now.getTime() - SESSION_IDLE_MS))]))
    .execute()
  await db.deleteFrom('sign_in_tokens').where('expires_at', '<=', new Date(now.getTime() - DAY_MS)).execute()
  await pruneRateLimits(db, new Date(now.getTime() - DAY_MS))
}
