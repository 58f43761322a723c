import { ConfigError, type Config } from '../platform/config/config.ts'
import { resolveSessionSecret } from '../platform/config/session-secret.ts'
import { buildApp } from '../platform/http/app.ts'
import { openRuntime } from '../platform/runtime.ts'
import { countTenants } from '../platform/tenancy/tenant-repository.ts'
import { seedDemo } from '../demo/seed.ts'
import { createTransport } from '../platform/mail/transport.ts'
import { startMailWorker } from '../platform/mail/worker.ts'
import { pruneExpiredAccess } from '../platform/auth/housekeeping.ts'
import { startDailyJobs } from '../platform/jobs/daily-jobs.ts'
import { systemClock } from '../platform/time/clock.ts'
import pino from 'pino'
import type { SlowQueryLog } from '../platform/db/database.ts'

const HOUSEKEEPING_INTERVAL_MS = 15 * 60 * 1000

/** With SLOW_QUERY_MS set, slow queries are logged as warnings, parameters included, for EXPLAIN ANALYZE. */
function slowQueryLog(config: Config): SlowQueryLog | undefined {
  if (config.slowQueryMs === undefined) return undefined
  const logger = pino({ level: config.logLevel, name: 'database' })
  return { thresholdMs: config.slowQueryMs, report: (query) => logger.warn({ slowQuery: query }, 'slow query') }
}

/** Runs the web server until SIGINT or SIGTERM, then closes everything in order so no data is lost. */
export async function serve(config: Config): Promise<void> {
  const started = performance.now()
  const cookieSecret = resolveSessionSecret(config)
  const runtime = await openRuntime(config, slowQueryLog(config))
  const { db } = runtime.database
  if ((await countTenants(db)) === 0) await seedDemo(db)

  const app = await buildApp({ config, db, cookieSecret })
  // The outbox is looked at every second: sign-in links should arrive while the person waits.
  const mailTransport = createTransport(config)
  const mailWorker = startMailWorker({ db, transport: mailTransport, logger: app.log, pollIntervalMs: 1000 })
  const housekeeping = setInterval(() => {
    pruneExpiredAccess(db).catch((error: unknown) => app.log.warn({ err: error }, 'housekeeping failed'))
  }, HOUSEKEEPING_INTERVAL_MS)
  housekeeping.unref()
  const dailyJobs = startDailyJobs({ db, clock: systemClock, logger: app.log, baseUrl: config.baseUrl, tenants: () => db.selectFrom('tenants').selectAll().orderBy('id').execute() })

  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    app.log.info({ signal }, 'shutting down')
    clearInterval(housekeeping)
    await app.close()
    await dailyJobs.stop()
    await mailWorker.stop()
    mailTransport.close()
    await runtime.close()
    process.exit(0)
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))

  try {
    await app.listen({ port: config.port, host: config.host })
  } catch (error) {
    await dailyJobs.stop()
    await mailWorker.stop()
    await runtime.close()
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EADDRINUSE') throw new ConfigError(`PORT ${config.port} is already in use by another program; choose another port.`)
    throw error
  }
  app.log.info(
    { url: config.baseUrl.href, database: runtime.database.kind, readyMs: Math.round(performance.now() - started) },
    `Noaber is ready at ${config.baseUrl.href}`,
  )
}
