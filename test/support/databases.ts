import { createHash, randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
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

/**
 * A dump of a freshly migrated embedded database, made once per version of the migrations and
 * shared by every test file: starting from it takes half a second, creating and migrating an
 * empty cluster about four.
 */
async function migratedSnapshot(): Promise<string> {
  const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '../..')
  const migrations = path.join(root, 'src/migrations')
  const hash = createHash('sha256')
  for (const file of fs.readdirSync(migrations).sort()) hash.update(file).update(fs.readFileSync(path.join(migrations, file)))
  hash.update(fs.readFileSync(path.join(root, 'node_modules/@electric-sql/pglite/package.json')))
  const directory = path.join(os.tmpdir(), 'noaber-test-snapshots')
  const file = path.join(directory, `${hash.digest('hex').slice(0, 16)}.tar`)
  if (fs.existsSync(file)) return file
  fs.mkdirSync(directory, { recursive: true })
  const database = await openDatabase({ kind: 'pglite', dataDir: undefined })
  try {
    await migrateToLatest(database.db)
    // Written aside and renamed, so a test file running at the same time never reads half a dump.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`
    await database.dumpTo!(partial)
    fs.renameSync(partial, file)
    // Dumps of earlier migrations are of no further use (44 MB each).
    for (const other of fs.readdirSync(directory)) if (other.endsWith('.tar') && path.join(directory, other) !== file) fs.rmSync(path.join(directory, other), { force: true })
  } finally {
    await database.close()
  }
  return file
}

function serverUrl(): string {
  const url = process.env.PG_TEST_URL
  if (!url) throw new Error('PG_TEST_URL is not set')
  return url
}

/** A fresh, migrated database of the given kind: in-memory PGlite, or a new database on the PostgreSQL server. */
export async function createTestDatabase(kind: DatabaseKind, { migrate = true } = {}): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined, startFrom: migrate ? await migratedSnapshot() : undefined })
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
