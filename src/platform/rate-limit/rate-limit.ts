import type { Db } from '../db/database.ts'

export interface RateLimitRule {
  /** What is being limited, e.g. `signIn:ip`. */
  name: string
  limit: number
  windowSeconds: number
}

export interface RateLimitOutcome {
  allowed: boolean
  retryAfterSeconds: number
}

/**
 * Counts a hit in a fixed time window, in the database so that every app instance shares the count.
 * The count and the check are one statement, so two simultaneous requests cannot both slip through.
 */
export async function hitRateLimit(db: Db, rule: RateLimitRule, subject: string, now = new Date()): Promise<RateLimitOutcome> {
  const windowMs = rule.windowSeconds * 1000
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs)
  const { hits } = await db
    .insertInto('rate_limit_counters')
    .values({ key: `${rule.name}:${subject}`, window_start: windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['key', 'window_start']).doUpdateSet((eb) => ({ hits: eb('rate_limit_counters.hits', '+', 1) })))
    .returning('hits')
    .executeTakeFirstOrThrow()
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000))
  return { allowed: hits <= rule.limit, retryAfterSeconds }
}

/** Old windows are worthless; removing them keeps the table small. */
export async function pruneRateLimits(db: Db, olderThan: Date): Promise<void> {
  await db.deleteFrom('rate_limit_counters').where('window_start', '<', olderThan).execute()
}
