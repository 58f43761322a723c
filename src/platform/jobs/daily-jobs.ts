import { PROMISE_DIGEST_JOB, sendPromiseDigests } from '../../modules/initiatives/promise-digest.ts'
import { MARKETPLACE_FOLLOW_UP_JOB, sendMarketplaceFollowUps } from '../../modules/marketplace/follow-up.ts'
import type { Db } from '../db/database.ts'
import type { Tenant } from '../tenancy/tenant-table.ts'
import type { Clock } from '../time/clock.ts'
import { startDailyScheduler, type DailyScheduler, type JobLogger } from './scheduler.ts'

export interface DailyJobsOptions {
  db: Db
  clock: Clock
  logger: JobLogger
  tenants: () => Promise<Tenant[]>
  /** Public address of the site, for links in mails. */
  baseUrl: URL
  /** From this hour in the Netherlands (0–23). Default 7. */
  hourLocal?: number
  /** Default 5 minutes. */
  intervalMs?: number
  /** false: only `runOnce` (tests). */
  loop?: boolean
}

/** Noaber's jobs that run once per working day for every municipality: the promise digest and the beursvloer follow-ups. */
export function startDailyJobs(options: DailyJobsOptions): DailyScheduler {
  const { db, clock, baseUrl } = options
  return startDailyScheduler({
    clock,
    logger: options.logger,
    tenants: options.tenants,
    hourLocal: options.hourLocal,
    intervalMs: options.intervalMs,
    loop: options.loop,
    jobs: [
      { name: PROMISE_DIGEST_JOB, run: (tenant) => sendPromiseDigests(db, tenant, clock, baseUrl) },
      { name: MARKETPLACE_FOLLOW_UP_JOB, run: (tenant) => sendMarketplaceFollowUps(db, tenant, clock, baseUrl) },
    ],
  })
}
