import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import type { PageClient } from '../../support/page-client.ts'
import { clientFor, count, insertEvent, insertOrganisation, insertParty, marketplaceApp, person } from './support.ts'

const AGREEMENTS = '/werk/beursvloer/beursvloer-esveld-2027/afspraken'
/** Thursday 11 March 2027, 16:30 in Esveld: the afternoon of the event. */
const DURING = '2027-03-11T15:30:00Z'

describeEachDatabase('recording agreements at the event', (context) => {
  const clock = fixedClock(DURING)
  let app: FastifyInstance
  let tenantId: number
  let residentId: number
  let coordinator: PageClient
  let resident: PageClient
  let nijhof: { partyId: number; offerId: number; requestId: number }
  let group: { partyId: number; offerId: number; requestId: number }
  let otherEventParty: number
  let auditFrom = 0

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    residentId = await person(db, tenantId, 'erik@nijhofbouw.example', 'resident', 'Erik Nijhof')
    app = await marketplaceApp(db, clock)
    coordinator = await clientFor(app, db, await person(db, tenantId, 'annelies@esveld.example', 'coordinator', 'Annelies Groothuis'))
    resident = await clientFor(app, db, residentId)
  })
  after(() => app.close())
  beforeEach(async () => {
    const { db } = context.database
    clock.set(DURING)
    await db.deleteFrom('marketplace_agreements').execute()
    await db.deleteFrom('marketplace_events').execute()
    await db.deleteFrom('organisation_contacts').execute()
    await db.deleteFrom('organisations').execute()
    // The audit log is append-only: each test reads only what came after this point.
    auditFrom = Number((await db.selectFrom('audit_events').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst())?.id ?? 0)
    const eventId = await insertEvent(db, tenantId, { status: 'closed' })
    nijhof = await insertParty(db, tenantId, eventId, residentId, { organisationId: await insertOrganisation(db, tenantId, residentId, 'Bouwbedrijf Nijhof') })
    group = await insertParty(db, tenantId, eventId, residentId, { groupName: 'Bewoners Kastanjelaan' })
    const otherEvent = await insertEvent(db, tenantId, { slug: 'beursvloer-2026', title: 'Beursvloer 2026', day: '2026-03-12', lastDay: '2026-03-05', status: 'held' })
    otherEventParty = (await insertParty(db, tenantId, otherEvent, residentId, { groupName: 'Bewoners Eikenlaan' })).partyId
  })

  const agreement = (overrides: Record<string, string> = {}) => ({
    giver: String(nijhof.partyId),
    receiver: String(group.partyId),
    listing: '',
    kind: 'people',
    description: 'Twee timmerlieden bouwen een dag mee aan de speeltuin.',
    value: '900',
    counterPerformance: 'De buurt kookt voor de open dag.',
    ...overrides,
  })

  it('lets a coordinator record agreements on the day, newest first, audited', async () => {
    const { db } = context.database
    await coordinator.get(AGREEMENTS)
    const first = await coordinator.post(AGREEMENTS, agreement())
    assert.equal(first.statusCode, 303, first.body.slice(0, 2000))
    clock.advance(60_000)
    const second = await coordinator.post(AGREEMENTS, agreement({ giver: String(group.partyId), receiver: String(nijhof.partyId), kind: 'rooms', description: 'De buurtkamer voor de personeelsborrel.', value: '', counterPerformance: '' }))
    assert.equal(second.statusCode, 303)
    const rows = await db.selectFrom('marketplace_agreements').select(['giver_party_id', 'kind', 'value_cents', 'counter_performance']).orderBy('id').execute()
    assert.deepEqual(rows, [
      { giver_party_id: nijhof.partyId, kind: 'people', value_cents: 90000, counter_performance: 'De buurt kookt voor de open dag.' },
      { giver_party_id: group.partyId, kind: 'rooms', value_cents: null, counter_performance: '' },
    ])
    const page = await coordinator.get(AGREEMENTS)
    assert.match(page.body, /Vastgelegde afspraken \(2\)/)
    assert.match(page.body, /De buurtkamer voor de personeelsborrel\..*Twee timmerlieden bouwen/s, 'newest first')
    const audit = await db.selectFrom('audit_events').select(['action', 'actor_label']).where('id', '>', auditFrom).orderBy('id').execute()
    assert.deepEqual(audit.map((row) => row.action), ['marketplace.agreement.recorded', 'marketplace.agreement.recorded'])
    assert.equal(audit[0]!.actor_label, 'Annelies Groothuis <annelies@esveld.example>')
  })

  it('takes what the notary leaves empty from the chosen listing', async () => {
    const { db } = context.database
    await coordinator.get(AGREEMENTS)
    const recorded = await coordinator.post(AGREEMENTS, agreement({ listing: String(nijhof.offerId), kind: '', description: '', value: '', counterPerformance: '' }))
    assert.equal(recorded.statusCode, 303)
    const row = await db.selectFrom('marketplace_agreements').select(['listing_id', 'kind', 'description', 'value_cents']).executeTakeFirstOrThrow()
    assert.deepEqual(row, { listing_id: nijhof.offerId, kind: 'people', description: 'Twee timmerlieden voor een dag.', value_cents: 90000 })
    await coordinator.post(AGREEMENTS, agreement({ giver: String(nijhof.partyId), receiver: String(group.partyId), listing: String(group.requestId), kind: '', description: '', value: '', counterPerformance: '' }))
    const answered = await db.selectFrom('marketplace_agreements').select('counter_performance').where('listing_id', '=', group.requestId).executeTakeFirstOrThrow()
    assert.equal(answered.counter_performance, 'Koffie en gebak voor de buurt.', 'a request’s counter-offer becomes the counter-performance')
  })

  it('does not let a resident record an agreement', async () => {
    const { db } = context.database
    assert.equal((await resident.get(AGREEMENTS)).statusCode, 403)
    await resident.get('/beursvloer')
    assert.equal((await resident.post(AGREEMENTS, agreement())).statusCode, 403)
    assert.equal(await count(db, 'marketplace_agreements'), 0)
  })

  it('refuses agreements before the day of the event, unless it is marked as held', async () => {
    const { db } = context.database
    clock.set('2027-03-10T15:30:00Z')
    const page = await coordinator.get(AGREEMENTS)
    assert.match(page.body, /Afspraken vastleggen kan op de dag van de beursvloer/)
    assert.doesNotMatch(page.body, /Afspraak opslaan/)
    const early = await coordinator.post(AGREEMENTS, agreement())
    assert.equal(early.statusCode, 409)
    assert.equal(await count(db, 'marketplace_agreements'), 0)
    await db.updateTable('marketplace_events').set({ status: 'held' }).where('slug', '=', 'beursvloer-esveld-2027').execute()
    assert.equal((await coordinator.post(AGREEMENTS, agreement())).statusCode, 303)
  })

  it('explains an unknown party, a negative value and a far too long description, and stores nothing', async () => {
    const { db } = context.database
    await coordinator.get(AGREEMENTS)
    const otherEvent = await coordinator.post(AGREEMENTS, agreement({ receiver: String(otherEventParty) }))
    assert.equal(otherEvent.statusCode, 400)
    assert.match(otherEvent.body, /Deze deelnemer is niet aangemeld voor deze beursvloer/)
    const unknown = await coordinator.post(AGREEMENTS, agreement({ giver: '999999' }))
    assert.equal(unknown.statusCode, 400)
    assert.match(unknown.body, /Deze deelnemer is niet aangemeld voor deze beursvloer/)
    const same = await coordinator.post(AGREEMENTS, agreement({ receiver: String(nijhof.partyId) }))
    assert.equal(same.statusCode, 400)
    assert.match(same.body, /Gever en ontvanger moeten verschillende deelnemers zijn/)
    const negative = await coordinator.post(AGREEMENTS, agreement({ value: '-900' }))
    assert.equal(negative.statusCode, 400)
    assert.match(negative.body, /zonder minteken/)
    const long = await coordinator.post(AGREEMENTS, agreement({ description: 'x'.repeat(10_000) }))
    assert.equal(long.statusCode, 400)
    assert.match(long.body, /Dit is te lang: maximaal 1000 tekens\./)
    const wrongListing = await coordinator.post(AGREEMENTS, agreement({ listing: '999999' }))
    assert.equal(wrongListing.statusCode, 400)
    assert.match(wrongListing.body, /Deze vraag of dit aanbod hoort niet bij de gever of de ontvanger/)
    const nothing = await coordinator.post(AGREEMENTS, { giver: '', receiver: '', listing: '', kind: '', description: '', value: '', counterPerformance: '' })
    assert.equal(nothing.statusCode, 400)
    assert.match(nothing.body, /Kies wie er geeft\./)
    assert.equal(await count(db, 'marketplace_agreements'), 0)
    assert.equal(await count(db, 'marketplace_follow_ups'), 0)
  })

  it('lets a coordinator correct and delete an agreement, both audited', async () => {
    const { db } = context.database
    await coordinator.get(AGREEMENTS)
    await coordinator.post(AGREEMENTS, agreement())
    const { id } = await db.selectFrom('marketplace_agreements').select('id').executeTakeFirstOrThrow()
    const form = await coordinator.get(`${AGREEMENTS}/${id}`)
    assert.match(form.body, /name="value" type="text" value="900"/)
    const changed = await coordinator.post(`${AGREEMENTS}/${id}`, agreement({ value: '1200,50' }))
    assert.equal(changed.statusCode, 303)
    assert.equal((await db.selectFrom('marketplace_agreements').select('value_cents').executeTakeFirstOrThrow()).value_cents, 120050)
    const refused = await coordinator.post(`${AGREEMENTS}/${id}`, agreement({ receiver: String(otherEventParty) }))
    assert.equal(refused.statusCode, 400)
    assert.equal((await coordinator.post(`${AGREEMENTS}/${id}/verwijderen`, {})).statusCode, 303)
    assert.equal(await count(db, 'marketplace_agreements'), 0)
    const audit = await db.selectFrom('audit_events').select('action').where('id', '>', auditFrom).orderBy('id').execute()
    assert.deepEqual(audit.map((row) => row.action), ['marketplace.agreement.recorded', 'marketplace.agreement.changed', 'marketplace.agreement.deleted'])
    assert.equal((await coordinator.post(`${AGREEMENTS}/${id}/verwijderen`, {})).statusCode, 404)
  })
})
