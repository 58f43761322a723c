import { randomBytes } from 'node:crypto'
import { after, before, describe } from 'node:test'
import pg from 'pg'
import { openDatabase, type Database } from '../../src/platform/db/database.ts'
import { migrateToLatest } from '../../src/platform/db/migrator.ts'

export type DatabaseKind = 'pglite' | 'postgres'

/** PGlite always; PostgreSQL too when PG_TEST_URL points at a server (CI sets it). */
export function databaseKinds(): DatabaseKind[] {
  return process.env.PG_TEST_URL ? ['pglite', 'postgres'] : ['pglite']
}

export interface TestDatabase extends Database {
  /** Connection URL of the throw-away PostgreSQL database; undefined for PGlite. */
  url: string | undefined
}

function serverUrl(): string {
  const url = process.env.PG_TEST_URL
  if (!url) throw new Error('PG_TEST_URL is not set')
  return url
}

/** A fresh, migrated database of the given kind: in-memory PGlite, or a new database on the PostgreSQL server. */
export async function createTestDatabase(kind: DatabaseKind, { migrate = true } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined })
    if (migrate) await migrateToLatest(database.db)
    return { ...database, url: undefined }
  }
  const name = `noaber_test_${Date.now()}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: serverUrl() })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = new URL(serverUrl())
  url.pathname = `/${name}`
  const database = await openDatabase({ kind: 'postgres', url })
  if (migrate) await migrateToLatest(database.db)
  return {
    ...database,
    url: url.href,
    close: async () => {
      await database.close()
      const cleanup = new pg.Client({ connectionString: serverUrl() })
      await cleanup.connect()
      await cleanup.query(`drop database if exists ${name} with (force)`)
      await cleanup.end()
    },
  }
}

/**
 * Runs the same specification once per database kind, each against its own fresh database that is
 * removed afterwards. The suite reads `context.database` inside its tests.
 */
export function describeEachDatabase(title: string, suite: (context: { readonly database: TestDatabase }) => void): void {
  for (const kind of databaseKinds()) {
    describe(`${title} [${kind}]`, () => {
      let database: TestDatabase | undefined
      const context = {
        get database(): TestDatabase {
          if (!database) throw new Error('the test database is not open yet')
          return database
        },
      }
      before(async () => {
        database = await createTestDatabase(kind)
      })
      after(async () => {
        await database?.close()
      })
      suite(context)
    })
  }
}
