// `npm run bench`: builds a synthetic municipality, starts Noaber as in production and measures its
// routes under load next to a Fastify hello-world baseline. See docs/performance.md.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Command, InvalidArgumentError } from 'commander'
import pg from 'pg'
import { openDatabase, type Database } from '../src/platform/db/database.ts'
import { migrateToLatest } from '../src/platform/db/migrator.ts'
import { measureRoute, type LoadSettings, type RouteResult } from './load.ts'
import { startBaseline, startNoaber, repoRoot } from './processes.ts'
import { explainSlowest } from './query-plans.ts'
import { machine, printTable, writeReport, type RunReport } from './report.ts'
import { benchRoutes, openBrokerSession, openSubmissionSession, SUBMITTER_EMAIL } from './routes.ts'
import { generateSyntheticData, type SyntheticData } from './synthetic-data.ts'
import { checkTargets } from './targets.ts'

const SCALES: Record<string, number> = { '10k': 10_000, '100k': 100_000, '1m': 1_000_000 }
/** Queries slower than this are logged by the server and explained in the results. */
const SLOW_QUERY_MS = 10
const BENCH_DATABASE = 'noaber_bench'

type DatabaseKind = 'pglite' | 'postgres'

interface Options {
  quick: boolean
  scale: string
  db: 'pglite' | 'postgres' | 'both'
  seconds?: number
  out: string
}

const options = new Command()
  .name('npm run bench --')
  .description('Measure Noaber under load on a synthetic data set.')
  .option('--quick', 'a short run at 10k initiatives (under 3 minutes)', false)
  .option('--scale <scale>', 'number of initiatives: 10k, 100k or 1m (1m on PostgreSQL only)', (value) => {
    if (!(value in SCALES)) throw new InvalidArgumentError('Choose 10k, 100k or 1m.')
    return value
  }, '10k')
  .option('--db <database>', 'pglite, postgres or both', (value) => {
    if (!['pglite', 'postgres', 'both'].includes(value)) throw new InvalidArgumentError('Choose pglite, postgres or both.')
    return value
  }, 'both')
  .option('--seconds <n>', 'measured seconds per route', (value) => {
    const seconds = Number(value)
    if (!Number.isInteger(seconds) || seconds < 1 || seconds > 600) throw new InvalidArgumentError('A whole number of seconds from 1 to 600.')
    return seconds
  })
  .option('--out <dir>', 'where results are written', path.join(repoRoot, 'bench/results'))
  .parse()
  .opts<Options>()

const scale = options.quick ? '10k' : options.scale
const settings: LoadSettings = options.quick
  ? { connections: 50, warmUpSeconds: 1, measureSeconds: options.seconds ?? 3 }
  : { connections: 50, warmUpSeconds: 3, measureSeconds: options.seconds ?? 10 }

/** PG_BENCH_URL, or the local server on its usual port when one answers; the benchmark uses its own database there. */
async function postgresServer(): Promise<URL | undefined> {
  const url = new URL(process.env.PG_BENCH_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres')
  const client = new pg.Client({ connectionString: url.href, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query(`drop database if exists ${BENCH_DATABASE} with (force)`)
    await client.query(`create database ${BENCH_DATABASE}`)
    const benchUrl = new URL(url.href)
    benchUrl.pathname = `/${BENCH_DATABASE}`
    return benchUrl
  } catch (error) {
    if (process.env.PG_BENCH_URL) throw error
    return undefined
  } finally {
    await client.end().catch(() => {})
  }
}

interface Prepared {
  env: Record<string, string>
  open(): Promise<Database>
  dispose(): Promise<void>
}

async function prepare(kind: DatabaseKind): Promise<Prepared | undefined> {
  if (kind === 'postgres') {
    const url = await postgresServer()
    if (!url) return undefined
    return { env: { DATABASE_URL: url.href }, open: () => openDatabase({ kind: 'postgres', url }), dispose: async () => {} }
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-bench-'))
  return {
    env: { DATA_DIR: dataDir },
    open: () => openDatabase({ kind: 'pglite', dataDir: path.join(dataDir, 'pglite') }),
    dispose: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  }
}

async function generate(prepared: Prepared, count: number): Promise<SyntheticData> {
  const database = await prepared.open()
  try {
    await migrateToLatest(database.db)
    return await generateSyntheticData(database.db, count)
  } finally {
    await database.close()
  }
}

/** The suggestions route joins the run once it exists (the network issue adds it). */
async function suggestionsPath(url: string, data: SyntheticData): Promise<string | undefined> {
  const path = `/api/v1/initiatives/${data.sampleInitiativeId}/suggestions`
  const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${data.staffToken}` } })
  return response.ok ? path : undefined
}

/** Waits until the server and its database have worked off the previous route's queue, so each route starts from quiet. */
async function settle(url: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    const started = performance.now()
    await fetch(`${url}/readyz`)
    if (performance.now() - started < 20) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

async function benchDatabase(kind: DatabaseKind, baseline: RouteResult): Promise<void> {
  const count = SCALES[scale]!
  const prepared = await prepare(kind)
  if (!prepared) {
    console.log(`\nPostgreSQL: no server answered (set PG_BENCH_URL); skipped.`)
    return
  }
  try {
    console.log(`\n${kind}: generating ${count.toLocaleString('en')} initiatives…`)
    const data = await generate(prepared, count)
    console.log(`${kind}: generated in ${(data.generationMs / 1000).toFixed(1)} s; starting the server…`)
    const server = await startNoaber({
      ...prepared.env,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      TRUST_PROXY: '127.0.0.1',
      SLOW_QUERY_MS: String(SLOW_QUERY_MS),
    })
    const routes: RunReport['routes'] = []
    const notes: string[] = []
    let memory = { self: 0, children: 0 }
    try {
      const submission = await openSubmissionSession(server.url, data)
      const brokerCookie = await openBrokerSession(server.url, data)
      const suggestions = await suggestionsPath(server.url, data)
      if (!suggestions) notes.push('Match suggestions are not measured: the route does not exist yet.')
      for (const route of benchRoutes(data, brokerCookie, submission, suggestions)) {
        await settle(server.url)
        const result = await measureRoute(server.url, route, settings)
        routes.push({ ...result, ratioToBaseline: Math.round((result.requestsPerSecond / baseline.requestsPerSecond) * 100) / 100 })
        console.log(`  ${route.name}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, p99 ${result.p99Ms} ms, ${result.errors + result.timeouts} errors`)
      }
    } finally {
      memory = server.memory()
      await server.stop()
    }

    const database = await prepared.open()
    let plans: string
    try {
      // The submitted initiatives were measured, not meant to stay.
      await database.db.deleteFrom('initiatives').where('contact_email', '=', SUBMITTER_EMAIL).execute()
      await database.db.deleteFrom('mail_outbox').where('recipient', '=', SUBMITTER_EMAIL).execute()
      plans = await explainSlowest(database.db, server.slowQueries, 6)
    } finally {
      await database.close()
    }

    const report: RunReport = {
      date: new Date().toISOString().slice(0, 10),
      scale,
      initiatives: count,
      database: kind,
      machine: machine(),
      settings,
      generationMs: data.generationMs,
      startupMs: server.readyMs,
      serverPeakMemoryMB: Math.round(memory.self / 2 ** 20),
      // Only PGlite runs in a child process; with PostgreSQL the children are tsx's compiler service.
      databaseChildPeakMemoryMB: kind === 'pglite' ? Math.round(memory.children / 2 ** 20) : 0,
      baseline,
      routes,
      targets: checkTargets(kind, routes, server.readyMs, memory.self),
      notes,
    }
    printTable(report)
    console.log(`written: ${path.relative(process.cwd(), writeReport(options.out, report, plans))}.{json,md} and -plans.md`)
  } finally {
    await prepared.dispose()
  }
}

async function main(): Promise<void> {
  const kinds: DatabaseKind[] = options.db === 'both' ? ['pglite', 'postgres'] : [options.db]
  if (scale === '1m' && kinds.includes('pglite')) {
    console.log('1m initiatives run on PostgreSQL only: PGlite is meant for small municipalities.')
    kinds.splice(kinds.indexOf('pglite'), 1)
  }
  console.log('Baseline: a Fastify hello-world server on the same loopback…')
  const hello = await startBaseline()
  let baseline: RouteResult
  try {
    baseline = { ...(await measureRoute(hello.url, { name: 'baseline: hello world', path: '/' }, settings)) }
  } finally {
    await hello.stop()
  }
  console.log(`  ${baseline.requestsPerSecond} req/s, p50 ${baseline.p50Ms} ms, p99 ${baseline.p99Ms} ms`)
  for (const kind of kinds) await benchDatabase(kind, baseline)
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
