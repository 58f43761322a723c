import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { sql } from 'kysely'
import { seedDemo } from '../../../src/demo/seed.ts'
import { cellSize, groupPoints, readCountedCells, type MapFilters } from '../../../src/modules/map/clusters.ts'
import type { InitiativeStatus, NeedKind } from '../../../src/modules/initiatives/vocabulary.ts'
import { describeEachDatabase } from '../../support/databases.ts'

const world = { minLon: -180, minLat: -90, maxLon: 180, maxLat: 90 }
const statuses: InitiativeStatus[] = ['new', 'underWay', 'realised', 'inConversation', 'unconfirmed', 'withdrawn']
const needKinds: NeedKind[] = ['space', 'money', 'volunteers']

describeEachDatabase('counted map cells', (context) => {
  let tenantId: number
  let themeIds: number[]
  let areaIds: number[]
  const db = () => context.database.db

  /** Both ways of clustering, as cell → count and centre: they must agree for every zoom and single filter. */
  async function assertCountsAgree(label: string) {
    const themes = await db().selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()
    const areas = await db().selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()
    const cases: [string, MapFilters][] = [
      ['', {}],
      ['s:underWay', { status: 'underWay' }],
      ['s:new', { status: 'new' }],
      [`a:${areas[0]!.id}`, { areaSlug: areas[0]!.slug }],
      [`t:${themes[0]!.id}`, { themeSlug: themes[0]!.slug }],
      [`t:${themes[1]!.id}`, { themeSlug: themes[1]!.slug }],
      ['n:space', { need: 'space' }],
    ]
    for (const zoom of [3, 9, 12, 15, 17]) {
      for (const [facet, filters] of cases) {
        const cell = cellSize(zoom)
        const keyed = (rows: { count: number; lon: number; lat: number }[]) =>
          new Map(rows.map((row) => [`${Math.floor(Number(row.lon) / cell)},${Math.floor(Number(row.lat) / cell)}`, row]))
        const counted = keyed(await readCountedCells(db(), tenantId, world, zoom, facet))
        const grouped = keyed(await groupPoints(db(), tenantId, world, zoom, filters))
        const where = `${label}, zoom ${zoom}, facet '${facet}'`
        assert.deepEqual([...counted.keys()].sort(), [...grouped.keys()].sort(), where)
        for (const [key, row] of grouped) {
          const other = counted.get(key)!
          assert.equal(other.count, row.count, `${where}, cell ${key}`)
          assert.ok(Math.abs(Number(other.lon) - Number(row.lon)) < 1e-9 && Math.abs(Number(other.lat) - Number(row.lat)) < 1e-9, `${where}, centre of ${key}`)
        }
      }
    }
    const empty = await sql<{ count: number }>`select count(*)::int as count from map_cells where count <= 0`.execute(db())
    assert.equal(empty.rows[0]!.count, 0, `${label}: no empty or negative cells are kept`)
  }

  before(async () => {
    ;({ tenantId } = await seedDemo(db(), { content: false }))
    themeIds = (await db().selectFrom('themes').select('id').where('tenant_id', '=', tenantId).orderBy('id').execute()).map((row) => row.id)
    areaIds = (await db().selectFrom('areas').select('id').where('tenant_id', '=', tenantId).orderBy('id').execute()).map((row) => row.id)
    assert.ok(themeIds.length >= 2 && areaIds.length >= 2, 'the demo municipality has themes and areas')
    // 240 points in a few dense spots and scattered around them, in every status and both publications.
    const rows = Array.from({ length: 240 }, (_, index) => {
      const spot = index % 4
      const spread = index % 3 === 0 ? 0.05 : 0.0004
      return {
        tenant_id: tenantId, title: `Telpunt ${index}`, summary: 'Een initiatief om de getelde kaartvakken te toetsen.', description: '',
        area_id: index % 5 === 0 ? null : areaIds[index % areaIds.length]!,
        longitude: index % 17 === 0 ? null : 6.6 + spot * 0.03 + ((index * 7919) % 100) * spread / 100,
        latitude: index % 17 === 0 ? null : 52.3 + spot * 0.01 + ((index * 104729) % 100) * spread / 100,
        initiator_kind: 'resident' as const, publication: index % 11 === 0 ? ('private' as const) : ('published' as const), publication_note: null,
        initiator_id: null, broker_id: null, contact_name: 'Test', contact_email: 'telpunt@voorbeeld.nl', contact_phone: null, government_role: null,
        outcome: null, confirmed_at: new Date(), status: statuses[index % statuses.length]!, submission_key: `counted-cells-${index}-000000`,
      }
    })
    const ids = (await db().insertInto('initiatives').values(rows).returning('id').execute()).map((row) => row.id)
    await db().insertInto('initiative_themes').values(ids.flatMap((id, index) => [{ initiative_id: id, theme_id: themeIds[index % 2]! }, ...(index % 3 === 0 ? [{ initiative_id: id, theme_id: themeIds[(index + 1) % 2]! }] : [])])).execute()
    await db().insertInto('initiative_needs').values(ids.filter((_, index) => index % 2 === 0).map((id, index) => ({ initiative_id: id, kind: needKinds[index % needKinds.length]!, explanation: 'Nodig.' }))).execute()
  })

  it('agree with grouping the points after a bulk load', async () => {
    await assertCountsAgree('after the load')
  })

  it('follow every change that moves an initiative on or off the map, or into another facet', async () => {
    const ids = (await db().selectFrom('initiatives').select('id').where('tenant_id', '=', tenantId).where('title', 'like', 'Telpunt %').orderBy('id').execute()).map((row) => row.id)
    const some = (step: number, offset = 0) => ids.filter((_, index) => index % step === offset)
    await db().updateTable('initiatives').set({ status: 'realised' }).where('id', 'in', some(7)).execute()
    await db().updateTable('initiatives').set({ longitude: sql`longitude + 0.0002`, latitude: sql`latitude - 0.03` }).where('id', 'in', some(5, 1)).execute()
    await db().updateTable('initiatives').set({ longitude: sql`longitude + 0.00001` }).where('id', 'in', some(9, 2)).execute()
    await db().updateTable('initiatives').set({ publication: 'private' }).where('id', 'in', some(13, 3)).execute()
    await db().updateTable('initiatives').set({ publication: 'published' }).where('id', 'in', some(11)).execute()
    await db().updateTable('initiatives').set({ area_id: areaIds[1]! }).where('id', 'in', some(6, 4)).execute()
    await db().updateTable('initiatives').set({ title: 'Alleen de titel verandert' }).where('id', 'in', some(4, 1)).execute()
    await db().deleteFrom('initiative_themes').where('initiative_id', 'in', some(8, 5)).execute()
    await db().insertInto('initiative_themes').values(some(8, 5).map((id) => ({ initiative_id: id, theme_id: themeIds[1]! }))).execute()
    await db().updateTable('initiative_needs').set({ kind: 'space' }).where('initiative_id', 'in', some(4, 2)).execute()
    await db().deleteFrom('initiative_needs').where('initiative_id', 'in', some(12, 0)).execute()
    await db().deleteFrom('initiatives').where('id', 'in', some(10, 7)).execute()
    await assertCountsAgree('after the changes')
  })

  it('leave nothing behind when the last initiative goes', async () => {
    await db().deleteFrom('initiatives').where('tenant_id', '=', tenantId).execute()
    const left = await sql<{ count: number }>`select count(*)::int as count from map_cells where tenant_id = ${tenantId}`.execute(db())
    assert.equal(left.rows[0]!.count, 0)
  })
})
