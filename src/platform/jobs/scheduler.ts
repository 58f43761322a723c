import type { Tenant } from '../tenancy/tenant-table.ts'
import { calendarDayInAmsterdam, type CalendarDay } from '../time/calendar-day.ts'
import type { Clock } from '../time/clock.ts'
import { isWorkingDay } from '../time/working-days.ts'

/** The part of a pino logger the scheduler uses; Fastify's `app.log` fits. */
export interface JobLogger {
  info(details: object, message?: string): void
  error(details: object, message?: string): void
}

/** A job that runs once per working day for each municipality. */
export interface DailyJob {
  name: string
  /**
   * Does the day's work for one municipality. Must be idempotent per day (record the day in
   * `job_runs`, see job-runs.ts): several instances and restarts all call it.
   */
  run(tenant: Tenant): Promise<unknown>
}

export interface DailySchedulerOptions {
  clock: Clock
  logger: JobLogger
  /** Every municipality, asked again at each look, so one added during the day is included. */
  tenants: () => Promise<Tenant[]>
  jobs: DailyJob[]
  /** The hour on the clock in the Netherlands (0–23) from which the day's jobs run. Default 7. */
  hourLocal?: number
  /** Pause between looks at the clock. Default 5 minutes. */
  intervalMs?: number
  /** false: no background loop, only `runOnce` (tests). Default true. */
  loop?: boolean
}

export interface DailyScheduler {
  /** Runs whatever is due now and not yet done by this process today; resolves to the number of job runs started. */
  runOnce(): Promise<number>
  /** Stops the loop and waits for a run in progress. */
  stop(): Promise<void>
}

const hourFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: 'numeric', hourCycle: 'h23' })

/** The hour (0–23) on the clock in the Netherlands at `instant`, summer time included. */
export function amsterdamHour(instant: Date): number {
  const hour = hourFormat.formatToParts(instant).find((part) => part.type === 'hour')
  return Number(hour?.value)
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 2000)
}

/**
 * Runs each job once per working day (Monday to Friday, not on public holidays) for every
 * municipality, from `hourLocal` o'clock in the Netherlands. It looks at the clock every
 * `intervalMs`, so a process that starts at 10:00, or restarts, still runs the day's jobs.
 *
 * What has been done is kept in memory only to avoid needless queries; the jobs themselves make
 * sure a day runs once across instances and restarts. A job that fails is logged and tried again
 * at the next look.
 */
export function startDailyScheduler(options: DailySchedulerOptions): DailyScheduler {
  const { clock, logger, jobs } = options
  const hourLocal = options.hourLocal ?? 7
  const intervalMs = options.intervalMs ?? 5 * 60 * 1000
  if (!Number.isInteger(hourLocal) || hourLocal < 0 || hourLocal > 23) throw new RangeError(`hourLocal must be a whole hour 0–23, not ${hourLocal}`)

  /** `${job}:${tenantId}` → the last day this process completed it. */
  const done = new Map<string, CalendarDay>()
  let stopping = false
  let timer: NodeJS.Timeout | undefined
  let current: Promise<unknown> = Promise.resolve()

  async function due(): Promise<number> {
    const now = clock.now()
    const day = calendarDayInAmsterdam(now)
    if (!isWorkingDay(day) || amsterdamHour(now) < hourLocal) return 0
    const tenants = await options.tenants()
    let started = 0
    for (const tenant of tenants) {
      for (const job of jobs) {
        if (stopping) return started
        const key = `${job.name}:${tenant.id}`
        if (done.get(key) === day) continue
        started += 1
        try {
          const outcome = await job.run(tenant)
          done.set(key, day)
          logger.info({ job: job.name, tenant: tenant.slug, day, outcome }, `daily job ${job.name} ran`)
        } catch (error) {
          logger.error({ job: job.name, tenant: tenant.slug, day, reason: describe(error) }, `daily job ${job.name} failed; trying again later`)
        }
      }
    }
    return started
  }

  function runOnce(): Promise<number> {
    if (stopping) return Promise.reject(new Error('the daily scheduler has stopped'))
    const run = current.then(due)
    current = run.catch(() => {})
    return run
  }

  async function tick(): Promise<void> {
    timer = undefined
    if (stopping) return
    try {
      await runOnce()
    } catch (error) {
      logger.error({ reason: describe(error) }, 'daily jobs could not run; trying again later')
    }
    if (!stopping) {
      timer = setTimeout(() => void tick(), intervalMs)
      timer.unref()
    }
  }

  if (options.loop !== false) {
    timer = setTimeout(() => void tick(), 0)
    timer.unref()
  }

  return {
    runOnce,
    stop: async () => {
      stopping = true
      if (timer) clearTimeout(timer)
      timer = undefined
      await current
    },
  }
}
