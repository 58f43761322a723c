import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { addSpacePhoto } from '../../../src/modules/spaces/space-service.ts'
import { searchSpaces } from '../../../src/modules/spaces/space-search.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { signInResident } from '../../support/residents.ts'
import { NOW, PNG, areaId, insertSpace, spacesApp, validSpace } from './support.ts'
import { directoryMatch } from '../../../src/modules/search/directory-query.ts'

describeEachDatabase('the directory of spaces, its API and search', (context) => {
  const clock = fixedClock(NOW)
  let app: FastifyInstance
  let tenantId: number
  let ownerId: number
  const ids = { gym: 0, hall: 0, shed: 0, hidden: 0, unlisted: 0 }

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    ownerId = (await grantRole(db, tenantId, 'eigenaar@voorbeeld.nl', 'resident', 'Eigenaar')).person.id
    const brinkhorst = await areaId(db, tenantId, 'brinkhorst')
    const veldkamp = await areaId(db, tenantId, 'veldkamp')
    ids.gym = await insertSpace(db, tenantId, ownerId, validSpace(veldkamp, { name: 'Gymzaal basisschool De Klimop', description: 'Gymzaal voor sport en spel in de avond.', capacity: 60, accessibility: [], facilities: ['storage'], priceKind: 'perPartOfDay', priceCents: 2500 }))
    ids.hall = await insertSpace(db, tenantId, ownerId, validSpace(brinkhorst, { name: 'Grote zaal kulturhus De Eike', description: 'Vergaderzaal met beamer en keuken.', capacity: 120, accessibility: ['wheelchair', 'hearingLoop'], facilities: ['beamer', 'kitchen'] }))
    ids.shed = await insertSpace(db, tenantId, ownerId, validSpace(brinkhorst, { name: 'Tuinkeet van de pluktuin', description: 'Kleine keet met koffie.', capacity: 8, accessibility: [], facilities: ['coffeeAndTea', 'outdoorSpace'] }))
    ids.hidden = await insertSpace(db, tenantId, ownerId, validSpace(brinkhorst, { name: 'Geheime vergaderzaal', description: 'Vergaderzaal die verborgen is.' }))
    ids.unlisted = await insertSpace(db, tenantId, ownerId, validSpace(brinkhorst, { name: 'Ongelijste vergaderzaal', visibility: 'unlisted' }))
    await db.updateTable('spaces').set({ hidden_at: new Date(NOW), hidden_reason: 'Klachten over de staat van de zaal.' }).where('id', '=', ids.hidden).execute()
    await addSpacePhoto(db, { tenantId, personId: ownerId, label: 'test', locale: 'nl', now: new Date(NOW) }, ids.hidden, { fileName: 'x.png', contentType: 'image/png', content: PNG }, 'Zaal')
    app = await spacesApp(db, clock)
  })
  after(() => app.close())

  function names(body: string): string[] {
    return [...body.matchAll(/<a class="utrecht-link" href="\/ruimtes\/\d+">([^<]+)<\/a><\/h2>/g)].map((match) => match[1]!)
  }

  it('filters the list by area, minimum capacity, accessibility, facility and price', async () => {
    assert.deepEqual(names((await app.inject({ url: '/ruimtes' })).body), ['Grote zaal kulturhus De Eike', 'Gymzaal basisschool De Klimop', 'Tuinkeet van de pluktuin'])
    assert.deepEqual(names((await app.inject({ url: '/ruimtes?wijk=brinkhorst' })).body), ['Grote zaal kulturhus De Eike', 'Tuinkeet van de pluktuin'])
    assert.deepEqual(names((await app.inject({ url: '/ruimtes?capaciteit=50' })).body), ['Grote zaal kulturhus De Eike', 'Gymzaal basisschool De Klimop'])
    assert.deepEqual(names((await app.inject({ url: '/ruimtes?extra=toegankelijk' })).body), ['Grote zaal kulturhus De Eike'])
    assert.deepEqual(names((await app.inject({ url: '/ruimtes?voorziening=outdoorSpace' })).body), ['Tuinkeet van de pluktuin'])
    assert.deepEqual(names((await app.inject({ url: '/ruimtes?extra=gratis&capaciteit=50' })).body), ['Grote zaal kulturhus De Eike'])
    const page = (await app.inject({ url: '/ruimtes?wijk=veldkamp' })).body
    assert.match(page, /€\s25,00 per dagdeel/)
    assert.match(page, /1 ruimte/)
  })

  it('tells what is wrong with a filter instead of failing', async () => {
    const response = await app.inject({ url: '/ruimtes?capaciteit=-3&wijk=bestaat-niet&voorziening=zwembad' })
    assert.equal(response.statusCode, 200)
    assert.match(response.body, /Vul een heel getal in van 1 tot en met 10\.000\./)
    assert.equal(names(response.body).length, 3)
  })

  it('gives the listed spaces in the API, with availability but without the owner', async () => {
    const list = await app.inject({ url: '/api/v1/spaces?area=brinkhorst&minCapacity=10' })
    assert.equal(list.statusCode, 200)
    const body = list.json() as { items: { id: number; name: string; price: { kind: string } }[]; total: number }
    assert.deepEqual(body.items.map((item) => item.name), ['Grote zaal kulturhus De Eike'])
    assert.equal(body.total, 1)
    assert.deepEqual((await app.inject({ url: '/api/v1/spaces?accessible=true' })).json().items.map((item: { name: string }) => item.name), ['Grote zaal kulturhus De Eike'])
    assert.deepEqual((await app.inject({ url: '/api/v1/spaces?free=false&facility=storage' })).json().items.map((item: { name: string }) => item.name), ['Gymzaal basisschool De Klimop'])

    const one = await app.inject({ url: `/api/v1/spaces/${ids.gym}` })
    assert.equal(one.statusCode, 200)
    const space = one.json()
    assert.deepEqual(space.availability, [{ weekday: 2, from: '19:00', to: '22:00' }, { weekday: 6, from: '09:00', to: '17:00' }])
    assert.deepEqual(space.price, { kind: 'perPartOfDay', centsPerPartOfDay: 2500, note: '' })
    assert.doesNotMatch(one.body, /eigenaar@voorbeeld\.nl|Eigenaar/)

    const bad = await app.inject({ url: '/api/v1/spaces?minCapacity=-1' })
    assert.equal(bad.statusCode, 400)
    assert.match(bad.headers['content-type'] as string, /application\/problem\+json/)
    const openapi = (await app.inject({ url: '/api/v1/openapi.json' })).json()
    assert.deepEqual(openapi.paths['/api/v1/spaces'].get.tags, ['spaces'])
    assert.ok(openapi.paths['/api/v1/spaces/{id}'].get.summary)
  })

  it('keeps hidden and unlisted spaces away from others: 404, not in the list, the API or search', async () => {
    for (const id of [ids.hidden, ids.unlisted]) {
      assert.equal((await app.inject({ url: `/ruimtes/${id}` })).statusCode, 404)
      assert.equal((await app.inject({ url: `/api/v1/spaces/${id}` })).statusCode, 404)
      assert.equal((await app.inject({ url: `/ruimtes/${id}/reserveren` })).statusCode, 303, 'anonymous visitors are asked to sign in first')
    }
    assert.equal((await app.inject({ url: '/ruimtes/999999' })).statusCode, 404)
    const photo = await context.database.db.selectFrom('space_photos').select('id').where('space_id', '=', ids.hidden).executeTakeFirstOrThrow()
    assert.equal((await app.inject({ url: `/ruimtes/${ids.hidden}/fotos/${photo.id}` })).statusCode, 404)
    const listed = (await app.inject({ url: '/api/v1/spaces?pageSize=100' })).json().items.map((item: { id: number }) => item.id)
    assert.ok(!listed.includes(ids.hidden) && !listed.includes(ids.unlisted))
    const hits = await searchSpaces(context.database.db, tenantId, await directoryMatch(context.database.db, tenantId, 'vergaderzaal'), 10)
    assert.deepEqual(hits.map((hit) => hit.title), ['Grote zaal kulturhus De Eike'])

    const { db } = context.database
    const stranger = await signInResident(app, db, 'nieuwsgierig@voorbeeld.nl')
    assert.equal((await stranger.get(`/ruimtes/${ids.hidden}`)).statusCode, 404)
    assert.equal((await stranger.get(`/ruimtes/${ids.hidden}/reserveren`)).statusCode, 404)
    assert.equal((await stranger.get(`/ruimtes/${ids.hidden}/contact`)).statusCode, 404)

    const owner = await signInResident(app, db, 'eigenaar@voorbeeld.nl')
    const own = await owner.get(`/ruimtes/${ids.hidden}`)
    assert.equal(own.statusCode, 200)
    assert.match(own.body, /De gemeente heeft deze ruimte verborgen\. .*Reden: Klachten over de staat van de zaal\./)
    assert.equal((await owner.get(`/ruimtes/${ids.hidden}/fotos/${photo.id}`)).statusCode, 200)
  })

  it('lets a coordinator hide a space with a reason and show it again, both audited', async () => {
    const { db } = context.database
    await grantRole(db, tenantId, 'coordinator@voorbeeld.nl', 'coordinator')
    const coordinator = await signInResident(app, db, 'coordinator@voorbeeld.nl')
    await coordinator.get(`/ruimtes/${ids.shed}`)
    const noReason = await coordinator.post(`/ruimtes/${ids.shed}/verbergen`, { reason: '' })
    assert.equal(noReason.statusCode, 400)
    assert.match(noReason.body, /href="#hide-reason">Vul dit veld in\./)
    assert.equal((await coordinator.post(`/ruimtes/${ids.shed}/verbergen`, { reason: 'Deze keet is afgebroken.' })).statusCode, 303)
    assert.equal((await app.inject({ url: `/ruimtes/${ids.shed}` })).statusCode, 404)
    await coordinator.get(`/ruimtes/${ids.shed}`)
    assert.equal((await coordinator.post(`/ruimtes/${ids.shed}/tonen`, {})).statusCode, 303)
    assert.equal((await app.inject({ url: `/ruimtes/${ids.shed}` })).statusCode, 200)
    const audit = await db.selectFrom('audit_events').select('action').where('object_type', '=', 'space').where('object_id', '=', String(ids.shed)).orderBy('id').execute()
    assert.deepEqual(audit.map((row) => row.action), ['space.hidden', 'space.shown'])
  })

  it('finds listed spaces by Dutch word stems and despite typos', async () => {
    const { db } = context.database
    assert.deepEqual((await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, 'gymzalen'), 10)).map((hit) => hit.id), [ids.gym])
    assert.deepEqual((await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, 'tuinkeet'), 10)).map((hit) => hit.url), [`/ruimtes/${ids.shed}`])
    assert.deepEqual((await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, 'kultruhus'), 10)).map((hit) => hit.title), ['Grote zaal kulturhus De Eike'])
    const [hit] = await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, 'beamer keuken'), 10)
    assert.deepEqual(hit, { kind: 'space', id: ids.hall, title: 'Grote zaal kulturhus De Eike', snippet: 'Vergaderzaal met beamer en keuken.', url: `/ruimtes/${ids.hall}` })
    assert.deepEqual(await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, '"; drop table spaces; --'), 10), [])
  })

  it('knows the words of a changed description, misspelled too', async () => {
    const { db } = context.database
    assert.deepEqual(await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, 'sjoelbakken'), 10), [])
    await db.updateTable('spaces').set({ description: 'Gymzaal met sjoelbakken voor de ouderenmiddag.' }).where('id', '=', ids.gym!).execute()
    assert.deepEqual((await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, 'sjoelbakken'), 10)).map((hit) => hit.id), [ids.gym])
    assert.deepEqual((await searchSpaces(db, tenantId, await directoryMatch(db, tenantId, 'sjoelbkken'), 10)).map((hit) => hit.id), [ids.gym])
  })
})
