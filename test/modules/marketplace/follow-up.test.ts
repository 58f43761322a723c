import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { sendMarketplaceFollowUps } from '../../../src/modules/marketplace/follow-up.ts'
import type { Tenant } from '../../../src/platform/tenancy/tenant-table.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { latestMailLink } from '../../support/outbox.ts'
import { PageClient } from '../../support/page-client.ts'
import { count, insertEvent, insertOrganisation, insertParty, marketplaceApp, person } from './support.ts'

/** The agreement is made on Thursday 11 March 2027 at 16:30 in Esveld. */
const MADE = '2027-03-11T15:30:00Z'
const BASE_URL = new URL('http://localhost:3000')

describeEachDatabase('the follow-up three months after the event', (context) => {
  const clock = fixedClock(MADE)
  let app: FastifyInstance
  let tenant: Tenant

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    tenant = await db.selectFrom('tenants').selectAll().where('id', '=', tenantId).executeTakeFirstOrThrow()
    app = await marketplaceApp(db, clock)
  })
  after(() => app.close())
  beforeEach(async () => {
    const { db } = context.database
    clock.set(MADE)
    await db.deleteFrom('marketplace_events').execute()
    await db.deleteFrom('organisation_contacts').execute()
    await db.deleteFrom('organisations').execute()
    await db.deleteFrom('job_runs').execute()
    await db.deleteFrom('mail_outbox').execute()
    await db.updateTable('people').set({ deleted_at: null }).execute()
    const erik = await person(db, tenant.id, 'erik@nijhofbouw.example', 'resident', 'Erik Nijhof')
    const fleur = await person(db, tenant.id, 'fleur@voorbeeld.nl', 'resident', 'Fleur Jansen')
    const eventId = await insertEvent(db, tenant.id, { status: 'held' })
    const giver = await insertParty(db, tenant.id, eventId, erik, { organisationId: await insertOrganisation(db, tenant.id, erik, 'Bouwbedrijf Nijhof') })
    const receiver = await insertParty(db, tenant.id, eventId, fleur, { groupName: 'Bewoners Kastanjelaan' })
    await db
      .insertInto('marketplace_agreements')
      .values({
        tenant_id: tenant.id, event_id: eventId, giver_party_id: giver.partyId, receiver_party_id: receiver.partyId, listing_id: null, kind: 'people',
        description: 'Twee timmerlieden bouwen een dag mee aan de speeltuin.', value_cents: 90000, counter_performance: 'De buurt kookt voor de open dag.', recorded_by: null,
        created_at: new Date(MADE), updated_at: new Date(MADE),
      })
      .execute()
  })

  const followUps = async () => (await context.database.db.selectFrom('mail_outbox').select(['recipient', 'template', 'params']).where('template', '=', 'marketplaceFollowUp').orderBy('recipient').execute())

  it('asks both parties once, three months later, and never before or twice', async () => {
    const { db } = context.database
    // Friday 11 June 2027, 07:00: three months minus a few hours.
    clock.set('2027-06-11T05:00:00Z')
    assert.deepEqual(await sendMarketplaceFollowUps(db, tenant, clock, BASE_URL), { day: '2027-06-11', status: 'done', mails: 0, skipped: 0 })
    assert.deepEqual(await followUps(), [])

    // Monday 14 June: now it is due.
    clock.set('2027-06-14T05:00:00Z')
    assert.deepEqual(await sendMarketplaceFollowUps(db, tenant, clock, BASE_URL), { day: '2027-06-14', status: 'done', mails: 2, skipped: 0 })
    const mails = await followUps()
    assert.deepEqual(mails.map((mail) => mail.recipient), ['erik@nijhofbouw.example', 'fleur@voorbeeld.nl'])
    const params = mails[0]!.params as Record<string, string>
    assert.equal(params.eventTitle, 'Beursvloer Esveld 2027')
    assert.equal(params.giverName, 'Bouwbedrijf Nijhof')
    assert.equal(params.receiverName, 'Bewoners Kastanjelaan')
    assert.match(params.link!, /^http:\/\/localhost:3000\/beursvloer\/terugblik\?token=[\w-]{40,}$/)
    const stored = await db.selectFrom('marketplace_follow_ups').select(['token_hash', 'sent_at']).execute()
    assert.equal(stored.length, 2)
    assert.ok(stored.every((row) => row.token_hash.length === 64 && !params.link!.includes(row.token_hash)), 'only the hash of the link is kept')

    assert.deepEqual(await sendMarketplaceFollowUps(db, tenant, clock, BASE_URL), { day: '2027-06-14', status: 'alreadyDone' })
    clock.set('2027-06-15T05:00:00Z')
    assert.deepEqual(await sendMarketplaceFollowUps(db, tenant, clock, BASE_URL), { day: '2027-06-15', status: 'done', mails: 0, skipped: 0 })
    assert.equal((await followUps()).length, 2)
    assert.equal(await count(db, 'marketplace_follow_ups'), 2)
  })

  it('does not write to a contact person who deleted their account', async () => {
    const { db } = context.database
    await db.updateTable('people').set({ deleted_at: new Date() }).where('email', '=', 'fleur@voorbeeld.nl').execute()
    clock.set('2027-06-14T05:00:00Z')
    assert.deepEqual(await sendMarketplaceFollowUps(db, tenant, clock, BASE_URL), { day: '2027-06-14', status: 'done', mails: 1, skipped: 1 })
    assert.deepEqual((await followUps()).map((mail) => mail.recipient), ['erik@nijhofbouw.example'])
  })

  it('records the answer from the link without signing in, once; a used or wrong link is refused plainly', async () => {
    const { db } = context.database
    clock.set('2027-06-14T05:00:00Z')
    await sendMarketplaceFollowUps(db, tenant, clock, BASE_URL)
    const link = await latestMailLink(db, 'fleur@voorbeeld.nl')
    const browser = new PageClient(app)
    const page = await browser.get(link)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Is de afspraak nagekomen\?/)
    assert.match(page.body, /Bouwbedrijf Nijhof geeft aan Bewoners Kastanjelaan/)
    const token = new URL(link, BASE_URL).searchParams.get('token')!

    const noAnswer = await browser.post('/beursvloer/terugblik', { token, answer: '', comment: '' })
    assert.equal(noAnswer.statusCode, 400)
    assert.match(noAnswer.body, /Kies of de afspraak is nagekomen\./)
    const tooLong = await browser.post('/beursvloer/terugblik', { token, answer: 'kept', comment: 'x'.repeat(10_000) })
    assert.equal(tooLong.statusCode, 400)
    assert.match(tooLong.body, /Dit is te lang: maximaal 1000 tekens\./)
    assert.equal((await db.selectFrom('marketplace_follow_ups').select('id').where('answer', 'is not', null).execute()).length, 0)

    const answered = await browser.post('/beursvloer/terugblik', { token, answer: 'partly', comment: 'De speeltuin is half af.' })
    assert.equal(answered.statusCode, 303)
    assert.equal(answered.headers.location, '/beursvloer/beursvloer-esveld-2027/resultaten?bericht=bedankt')
    const row = await db.selectFrom('marketplace_follow_ups').select(['answer', 'comment', 'answered_at']).where('answer', 'is not', null).executeTakeFirstOrThrow()
    assert.deepEqual(row, { answer: 'partly', comment: 'De speeltuin is half af.', answered_at: new Date('2027-06-14T05:00:00Z') })
    assert.match((await browser.get(answered.headers.location as string)).body, /Dank u wel voor uw antwoord\./)

    const reused = await browser.get(link)
    assert.equal(reused.statusCode, 410)
    assert.match(reused.body, /U hebt al geantwoord/)
    assert.match(reused.body, /voor een deel/)
    await browser.get('/beursvloer')
    const again = await browser.post('/beursvloer/terugblik', { token, answer: 'kept', comment: '' })
    assert.equal(again.statusCode, 410)
    assert.equal((await db.selectFrom('marketplace_follow_ups').select('answer').where('answer', 'is not', null).executeTakeFirstOrThrow()).answer, 'partly')

    const wrong = await browser.get('/beursvloer/terugblik?token=verzonnen-of-half-gekopieerd')
    assert.equal(wrong.statusCode, 404)
    assert.match(wrong.body, /Deze link werkt niet/)
    const wrongPost = await browser.post('/beursvloer/terugblik', { token: 'verzonnen', answer: 'kept', comment: '' })
    assert.equal(wrongPost.statusCode, 404)
  })
})
