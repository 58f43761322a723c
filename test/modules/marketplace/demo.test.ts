import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { sendMarketplaceFollowUps } from '../../../src/modules/marketplace/follow-up.ts'
import { eventResults } from '../../../src/modules/marketplace/results.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { marketplaceApp } from './support.ts'

describeEachDatabase('demo marketplace', (context) => {
  const now = new Date('2026-11-27T09:00:00Z')
  let tenantId: number
  let app: FastifyInstance

  before(async () => {
    tenantId = (await seedDemo(context.database.db, { now })).tenantId
    app = await marketplaceApp(context.database.db, fixedClock(now))
  })
  after(() => app.close())

  it('has a beursvloer held about four months ago with ten parties, a dozen agreements and answered follow-ups', async () => {
    const { db } = context.database
    const events = await db.selectFrom('marketplace_events').selectAll().where('tenant_id', '=', tenantId).orderBy('starts_at').execute()
    assert.deepEqual(events.map((event) => event.status), ['held', 'open'])
    const [past, next] = events
    const daysAgo = (now.getTime() - past!.starts_at.getTime()) / 86_400_000
    assert.ok(daysAgo > 110 && daysAgo < 130, `${daysAgo} days ago`)
    const results = await eventResults(db, past!.id)
    assert.equal(results.parties, 10)
    assert.equal(results.agreements, 12)
    assert.ok(results.valueCents > 0)
    assert.ok(results.answered >= 10 && results.keptPercent !== null && results.keptPercent > 50, JSON.stringify(results.answers))
    const requests = await db.selectFrom('marketplace_listings').select('counter_offer').where('type', '=', 'request').execute()
    assert.ok(requests.length >= 10 && requests.every((row) => (row.counter_offer ?? '').length >= 3), 'every request carries a counter-offer')

    assert.ok(next!.starts_at.getTime() > now.getTime() && next!.registration_closes_at.getTime() > now.getTime(), 'the next one is open for registration')
    assert.equal((await eventResults(db, next!.id)).parties, 3)
  })

  it('asks nobody again: the demo follow-ups were sent already', async () => {
    const { db } = context.database
    const tenant = await db.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirstOrThrow()
    assert.deepEqual(await sendMarketplaceFollowUps(db, tenant, fixedClock(now), new URL('http://localhost:3000')), { day: '2026-11-27', status: 'done', mails: 0, skipped: 0 })
  })

  it('shows both events and the results publicly', async () => {
    const list = await app.inject({ url: '/beursvloer' })
    assert.match(list.body, /Komende beursvloeren.*Beursvloer Esveld.*Eerdere beursvloeren.*Beursvloer Esveld.*10 deelnemers, 12 afspraken/s)
    const slug = (await context.database.db.selectFrom('marketplace_events').select('slug').where('status', '=', 'held').executeTakeFirstOrThrow()).slug
    const results = await app.inject({ url: `/beursvloer/${slug}/resultaten` })
    assert.equal(results.statusCode, 200)
    assert.match(results.body, /Bouwbedrijf Nijhof/)
    assert.doesNotMatch(results.body, /@/)
    const home = await app.inject({ url: '/' })
    assert.match(home.body, /href="\/beursvloer"/)
  })
})
