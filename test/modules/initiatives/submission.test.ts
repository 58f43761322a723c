import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { listAreaBoundaries } from '../../../src/modules/areas/area-repository.ts'
import { areaContaining } from '../../../src/modules/areas/geometry.ts'
import { listThemes } from '../../../src/modules/themes/theme-repository.ts'
import { buildApp } from '../../../src/platform/http/app.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testConfig } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'
import { latestMailLink, mailCount } from '../../support/outbox.ts'

describeEachDatabase('starting an initiative', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let areaId: number
  let themeId: number
  let brokerId: number
  // Friday 27 November 2026, 10:00 in Amsterdam: two working days later is Tuesday 1 December.
  const clock = fixedClock('2026-11-27T09:00:00Z')

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    const areas = await listAreaBoundaries(db, tenantId)
    const themes = await listThemes(db, tenantId)
    areaId = areas.find((area) => area.slug === 'brinkhorst')?.id ?? areas[0]!.id
    themeId = themes[0]!.id
    await grantRole(db, tenantId, 'andere@esveld.example', 'broker', 'Anders Elders')
    brokerId = (await grantRole(db, tenantId, 'ria@esveld.example', 'broker', 'Ria Ruimtemaker')).person.id
    await db.insertInto('broker_areas').values({ person_id: brokerId, area_id: areaId }).execute()
    app = await buildApp({ config: testConfig(), db, cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789', clock })
    await app.ready()
  })
  after(() => app.close())

  function form(client: PageClient, overrides: Record<string, string | string[]> = {}) {
    const key = /name="submissionKey" value="([^"]+)"/.exec(client.lastBody)?.[1] ?? ''
    return {
      submissionKey: key,
      title: 'Moestuin achter het dorpshuis',
      summary: 'Samen groenten kweken op het braakliggende stuk achter het dorpshuis.',
      description: 'We zijn met zes buren en hebben al zaden en gereedschap.',
      themes: [String(themeId)],
      area: String(areaId),
      initiatorKind: 'residentGroup',
      needs: ['space', 'volunteers'],
      'need-space': 'Mogen we het stuk grond van de gemeente gebruiken?',
      'need-volunteers': 'Wie helpt op zaterdag mee?',
      contactName: 'Gerda Groen',
      contactEmail: 'gerda@voorbeeld.nl',
      contactPhone: '06 12345678',
      publish: 'yes',
      ...overrides,
    }
  }

  it('takes an initiative without an account, confirms it by mail, assigns the area broker and promises first contact in two working days', async () => {
    const { db } = context.database
    const client = new PageClient(app)
    const page = await client.get('/initiatieven/nieuw')
    assert.equal(page.statusCode, 200)
    const sent = await client.post('/initiatieven/nieuw', form(client))
    assert.equal(sent.statusCode, 200, sent.body.slice(0, 2000))
    assert.match(sent.body, /gerda@voorbeeld\.nl/)
    const draft = await db.selectFrom('initiatives').selectAll().where('contact_email', '=', 'gerda@voorbeeld.nl').executeTakeFirstOrThrow()
    assert.equal(draft.status, 'unconfirmed')

    const link = await latestMailLink(db, 'gerda@voorbeeld.nl')
    assert.equal((await client.get(link)).statusCode, 200)
    const confirmed = await client.post('/initiatieven/bevestigen', { token: new URL(link, 'http://x').searchParams.get('token')! })
    assert.equal(confirmed.statusCode, 303)
    assert.equal(confirmed.headers.location, `/mijn/initiatieven/${draft.id}`)

    const initiative = await db.selectFrom('initiatives').selectAll().where('id', '=', draft.id).executeTakeFirstOrThrow()
    assert.equal(initiative.status, 'new')
    assert.equal(initiative.broker_id, brokerId, 'the broker of the area')
    assert.equal(initiative.publication, 'pendingReview')
    const promise = await db.selectFrom('promises').selectAll().where('initiative_id', '=', draft.id).executeTakeFirstOrThrow()
    assert.equal(promise.kind, 'firstContact')
    assert.equal(promise.due_on, '2026-12-01')
    const told = await db.selectFrom('mail_outbox').selectAll().where('template', '=', 'brokerAssigned').executeTakeFirstOrThrow()
    assert.equal((told.params as { brokerName: string }).brokerName, 'Ria Ruimtemaker')
    assert.equal((told.params as { firstContactBy: string }).firstContactBy, 'dinsdag 1 december 2026')
  })

  it('does not create a second initiative when the same form is sent twice', async () => {
    const { db } = context.database
    const client = new PageClient(app)
    await client.get('/initiatieven/nieuw')
    const values = form(client, { contactEmail: 'dubbel@voorbeeld.nl' })
    await client.post('/initiatieven/nieuw', values)
    await client.post('/initiatieven/nieuw', values)
    const rows = await db.selectFrom('initiatives').select('id').where('contact_email', '=', 'dubbel@voorbeeld.nl').execute()
    assert.equal(rows.length, 1)
    assert.equal(await mailCount(db, 'dubbel@voorbeeld.nl'), 1)
  })

  it('marks every problem in the form, in the reader language, and stores nothing', async () => {
    const { db } = context.database
    const client = new PageClient(app)
    await client.get('/initiatieven/nieuw')
    const response = await client.post('/initiatieven/nieuw', form(client, {
      title: 'x'.repeat(500),
      summary: '',
      themes: ['999999'],
      area: '999999',
      needs: ['space'],
      'need-space': '',
      contactEmail: 'geen-adres',
      contactName: 'Slechte Invoer',
    }))
    assert.equal(response.statusCode, 400)
    for (const text of ['maximaal 120 tekens', 'Vul dit veld in', 'Kies thema', 'Kies een wijk of dorp uit de lijst', 'welke hulp u hierbij zoekt', 'geldig e-mailadres']) {
      assert.ok(response.body.includes(text), `says: ${text}`)
    }
    assert.equal((await db.selectFrom('initiatives').select('id').where('contact_name', '=', 'Slechte Invoer').execute()).length, 0)
  })

  it('derives the area from a point on the map, and refuses a point outside the municipality', async () => {
    const { db } = context.database
    const areas = await listAreaBoundaries(db, tenantId)
    const target = areas.find((area) => area.slug === 'hoeverzand')!
    const ring = target.boundary.type === 'Polygon' ? target.boundary.coordinates[0]! : target.boundary.coordinates[0]![0]!
    const candidates: [number, number][] = [[(target.min_lon + target.max_lon) / 2, (target.min_lat + target.max_lat) / 2], ...ring.map(([lon, lat], i) => {
      const [nextLon, nextLat] = ring[(i + 2) % ring.length]!
      return [(lon + nextLon) / 2, (lat + nextLat) / 2] as [number, number]
    })]
    const inside = candidates.find(([lon, lat]) => areaContaining([target], lon, lat))!
    const client = new PageClient(app)
    await client.get('/initiatieven/nieuw')
    const placed = await client.post('/initiatieven/nieuw', form(client, { contactEmail: 'plek@voorbeeld.nl', area: String(areaId), latitude: String(inside[1]), longitude: String(inside[0]) }))
    assert.equal(placed.statusCode, 200)
    const stored = await db.selectFrom('initiatives').selectAll().where('contact_email', '=', 'plek@voorbeeld.nl').executeTakeFirstOrThrow()
    assert.equal(stored.area_id, target.id, 'the point decides the area')
    assert.ok(Math.abs(stored.latitude! - inside[1]) < 1e-6)

    await client.get('/initiatieven/nieuw')
    const outside = await client.post('/initiatieven/nieuw', form(client, { contactEmail: 'buiten@voorbeeld.nl', latitude: '52.0907', longitude: '5.1214' }))
    assert.equal(outside.statusCode, 400)
    assert.match(outside.body, /buiten de wijken en dorpen van de gemeente/)
    await client.get('/initiatieven/nieuw')
    const nonsense = await client.post('/initiatieven/nieuw', form(client, { contactEmail: 'onzin@voorbeeld.nl', latitude: '999', longitude: 'abc' }))
    assert.equal(nonsense.statusCode, 400)
    assert.equal((await db.selectFrom('initiatives').select('id').where('contact_email', 'in', ['buiten@voorbeeld.nl', 'onzin@voorbeeld.nl']).execute()).length, 0)
  })

  it('suggests similar public initiatives while typing a title', async () => {
    const { db } = context.database
    await db.updateTable('initiatives').set({ publication: 'published' }).where('contact_email', '=', 'gerda@voorbeeld.nl').execute()
    const response = await app.inject({ url: '/api/v1/initiative-suggestions?title=moestuin' })
    assert.equal(response.statusCode, 200)
    assert.equal(response.json().items[0].title, 'Moestuin achter het dorpshuis')
    const none = await app.inject({ url: '/api/v1/initiative-suggestions?title=zonnepanelen' })
    assert.deepEqual(none.json().items, [])
  })
})
