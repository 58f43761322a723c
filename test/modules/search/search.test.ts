import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { listAreas } from '../../../src/modules/areas/area-repository.ts'
import { listThemes } from '../../../src/modules/themes/theme-repository.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { addHelper, addSpace } from '../../support/network-fixtures.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { signInResident } from '../../support/residents.ts'

describeEachDatabase('searching initiatives', (context) => {
  let app: FastifyInstance
  const ids: Record<string, number> = {}

  let db: Db
  before(async () => {
    db = context.database.db
    const { tenantId } = await seedDemo(db, { content: false })
    const [area] = await listAreas(db, tenantId)
    const [theme] = await listThemes(db, tenantId)
    const rows = [
      ['fiets', 'Fietsenmakerij voor iedereen', 'Buren repareren samen fietsen in de oude garage.', 'published', false, 'Onze geheime sleutel ligt onder de mat.'],
      ['moestuin', 'Moestuin achter de school', 'Kinderen kweken groenten en leren over de fiets van de moestuinman.', 'published', true, 'Naast de bedden komt een composthoop.'],
      ['geheim', 'Fietsroute langs de Dinkel', 'Een bewegwijzerde fietsroute langs de beek.', 'private', false, ''],
      ['xss', '<script>alert(1)</script> Buurtkamer', 'Een plek om samen koffie te drinken <b>vet</b>.', 'published', false, ''],
    ] as const
    for (const [key, title, summary, publication, publishDescription, description] of rows) {
      const { id } = await db
        .insertInto('initiatives')
        .values({
          tenant_id: tenantId, title, summary, description, area_id: area!.id, latitude: null, longitude: null, initiator_kind: 'resident', publication,
          publication_note: null, publish_description: publishDescription, initiator_id: null, broker_id: null, contact_name: 'Test', contact_email: 'test@voorbeeld.nl',
          contact_phone: null, government_role: null, outcome: null, confirmed_at: new Date(), status: 'underWay', submission_key: `search-test-${key}-000000`,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      ids[key] = id
      await db.insertInto('initiative_themes').values({ initiative_id: id, theme_id: theme!.id }).execute()
      await db.insertInto('initiative_needs').values({ initiative_id: id, kind: 'volunteers', explanation: 'Handen nodig' }).execute()
    }
    await addHelper(db, tenantId, { email: 'imker.open@search.example', name: 'Ingrid Imker', skills: ['bijenhouden'], areaId: area!.id, visibility: 'public' })
    await addHelper(db, tenantId, { email: 'imker.leden@search.example', name: 'Lotte Ledenimker', skills: ['bijenhouden'], areaId: area!.id, visibility: 'members' })
    await addHelper(db, tenantId, { email: 'imker.stil@search.example', name: 'Henk Verborgenimker', skills: ['bijenhouden'], areaId: area!.id, visibility: 'hidden' })
    const { person: owner } = await grantRole(db, tenantId, 'zaal@search.example', 'resident', 'Zaalbeheer')
    await addSpace(db, tenantId, { ownerId: owner.id, name: 'Bijenstal bij de boerderij', areaId: area!.id })
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  async function api(query: string) {
    const response = await app.inject({ url: `/api/v1/search?${query}` })
    assert.equal(response.statusCode, 200, response.body)
    return response.json() as { total: number; items: { id: number; snippet: string[] }[]; facets: Record<string, { value: string; count: number }[]> }
  }

  it('finds fietsenmakerij and fiets with the Dutch stem of fietsen, ranking the title match first', async () => {
    const result = await api('q=fietsen')
    const found = result.items.map((item) => item.id)
    assert.ok(found.includes(ids.fiets!) && found.includes(ids.moestuin!))
    assert.equal(found[0], ids.fiets)
  })

  it('tolerates a typo', async () => {
    const result = await api('q=Fietnsen')
    assert.equal(result.items[0]?.id, ids.fiets)
  })

  it('never finds private initiatives or descriptions that were not made public, but does find public descriptions', async () => {
    assert.ok(!(await api('q=fietsroute')).items.some((item) => item.id === ids.geheim))
    assert.equal((await api('q=sleutel')).total, 0)
    assert.equal((await api('q=composthoop')).items[0]?.id, ids.moestuin)
  })

  it('marks the matched words in a snippet without passing HTML through', async () => {
    const result = await api('q=koffie')
    assert.deepEqual(result.items[0]!.snippet.filter((_, index) => index % 2 === 1), ['koffie'])
    const page = await app.inject({ url: '/zoeken?q=koffie' })
    assert.equal(page.statusCode, 200)
    assert.doesNotMatch(page.body, /<script>alert|<b>vet/)
    assert.match(page.body, /&lt;script>alert\(1\)&lt;\/script> Buurtkamer/)
    assert.match(page.body, /samen <mark>koffie<\/mark> te drinken &lt;b>vet&lt;\/b>/)
  })

  it('counts facets and filters on them', async () => {
    const all = await api('q=')
    assert.equal(all.total, 3)
    assert.equal(all.facets.need!.find((facet) => facet.value === 'volunteers')?.count, 3)
    assert.equal((await api('q=&status=realised')).total, 0)
  })

  it('also finds helpers, organisations and spaces, each only as far as the reader may see them', async () => {
    const response = await app.inject({ url: '/api/v1/search?q=bijen' })
    const directory = (response.json() as { directory: { type: string; title: string }[] }).directory
    assert.ok(directory.some((hit) => hit.type === 'helper' && /Ingrid/.test(hit.title)))
    assert.ok(directory.some((hit) => hit.type === 'space' && hit.title === 'Bijenstal bij de boerderij'))
    assert.ok(!directory.some((hit) => /Lotte|Henk/.test(hit.title)), 'members-only and hidden helpers stay out of the public answer')
    const visitorPage = (await app.inject({ url: '/zoeken?q=bijen' })).body
    assert.match(visitorPage, /Ook in het netwerk/)
    assert.doesNotMatch(visitorPage, /Lotte/)
    const member = await signInResident(app, db, 'lid@search.example')
    const memberPage = (await member.get('/zoeken?q=bijen')).body
    assert.match(memberPage, /Lotte/, 'a signed-in resident sees members-only helpers')
    assert.doesNotMatch(memberPage, /Henk/, 'nobody finds a hidden helper')
  })

  it('refuses a query of 10,000 characters with a clear answer, and treats SQL as words', async () => {
    const long = 'a'.repeat(10_000)
    const problem = await app.inject({ url: `/api/v1/search?q=${long}` })
    assert.equal(problem.statusCode, 400)
    assert.match(problem.headers['content-type'] as string, /problem\+json/)
    const page = await app.inject({ url: `/zoeken?q=${long}` })
    assert.equal(page.statusCode, 400)
    assert.match(page.body, /maximaal 200 tekens/)
    const injection = await api(`q=${encodeURIComponent("fiets'); drop table initiatives; --")}`)
    assert.ok(injection.total >= 0)
    const still = await api('q=moestuin')
    assert.equal(still.items[0]?.id, ids.moestuin)
  })
})
