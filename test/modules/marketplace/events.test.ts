import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import type { PageClient } from '../../support/page-client.ts'
import { NOW, clientFor, count, marketplaceApp, person } from './support.ts'

describeEachDatabase('organising a marketplace event', (context) => {
  const clock = fixedClock(NOW)
  let app: FastifyInstance
  let coordinator: PageClient
  let resident: PageClient

  const form = (overrides: Record<string, string> = {}) => ({
    title: 'Beursvloer Esveld 2027',
    description: 'Bedrijven, verenigingen en bewoners maken afspraken om elkaar te helpen.',
    place: 'Kantine Esveldse Boys, Sportpark Veldkamp 2',
    date: '2027-03-11',
    from: '16:00',
    to: '18:00',
    deadline: '2027-03-04',
    status: 'draft',
    ...overrides,
  })

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    app = await marketplaceApp(db, clock)
    coordinator = await clientFor(app, db, await person(db, tenantId, 'annelies@esveld.example', 'coordinator', 'Annelies Groothuis'))
    resident = await clientFor(app, db, await person(db, tenantId, 'fleur@voorbeeld.nl', 'resident', 'Fleur Jansen'))
  })
  after(() => app.close())
  beforeEach(async () => {
    await context.database.db.deleteFrom('marketplace_events').execute()
  })

  it('lets a coordinator create an event in local time, kept as a draft until it is opened', async () => {
    const { db } = context.database
    await coordinator.get('/werk/beursvloer/nieuw')
    const created = await coordinator.post('/werk/beursvloer/nieuw', form())
    assert.equal(created.statusCode, 303, created.body.slice(0, 2000))
    assert.equal(created.headers.location, '/werk/beursvloer/beursvloer-esveld-2027?bericht=aangemaakt')
    const event = await db.selectFrom('marketplace_events').selectAll().executeTakeFirstOrThrow()
    // 16:00 in Esveld in March (winter time) is 15:00 UTC; registering can until the end of 4 March.
    assert.equal(event.starts_at.toISOString(), '2027-03-11T15:00:00.000Z')
    assert.equal(event.ends_at.toISOString(), '2027-03-11T17:00:00.000Z')
    assert.equal(event.registration_closes_at.toISOString(), '2027-03-04T23:00:00.000Z')
    assert.equal(event.status, 'draft')
    const audit = await db.selectFrom('audit_events').select(['action', 'actor_label']).where('object_type', '=', 'marketplaceEvent').execute()
    assert.deepEqual(audit, [{ action: 'marketplace.event.created', actor_label: 'Annelies Groothuis <annelies@esveld.example>' }])

    assert.equal((await app.inject({ url: '/beursvloer/beursvloer-esveld-2027' })).statusCode, 404, 'a draft is not public')
    assert.doesNotMatch((await app.inject({ url: '/beursvloer' })).body, /Beursvloer Esveld 2027/)
    assert.match((await coordinator.get('/werk/beursvloer')).body, /Beursvloer Esveld 2027/)

    await coordinator.get('/werk/beursvloer/beursvloer-esveld-2027')
    const opened = await coordinator.post('/werk/beursvloer/beursvloer-esveld-2027', form({ status: 'open', title: 'Beursvloer Esveld voorjaar 2027' }))
    assert.equal(opened.statusCode, 303)
    const list = await app.inject({ url: '/beursvloer' })
    assert.match(list.body, /Komende beursvloeren.*Beursvloer Esveld voorjaar 2027/s)
    const page = await app.inject({ url: '/beursvloer/beursvloer-esveld-2027' })
    assert.equal(page.statusCode, 200, 'the address stays when the title changes')
    assert.match(page.body, /donderdag 11 maart 2027, 16:00–18:00/)
    assert.match(page.body, /Zo werkt het/)
    assert.match(page.body, /Laatste dag om aan te melden<\/dt><dd>donderdag 4 maart 2027/)
    assert.deepEqual((await db.selectFrom('audit_events').select('action').where('object_type', '=', 'marketplaceEvent').orderBy('id').execute()).map((row) => row.action), ['marketplace.event.created', 'marketplace.event.changed'])
  })

  it('refuses residents: they get 403 and nothing is stored', async () => {
    const { db } = context.database
    assert.equal((await resident.get('/werk/beursvloer/nieuw')).statusCode, 403)
    assert.equal((await resident.get('/werk/beursvloer')).statusCode, 403)
    await resident.get('/beursvloer')
    const refused = await resident.post('/werk/beursvloer/nieuw', form())
    assert.equal(refused.statusCode, 403)
    assert.equal(await count(db, 'marketplace_events'), 0)
  })

  it('explains each problem with the form and stores nothing', async () => {
    const { db } = context.database
    await coordinator.get('/werk/beursvloer/nieuw')
    const empty = await coordinator.post('/werk/beursvloer/nieuw', { title: '', description: '', place: '', date: '', from: '', to: '', deadline: '', status: '' })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /Controleer het volgende/)
    assert.match(empty.body, /Vul dit veld in\./)

    const long = await coordinator.post('/werk/beursvloer/nieuw', form({ description: 'x'.repeat(10_000) }))
    assert.equal(long.statusCode, 400)
    assert.match(long.body, /Dit is te lang: maximaal 5000 tekens\./)

    const wrongTimes = await coordinator.post('/werk/beursvloer/nieuw', form({ from: '18:00', to: '16:00', deadline: '2027-03-12', date: '2027-03-11' }))
    assert.equal(wrongTimes.statusCode, 400)
    assert.match(wrongTimes.body, /De eindtijd moet later zijn dan de begintijd\./)
    assert.match(wrongTimes.body, /De laatste dag om aan te melden kan niet na de beursvloer liggen\./)

    const badDate = await coordinator.post('/werk/beursvloer/nieuw', form({ date: '2027-02-30', from: '25:00', status: 'geweest' }))
    assert.equal(badDate.statusCode, 400)
    assert.match(badDate.body, /Vul een datum in, zoals 2027-03-12\./)
    assert.match(badDate.body, /Vul een tijd in als uu:mm/)
    assert.match(badDate.body, /Kies uit de lijst\./)
    assert.equal(await count(db, 'marketplace_events'), 0)
  })

  it('closes registration when the event begins if the last day is the day itself', async () => {
    const { db } = context.database
    await coordinator.get('/werk/beursvloer/nieuw')
    assert.equal((await coordinator.post('/werk/beursvloer/nieuw', form({ deadline: '2027-03-11' }))).statusCode, 303)
    const event = await db.selectFrom('marketplace_events').select(['starts_at', 'registration_closes_at']).executeTakeFirstOrThrow()
    assert.equal(event.registration_closes_at.toISOString(), event.starts_at.toISOString())
    const again = await coordinator.get('/werk/beursvloer/beursvloer-esveld-2027')
    assert.match(again.body, /name="deadline" type="date" value="2027-03-11"/)
  })
})
