import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'

describeEachDatabase('map clusters', (context) => {
  let app: FastifyInstance

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    // Two groups of five initiatives about 3 km apart, plus one private one that must never show.
    const points: [number, number, string][] = []
    for (let i = 0; i < 5; i++) points.push([6.60 + i * 0.001, 52.30 + i * 0.001, 'published'])
    for (let i = 0; i < 5; i++) points.push([6.65 + i * 0.001, 52.32 + i * 0.001, 'published'])
    points.push([6.62, 52.31, 'private'])
    await db
      .insertInto('initiatives')
      .values(points.map(([lon, lat, publication], index) => ({
        tenant_id: tenantId, title: `Kaartinitiatief ${index}`, summary: 'Een initiatief om de kaart te testen.', description: '', area_id: null,
        latitude: lat, longitude: lon, initiator_kind: 'resident' as const, publication: publication as 'published', publication_note: null, initiator_id: null,
        broker_id: null, contact_name: 'Test', contact_email: 'kaart@voorbeeld.nl', contact_phone: null, government_role: null, outcome: null,
        confirmed_at: new Date(), status: 'underWay' as const, submission_key: `map-test-point-${index}-00000`,
      })))
      .execute()
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  async function clusters(query: string) {
    const response = await app.inject({ url: `/api/v1/map/clusters?${query}` })
    assert.equal(response.statusCode, 200, response.body)
    return response.json() as { type: string; features: { properties: { cluster: boolean; count?: number; id?: number } }[] }
  }

  const box = 'bbox=6.5,52.2,6.8,52.4'

  it('groups initiatives into clusters with counts at municipality zoom, and splits them when zoomed in', async () => {
    const far = await clusters(`${box}&zoom=10`)
    assert.equal(far.type, 'FeatureCollection')
    const total = far.features.reduce((sum, feature) => sum + (feature.properties.cluster ? feature.properties.count! : 1), 0)
    assert.equal(total, 10, 'every public initiative, and the private one not')
    assert.ok(far.features.length <= 2)
    const near = await clusters(`${box}&zoom=18`)
    assert.equal(near.features.length, 10)
    assert.ok(near.features.every((feature) => feature.properties.cluster === false && typeof feature.properties.id === 'number'))
  })

  it('only returns what lies in the box', async () => {
    const west = await clusters('bbox=6.59,52.29,6.61,52.31&zoom=18')
    assert.equal(west.features.length, 5)
  })

  it('refuses malformed boxes and zoom levels with problem+json, in the reader language', async () => {
    for (const query of ['bbox=1,2,3&zoom=5', 'bbox=a,b,c,d&zoom=5', 'bbox=7,52,6,53&zoom=5', `${box}&zoom=99`, `${box}&zoom=1.5`, 'zoom=5']) {
      const response = await app.inject({ url: `/api/v1/map/clusters?${query}` })
      assert.equal(response.statusCode, 400, query)
      assert.match(response.headers['content-type'] as string, /problem\+json/)
    }
    const english = await app.inject({ url: '/api/v1/map/clusters?bbox=7,52,6,53&zoom=5', headers: { cookie: 'lang=en' } })
    assert.match(english.json().detail, /bbox must be four numbers/)
  })

  it('serves the area outlines as GeoJSON', async () => {
    const response = await app.inject({ url: '/api/v1/map/areas' })
    const collection = response.json()
    assert.equal(collection.type, 'FeatureCollection')
    assert.ok(collection.features.length >= 7)
    assert.equal(collection.features[0].geometry.type, 'Polygon')
  })
})
