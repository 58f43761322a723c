import { Kysely, PostgresDialect, sql, type LogEvent } from 'kysely'
import pg from 'pg'
import { startEmbeddedDatabase } from './embedded/embedded-database.ts'
import type { Schema } from './schema.ts'

// bigint ids and counts fit comfortably in a double here; numbers are easier to use than strings.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value))
// Dates without time stay strings (YYYY-MM-DD): they are calendar days, not instants.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value)

export type Db = Kysely<Schema>

export interface Database {
  db: Db
  kind: 'pglite' | 'postgres'
  close(): Promise<void>
  /** PGlite only: writes the whole database to a file that another embedded database can start from. */
  dumpTo?(file: string): Promise<void>
}

export type DatabaseTarget = ({ kind: 'postgres'; url: URL | string } | { kind: 'pglite'; dataDir: string | undefined; startFrom?: string }) & {
  slowQueries?: SlowQueryLog
}

export interface SlowQuery {
  sql: string
  parameters: readonly unknown[]
  ms: number
}

/** Where queries slower than the threshold are reported, to find what to index or rewrite. */
export interface SlowQueryLog {
  thresholdMs: number
  report(query: SlowQuery): void
}

function queryLog(slowQueries: SlowQueryLog | undefined) {
  if (!slowQueries) return undefined
  return (event: LogEvent) => {
    if (event.level === 'query' && event.queryDurationMillis >= slowQueries.thresholdMs) {
      slowQueries.report({ sql: event.query.sql, parameters: event.query.parameters, ms: Math.round(event.queryDurationMillis * 10) / 10 })
    }
  }
}

/** Opens the database: a PostgreSQL server, or PGlite embedded in a child process (`dataDir` undefined: in memory). */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: String(target.url), max: 10 })
    // An idle connection that the server drops (restart, failover) must not crash the process; the pool replaces it.
    pool.on('error', () => {})
    const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), log: queryLog(target.slowQueries) })
    return { db, kind: 'postgres', close: () => db.destroy() }
  }
  const embedded = await startEmbeddedDatabase(target.dataDir, target.startFrom)
  // PGlite is a single session: one connection serialises queries and keeps transactions apart.
  const pool = new pg.Pool({ host: embedded.socketDir, port: embedded.port, user: 'postgres', database: 'postgres', max: 1 })
  pool.on('error', () => {})
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }), log: queryLog(target.slowQueries) })
  return {
    db,
    kind: 'pglite',
    close: async () => {
      await db.destroy()
      await embedded.stop()
    },
    dumpTo: embedded.dumpTo,
  }
}

export async function isReachable(db: Db): Promise<boolean> {
  try {
    await sql`select 1`.execute(db)
    return true
  } catch {
    return false
  }
}
