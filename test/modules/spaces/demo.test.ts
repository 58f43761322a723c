import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { sql } from 'kysely'
import { seedDemo } from '../../../src/demo/seed.ts'
import { searchSpaces } from '../../../src/modules/spaces/space-search.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { directoryMatch } from '../../../src/modules/search/directory-query.ts'

describeEachDatabase('demo spaces', (context) => {
  const now = new Date('2026-11-27T09:00:00Z')
  let tenantId: number

  before(async () => {
    tenantId = (await seedDemo(context.database.db, { now })).tenantId
  })

  it('spreads about fifteen spaces over the areas, each with weekly windows and an owner who has an example address', async () => {
    const { db } = context.database
    const spaces = await db.selectFrom('spaces').innerJoin('people', 'people.id', 'spaces.owner_id').select(['spaces.id', 'spaces.area_id', 'spaces.visibility', 'people.email']).where('spaces.tenant_id', '=', tenantId).execute()
    assert.ok(spaces.length >= 14 && spaces.length <= 18, `${spaces.length} spaces`)
    assert.equal(new Set(spaces.map((space) => space.area_id)).size, 8, 'every area has a space')
    assert.ok(spaces.every((space) => space.email.endsWith('.example')))
    const withoutWindows = await db.selectFrom('spaces').select('id').where('tenant_id', '=', tenantId).where((eb) => eb.not(eb.exists(eb.selectFrom('space_windows').select('id').whereRef('space_windows.space_id', '=', 'spaces.id')))).execute()
    assert.deepEqual(withoutWindows, [])
    assert.equal((await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, 'gymzaal'), 5))[0]?.title, 'Gymzaal brede school De Marke (avond)')
  })

  it('has accepted, waiting and declined requests from initiators for their initiatives, none of the accepted ones overlapping', async () => {
    const { db } = context.database
    const rows = await db.selectFrom('space_bookings').innerJoin('initiatives', 'initiatives.id', 'space_bookings.initiative_id').select(['space_bookings.status', 'space_bookings.requester_id', 'initiatives.initiator_id', 'space_bookings.starts_at']).execute()
    assert.deepEqual([...new Set(rows.map((row) => row.status))].sort(), ['accepted', 'declined', 'pending'])
    assert.ok(rows.every((row) => row.requester_id === row.initiator_id))
    assert.ok(rows.some((row) => row.status === 'accepted' && row.starts_at < now) && rows.some((row) => row.status === 'accepted' && row.starts_at > now))
    const overlaps = await sql<{ count: number }>`
      select count(*)::int as count from space_bookings a join space_bookings b on a.space_id = b.space_id and a.id < b.id
      where a.status = 'accepted' and b.status = 'accepted' and a.starts_at < b.ends_at and b.starts_at < a.ends_at`.execute(db)
    assert.equal(overlaps.rows[0]!.count, 0)
  })
})
