import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import type { PageClient } from '../../support/page-client.ts'
import { signInResident } from '../../support/residents.ts'
import { PNG, areaId, spaceForm, spacesApp } from './support.ts'

describeEachDatabase('listing a space', (context) => {
  const clock = fixedClock('2026-11-27T09:00:00Z')
  let app: FastifyInstance
  let tenantId: number
  let hoeverzand: number
  let owner: PageClient

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    hoeverzand = await areaId(db, tenantId, 'hoeverzand')
    await grantRole(db, tenantId, 'dorpshuis@voorbeeld.nl', 'resident', 'Stichting Dorpshuis De Hoeve')
    app = await spacesApp(db, clock)
    owner = await signInResident(app, db, 'dorpshuis@voorbeeld.nl')
  })
  after(() => app.close())

  async function spaceCount(): Promise<number> {
    return (await context.database.db.selectFrom('spaces').select('id').execute()).length
  }

  it('lists a space with weekly windows, then takes up to five photos with a text alternative', async () => {
    const { db } = context.database
    await owner.get('/ruimtes/nieuw')
    const created = await owner.post('/ruimtes/nieuw', spaceForm(hoeverzand, { 'closure-1-from': '2026-12-24', 'closure-1-to': '2026-12-26', 'closure-1-reason': 'Kerst' }))
    assert.equal(created.statusCode, 303, created.body.slice(0, 2000))
    const id = Number(/^\/ruimtes\/(\d+)\/bewerken/.exec(created.headers.location as string)?.[1])
    const editPage = await owner.get(`/ruimtes/${id}/bewerken?bericht=aangemaakt`)
    assert.match(editPage.body, /Voeg nu foto’s toe/)

    const uploaded = await owner.postMultipart(`/ruimtes/${id}/fotos`, { altText: 'Zaal met lange tafels en een podium' }, { field: 'photo', fileName: 'zaal.png', contentType: 'image/png', content: PNG })
    assert.equal(uploaded.statusCode, 303, uploaded.body.slice(0, 2000))

    const page = await app.inject({ url: `/ruimtes/${id}` })
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Grote zaal dorpshuis De Hoeve/)
    assert.match(page.body, /dinsdag<\/th><td class="utrecht-table__cell">19:00–22:00/)
    assert.match(page.body, /zaterdag<\/th><td class="utrecht-table__cell">09:00–17:00/)
    assert.match(page.body, /donderdag 24 december 2026 tot en met zaterdag 26 december 2026 \(Kerst\)/)
    assert.match(page.body, /Toegankelijk met een rolstoel, Aangepast toilet/)
    assert.doesNotMatch(page.body, /dorpshuis@voorbeeld\.nl/, 'the owner’s e-mail address is never shown')
    const photo = await db.selectFrom('space_photos').select(['id', 'alt_text']).where('space_id', '=', id).executeTakeFirstOrThrow()
    assert.match(page.body, new RegExp(`<img class="noaber-attachments__image" src="/ruimtes/${id}/fotos/${photo.id}" alt="Zaal met lange tafels en een podium"`))

    const served = await app.inject({ url: `/ruimtes/${id}/fotos/${photo.id}` })
    assert.equal(served.statusCode, 200)
    assert.equal(served.headers['content-type'], 'image/png')
    assert.match(served.headers['cache-control'] as string, /^public, max-age=\d+/)
    assert.deepEqual(served.rawPayload, PNG)
    const again = await app.inject({ url: `/ruimtes/${id}/fotos/${photo.id}`, headers: { 'if-none-match': served.headers.etag as string } })
    assert.equal(again.statusCode, 304)

    for (let n = 2; n <= 5; n++) {
      await owner.get(`/ruimtes/${id}/bewerken`)
      assert.equal((await owner.postMultipart(`/ruimtes/${id}/fotos`, { altText: `Foto nummer ${n}` }, { field: 'photo', fileName: `f${n}.png`, contentType: 'image/png', content: PNG })).statusCode, 303)
    }
    await owner.get(`/ruimtes/${id}/bewerken`)
    const sixth = await owner.postMultipart(`/ruimtes/${id}/fotos`, { altText: 'Nog een foto' }, { field: 'photo', fileName: 'f6.png', contentType: 'image/png', content: PNG })
    assert.equal(sixth.statusCode, 400)
    assert.match(sixth.body, /al 5 foto’s/)
    assert.equal((await db.selectFrom('space_photos').select('id').where('space_id', '=', id).execute()).length, 5)
  })

  it('derives the area from a point on the map, whatever area was chosen', async () => {
    const { db } = context.database
    const brinkhorst = await areaId(db, tenantId, 'brinkhorst')
    await owner.get('/ruimtes/nieuw')
    const created = await owner.post('/ruimtes/nieuw', spaceForm(hoeverzand, { name: 'Kulturhus De Eike, kleine zaal', latitude: '52.3395', longitude: '6.6585' }))
    assert.equal(created.statusCode, 303)
    const row = await db.selectFrom('spaces').select(['area_id', 'latitude']).where('name', '=', 'Kulturhus De Eike, kleine zaal').executeTakeFirstOrThrow()
    assert.equal(row.area_id, brinkhorst)
    assert.equal(row.latitude, 52.3395)
  })

  it('refuses bad input with a clear message on each field, and stores nothing', async () => {
    const before = await spaceCount()
    await owner.get('/ruimtes/nieuw')
    const refused = await owner.post(
      '/ruimtes/nieuw',
      spaceForm(hoeverzand, { capacity: '-5', description: 'x'.repeat(10_000), 'window-1-from': '25:00', 'window-2-to': '08:00', price: 'perPartOfDay', priceAmount: 'tien euro', 'closure-1-from': '2026-13-01', 'closure-1-to': '2026-12-01' }),
    )
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Controleer het volgende/)
    assert.match(refused.body, /href="#field-capacity">Vul een heel getal in van 1 tot en met 10\.000\./)
    assert.match(refused.body, /href="#field-description">Dit is te lang: maximaal 5000 tekens\./)
    assert.match(refused.body, /href="#field-window-1-from">Vul een tijd in als uu:mm, zoals 09:30\./)
    assert.match(refused.body, /href="#field-window-2-to">De eindtijd moet later zijn dan de begintijd\./)
    assert.match(refused.body, /href="#field-priceAmount">Vul een bedrag in euro in/)
    assert.match(refused.body, /href="#field-closure-1-from">Vul een datum in/)
    assert.match(refused.body, /value="-5"/, 'what was typed is shown again')

    const noWindows = await owner.post('/ruimtes/nieuw', spaceForm(hoeverzand, { 'window-1-day': '', 'window-1-from': '', 'window-1-to': '', 'window-2-day': '', 'window-2-from': '', 'window-2-to': '', area: '' }))
    assert.equal(noWindows.statusCode, 400)
    assert.match(noWindows.body, /Geef minstens één dag en tijd/)
    assert.match(noWindows.body, /Kies een wijk of dorp, of wijs een plek aan op de kaart/)
    assert.equal(await spaceCount(), before)

    const english = await owner.get('/taal/en?terug=/ruimtes/nieuw')
    assert.equal(english.statusCode, 303)
    await owner.get('/ruimtes/nieuw')
    const inEnglish = await owner.post('/ruimtes/nieuw', spaceForm(hoeverzand, { capacity: '0' }))
    assert.match(inEnglish.body, /Enter a whole number from 1 to 10,000\./)
    await owner.get('/taal/nl?terug=/ruimtes/nieuw')
  })

  it('refuses a photo that is not an image, or one without a text alternative, and stores nothing', async () => {
    const { db } = context.database
    await owner.get('/ruimtes/nieuw')
    const created = await owner.post('/ruimtes/nieuw', spaceForm(hoeverzand, { name: 'Keet van de moestuin' }))
    const id = Number(/^\/ruimtes\/(\d+)\//.exec(created.headers.location as string)?.[1])
    await owner.get(`/ruimtes/${id}/bewerken`)
    const script = await owner.postMultipart(`/ruimtes/${id}/fotos`, { altText: 'Een foto' }, { field: 'photo', fileName: 'foto.jpg', contentType: 'image/jpeg', content: Buffer.from('<script>alert(1)</script>') })
    assert.equal(script.statusCode, 400)
    assert.match(script.body, /Dit bestand is geen foto \(JPEG, PNG of WebP\)/)
    const pdf = await owner.postMultipart(`/ruimtes/${id}/fotos`, { altText: 'Plattegrond' }, { field: 'photo', fileName: 'plattegrond.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') })
    assert.equal(pdf.statusCode, 400)
    assert.match(pdf.body, /Dit bestand is geen foto/)
    const noAlt = await owner.postMultipart(`/ruimtes/${id}/fotos`, { altText: '' }, { field: 'photo', fileName: 'zaal.png', contentType: 'image/png', content: PNG })
    assert.equal(noAlt.statusCode, 400)
    assert.match(noAlt.body, /href="#photo-altText">Vul dit veld in\./)
    assert.equal((await db.selectFrom('space_photos').select('id').where('space_id', '=', id).execute()).length, 0)
  })

  it('lets only the owner and coordinators change a space', async () => {
    const { db } = context.database
    const id = (await db.selectFrom('spaces').select('id').where('name', '=', 'Keet van de moestuin').executeTakeFirstOrThrow()).id
    await grantRole(db, tenantId, 'buurman@voorbeeld.nl', 'resident')
    const neighbour = await signInResident(app, db, 'buurman@voorbeeld.nl')
    assert.equal((await neighbour.get(`/ruimtes/${id}/bewerken`)).statusCode, 403)
    await neighbour.get('/ruimtes')
    assert.equal((await neighbour.post(`/ruimtes/${id}/bewerken`, spaceForm(hoeverzand, { name: 'Gekaapt' }))).statusCode, 403)
    assert.equal((await neighbour.post(`/ruimtes/${id}/verbergen`, { reason: 'Zomaar' })).statusCode, 403)

    await grantRole(db, tenantId, 'coordinator@voorbeeld.nl', 'coordinator')
    const coordinator = await signInResident(app, db, 'coordinator@voorbeeld.nl')
    await coordinator.get(`/ruimtes/${id}/bewerken`)
    const changed = await coordinator.post(`/ruimtes/${id}/bewerken`, spaceForm(hoeverzand, { name: 'Keet van de moestuin aan de Hoeverbeek' }))
    assert.equal(changed.statusCode, 303)
    const audit = await db.selectFrom('audit_events').select('action').where('object_type', '=', 'space').where('object_id', '=', String(id)).execute()
    assert.deepEqual(audit.map((row) => row.action), ['space.changed'])

    await owner.get(`/ruimtes/${id}/bewerken`)
    const unlisted = await owner.post(`/ruimtes/${id}/bewerken`, spaceForm(hoeverzand, { name: 'Keet van de moestuin aan de Hoeverbeek', visibility: 'unlisted' }))
    assert.equal(unlisted.statusCode, 303)
    assert.equal((await neighbour.get(`/ruimtes/${id}`)).statusCode, 404, 'an unlisted space is not there for others')
    assert.equal((await neighbour.get(`/ruimtes/${id}/bewerken`)).statusCode, 404)
    assert.match((await owner.get(`/ruimtes/${id}`)).body, /Deze ruimte staat niet in de lijst/)
  })
})
