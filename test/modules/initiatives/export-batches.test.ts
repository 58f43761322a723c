import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { sql } from 'kysely'
import { countInitiativesForExport, countObstaclesForExport, initiativesForExport, obstaclesForExport } from '../../../src/modules/initiatives/export-queries.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { insertTenant } from '../../../src/platform/tenancy/tenant-repository.ts'
import { describeEachDatabase } from '../../support/databases.ts'

async function municipality(db: Db, slug: string) {
  const tenant = await insertTenant(db, {
    slug, name: `Gemeente ${slug}`, hostNames: [`${slug}.test`], logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>', contactEmail: null,
    colours: { primary: '#1d5b34', primaryHover: '#154427', onPrimary: '#ffffff', accentBackground: '#eef5f0' }, welcome: { nl: 'Welkom', en: 'Welcome' },
  })
  return tenant.id
}

let submissions = 0

async function initiatives(db: Db, tenantId: number, count: number, status: 'new' | 'unconfirmed') {
  const rows = await db
    .insertInto('initiatives')
    .values(
      Array.from({ length: count }, (_, index) => ({
        tenant_id: tenantId, title: `Initiatief ${status} ${index}`, summary: 'Een plan voor de buurt.', description: '', area_id: null, latitude: null, longitude: null,
        initiator_kind: 'resident' as const, status, publication: 'private' as const, publication_note: null, initiator_id: null, broker_id: null,
        contact_name: 'Ina', contact_email: `${status}${index}@export.test`, contact_phone: null, government_role: null, outcome: null,
        submission_key: `batch-${String((submissions += 1)).padStart(26, '0')}`, confirmed_at: status === 'new' ? new Date('2026-05-04T10:00:00Z') : null,
      })),
    )
    .returning('id')
    .execute()
  return rows.map((row) => row.id)
}

/** Reads the batches, and stops a reader that would go on for ever (one that starts again at a row it already wrote). */
async function collect<Row>(batches: AsyncIterable<Row[]>): Promise<Row[][]> {
  const all: Row[][] = []
  for await (const batch of batches) {
    all.push(batch)
    assert.ok(all.length <= 20, 'no more batches than there are rows')
  }
  return all
}

describeEachDatabase('Coordinators\u2019 exports read batch by batch', (context) => {
  let tenantId: number
  let confirmed: number[]

  before(async () => {
    const { db } = context.database
    tenantId = await municipality(db, 'batchstad')
    const other = await municipality(db, 'batchdorp')
    // Interleaved with unconfirmed ones and another municipality's, so a batch boundary can fall on a skipped row.
    confirmed = []
    for (let round = 0; round < 3; round++) {
      confirmed.push(...(await initiatives(db, tenantId, 3, 'new')))
      await initiatives(db, tenantId, 2, 'unconfirmed')
      await initiatives(db, other, 2, 'new')
    }
    // Recorded in the same millisecond, and in one row within it: the next batch must start after the last one exactly.
    const moments = ['2026-06-10 08:00:00.123456+00', '2026-06-10 08:00:00.123+00', '2026-06-10 08:00:00.123789+00', '2026-06-09 08:00:00+00', '2026-06-11 08:00:00+00']
    for (const [index, moment] of moments.entries()) {
      await db
        .insertInto('obstacles')
        .values({ tenant_id: tenantId, initiative_id: confirmed[index]!, rule: `Regel ${index}`, department: '', what_happened: 'Het duurde lang.', delay_days: index, suggested_change: '', recorded_by: null, created_at: sql<Date>`${moment}::timestamptz` })
        .execute()
    }
    await db.insertInto('obstacles').values({ tenant_id: other, initiative_id: confirmed[0]!, rule: 'Regel van elders', department: '', what_happened: 'Het duurde lang.', delay_days: 0, suggested_change: '', recorded_by: null }).execute()
  })

  it('writes every confirmed initiative once, in order, however the batches fall', async () => {
    const { db } = context.database
    assert.equal(await countInitiativesForExport(db, tenantId), 9)
    for (const size of [1, 2, 3, 4, 9, 10, 500]) {
      const batches = await collect(initiativesForExport(db, tenantId, size))
      assert.deepEqual(batches.flat().map((row) => row.initiative.id), confirmed, `batches of ${size}`)
      assert.ok(batches.every((batch) => batch.length > 0 && batch.length <= size), `batches of ${size} are full but never over`)
    }
  })

  it('writes every obstacle once, oldest first, even when several were recorded within one millisecond', async () => {
    const { db } = context.database
    assert.equal(await countObstaclesForExport(db, tenantId), 5)
    for (const size of [1, 2, 3, 5, 500]) {
      const rules = (await collect(obstaclesForExport(db, tenantId, size))).flat().map((row) => row.rule)
      assert.deepEqual(rules, ['Regel 3', 'Regel 0', 'Regel 1', 'Regel 2', 'Regel 4'], `batches of ${size}`)
    }
  })
})
