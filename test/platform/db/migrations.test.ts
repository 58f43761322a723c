import assert from 'node:assert/strict'
import { it } from 'node:test'
import { sql } from 'kysely'
import { migrateToLatest } from '../../../src/platform/db/migrator.ts'
import { describeEachDatabase } from '../../support/databases.ts'

describeEachDatabase('migrations', (context) => {
  it('create the foundation tables', async () => {
    const { rows } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables where table_schema = 'public' order by table_name
    `.execute(context.database.db)
    const tables = rows.map((row) => row.table_name)
    for (const table of ['tenants', 'areas', 'themes', 'settings', 'people', 'role_assignments']) {
      assert.ok(tables.includes(table), `table ${table} exists`)
    }
  })

  it('apply nothing the second time', async () => {
    const outcome = await migrateToLatest(context.database.db)
    assert.deepEqual(outcome.applied, [])
  })

  it('support Dutch stemming for search', async () => {
    const { rows } = await sql<{ v: string }>`select to_tsvector('dutch', 'fietsenmakers')::text as v`.execute(context.database.db)
    assert.match(rows[0]!.v, /fietsenmaker/)
  })
})
