import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { addOffer, createOrganisation, setOrganisationVisibility } from '../../../src/modules/network/organisation-service.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { areaIdBySlug, person } from './fixtures.ts'

interface Item {
  slug: string
  name: string
  kind: string
  area: { slug: string; name: string } | null
  location: { lat: number; lon: number } | null
  offers: { kind: string; description: string }[]
  url: string
}

describeEachDatabase('the organisations API', (context) => {
  let app: FastifyInstance

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    const owner = await person(db, tenantId, 'geheim.adres@api.example', 'resident', 'Geheime Gerrit')
    const actor = { tenantId, personId: owner, label: 'Gerrit' }
    const make = async (name: string, area: string, offers: ['money' | 'rooms' | 'materials', boolean][], point?: { latitude: number; longitude: number }) => {
      const { id } = await createOrganisation(
        db,
        actor,
        { name, kind: 'club', description: `${name} helpt initiatieven in de buurt.`, website: 'https://club.example', address: 'Dorpsstraat 1', areaId: await areaIdBySlug(db, tenantId, area), latitude: point?.latitude ?? null, longitude: point?.longitude ?? null },
        'voorzitter',
        new Date(),
      )
      for (const [kind, active] of offers) await addOffer(db, id, { kind, description: `${kind} van ${name}`, active }, new Date())
      return id
    }
    await make('Atletiekclub Oosterhof', 'oosterhof', [['rooms', true], ['money', false]], { latitude: 52.3089, longitude: 6.6561 })
    await make('Biljartclub De Keu', 'brinkhorst', [['money', true]])
    await make('Carnavalsvereniging De Kiekeboes', 'oosterhof', [['materials', true]])
    const hidden = await make('Damclub Verborgen', 'oosterhof', [['rooms', true]])
    await setOrganisationVisibility(db, actor, hidden, 'hidden', new Date())
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  async function list(query = '') {
    const response = await app.inject({ url: `/api/v1/organisations${query}` })
    assert.equal(response.statusCode, 200, response.body)
    return response.json() as { items: Item[]; page: number; pageSize: number; total: number }
  }

  it('lists public organisations alphabetically with their active offers, one page at a time', async () => {
    const all = await list()
    assert.deepEqual(all.items.map((item) => item.slug), ['atletiekclub-oosterhof', 'biljartclub-de-keu', 'carnavalsvereniging-de-kiekeboes'])
    assert.equal(all.total, 3)
    const first = all.items[0]!
    assert.deepEqual(first.offers, [{ kind: 'rooms', description: 'rooms van Atletiekclub Oosterhof' }], 'inactive offers are left out')
    assert.deepEqual(first.area, { slug: 'oosterhof', name: 'Oosterhof' })
    assert.deepEqual(first.location, { lat: 52.3089, lon: 6.6561 })
    assert.equal(first.url, '/organisaties/atletiekclub-oosterhof')
    assert.equal(all.items[1]!.location, null)
    const page2 = await list('?pageSize=2&page=2')
    assert.deepEqual(page2.items.map((item) => item.slug), ['carnavalsvereniging-de-kiekeboes'])
    assert.equal(page2.total, 3)
    assert.equal((await list('?page=50')).items.length, 0)
  })

  it('filters by offer kind and area', async () => {
    assert.deepEqual((await list('?offer=money')).items.map((item) => item.slug), ['biljartclub-de-keu'], 'only active offers count')
    assert.deepEqual((await list('?area=oosterhof')).items.map((item) => item.slug), ['atletiekclub-oosterhof', 'carnavalsvereniging-de-kiekeboes'])
    assert.deepEqual((await list('?area=oosterhof&offer=rooms')).items.map((item) => item.slug), ['atletiekclub-oosterhof'])
    assert.equal((await list('?area=bestaat-niet')).total, 0)
  })

  it('answers bad parameters with problem details', async () => {
    for (const query of ['?offer=gold', '?pageSize=1000', '?page=0', '?area=Not%20A%20Slug']) {
      const response = await app.inject({ url: `/api/v1/organisations${query}` })
      assert.equal(response.statusCode, 400, query)
      assert.match(response.headers['content-type'] as string, /application\/problem\+json/)
      assert.ok((response.json() as { invalidParams: unknown[] }).invalidParams.length > 0)
    }
  })

  it('gives one public organisation, and a 404 for a hidden or unknown one', async () => {
    const response = await app.inject({ url: '/api/v1/organisations/biljartclub-de-keu' })
    assert.equal(response.statusCode, 200)
    assert.equal((response.json() as Item).name, 'Biljartclub De Keu')
    for (const slug of ['damclub-verborgen', 'bestaat-niet']) {
      const missing = await app.inject({ url: `/api/v1/organisations/${slug}` })
      assert.equal(missing.statusCode, 404)
      assert.match(missing.headers['content-type'] as string, /application\/problem\+json/)
    }
  })

  it('never shows contact persons or their addresses', async () => {
    const body = (await app.inject({ url: '/api/v1/organisations' })).body + (await app.inject({ url: '/api/v1/organisations/atletiekclub-oosterhof' })).body
    assert.ok(!body.includes('geheim.adres@api.example'))
    assert.ok(!body.includes('Geheime Gerrit'))
  })

  it('is described in the OpenAPI document', async () => {
    const spec = (await app.inject({ url: '/api/v1/openapi.json' })).json() as { paths: Record<string, { get?: { tags?: string[]; summary?: string } }> }
    for (const path of ['/api/v1/organisations', '/api/v1/organisations/{slug}']) {
      assert.deepEqual(spec.paths[path]?.get?.tags, ['organisations'], path)
      assert.ok(spec.paths[path]?.get?.summary)
    }
  })
})
