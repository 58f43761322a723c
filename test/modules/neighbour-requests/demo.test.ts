import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { PageClient } from '../../support/page-client.ts'
import { appWithClock, signedInAs } from './support.ts'

describeEachDatabase('demo requests and offers between neighbours', (context) => {
  const now = new Date('2026-11-27T09:00:00Z')
  let app: FastifyInstance
  let tenantId: number

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { now })).tenantId
    app = await appWithClock(db, fixedClock(now))
  })
  after(() => app.close())

  it('spreads about twenty posts over the areas: requests and offers, some closed, some answered, one reported', async () => {
    const { db } = context.database
    const posts = await db.selectFrom('neighbour_posts').selectAll().where('tenant_id', '=', tenantId).execute()
    assert.ok(posts.length >= 18 && posts.length <= 24, `${posts.length} posts`)
    assert.ok(new Set(posts.map((post) => post.area_id)).size >= 6, 'across the areas')
    assert.ok(posts.some((post) => post.kind === 'request') && posts.some((post) => post.kind === 'offer'))
    assert.ok(posts.filter((post) => post.status === 'closed').length >= 3)
    assert.ok(posts.every((post) => post.created_at <= now && (post.needed_by === null || post.needed_by >= '2026-11-27')), 'dated from now, no date in the past')
    assert.ok((await db.selectFrom('neighbour_post_responses').select('id').execute()).length >= 5)
    const reports = await db.selectFrom('neighbour_post_reports').selectAll().execute()
    assert.equal(reports.length, 1)
    assert.equal(reports[0]!.status, 'open')
  })

  it('shows them on the list, leaves out the one closed more than 30 days ago, and puts the reported one in the coordinators’ queue', async () => {
    const { db } = context.database
    const list = await new PageClient(app).get('/buurtvragen')
    assert.equal(list.statusCode, 200)
    assert.match(list.body, /Wie helpt een kast naar boven te dragen\?/)
    assert.match(list.body, /Geplaatst door Truus Wigbold/)
    assert.doesNotMatch(list.body, /Boodschappen tijdens mijn herstel/, 'closed 33 days ago')
    assert.doesNotMatch(list.body, /@/, 'no e-mail address on the list')
    const coordinator = await db.selectFrom('people').select('id').where('email', '=', 'annelies.groothuis@esveld.example').executeTakeFirstOrThrow()
    const queue = await (await signedInAs(app, db, coordinator.id)).get('/werk/meldingen')
    assert.match(queue.body, /Klussenbedrijf Egberink/)
  })
})
