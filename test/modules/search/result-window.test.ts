import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { seedDemo } from '../../../src/demo/seed.ts'
import { RESULT_WINDOW } from '../../../src/modules/search/query-words.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'

describeEachDatabase('searching a word found more often than the result window', (context) => {
  let app: FastifyInstance
  const common = RESULT_WINDOW + 50

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    // Many initiatives about a bench; every seventh also about a pond.
    await sql`
      insert into initiatives (tenant_id, title, summary, description, initiator_kind, publication, contact_name, contact_email, confirmed_at, status, submission_key)
      select ${tenantId}, 'Bankje bij ' || case when n % 7 = 0 then 'de vijver ' else 'het plein ' end || n, 'Een bankje om even te zitten.', '',
        'resident', 'published', 'Test', 'bank@voorbeeld.nl', now(), 'underWay', 'result-window-' || n || '-000000'
      from generate_series(1, ${common}) as n
    `.execute(db)
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  async function search(query: string) {
    const response = await app.inject({ url: `/api/v1/search?${query}` })
    assert.equal(response.statusCode, 200, response.body)
    return response.json() as { total: number; totalIsExact: boolean; items: { id: number; title: string }[]; facets: { status: { count: number }[] } }
  }

  it('says there are more, and ranks, pages and counts the newest matches', async () => {
    const result = await search('q=bankje&pageSize=100')
    assert.equal(result.total, RESULT_WINDOW)
    assert.equal(result.totalIsExact, false)
    assert.equal(result.facets.status.reduce((sum, facet) => sum + facet.count, 0), RESULT_WINDOW, 'facets count the window')
    const numbers = result.items.map((item) => Number(item.title.split(' ').at(-1)))
    assert.ok(numbers.every((number) => number > common - RESULT_WINDOW), 'only the newest are ranked')
    const last = await search(`q=bankje&pageSize=100&page=${RESULT_WINDOW / 100}`)
    assert.equal(last.items.length, 100)
    const past = await search(`q=bankje&pageSize=100&page=${RESULT_WINDOW / 100 + 1}`)
    assert.equal(past.items.length, 0)
  })

  it('counts exactly when the matches fit the window', async () => {
    const result = await search('q=vijver')
    assert.equal(result.total, Math.floor(common / 7))
    assert.equal(result.totalIsExact, true)
  })

  it('tells the reader on the search page, in their language', async () => {
    const dutch = await app.inject({ url: '/zoeken?q=bankje' })
    assert.match(dutch.body, /Meer dan 1\.000 initiatieven gevonden/)
    const english = await app.inject({ url: '/zoeken?q=bankje', headers: { cookie: 'lang=en' } })
    assert.match(english.body, /More than 1,000 initiatives found/)
  })
})
