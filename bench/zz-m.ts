import { openDatabase } from '../src/platform/db/database.ts'
import { migrateToLatest } from '../src/platform/db/migrator.ts'
import { sql } from 'kysely'
const database = await openDatabase({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/noaber_prof' })
await migrateToLatest(database.db)
await sql`vacuum analyze initiatives`.execute(database.db)
await database.close()
