import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { registerParty } from '../../../src/modules/marketplace/registration-service.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import type { PageClient } from '../../support/page-client.ts'
import { NOW, clientFor, count, insertEvent, insertOrganisation, marketplaceApp, person } from './support.ts'

const EVENT = '/beursvloer/beursvloer-esveld-2027'

describeEachDatabase('registering for a marketplace event', (context) => {
  const clock = fixedClock(NOW)
  let app: FastifyInstance
  let tenantId: number
  let eventId: number
  let erikId: number
  let nijhofId: number
  let invitedOrganisationId: number
  let initiativeId: number
  let erik: PageClient
  let fleur: PageClient
  let coordinator: PageClient

  const registration = (overrides: Record<string, string> = {}) => ({
    party: `organisation-${nijhofId}`,
    groupName: '',
    'offer-1-kind': 'people',
    'offer-1-description': 'Een timmerman en een uitvoerder, één dag.',
    'offer-1-value': '900',
    'offer-2-kind': 'materials',
    'offer-2-description': 'Restpartij steigerhout.',
    'offer-2-value': '',
    'request-1-kind': 'people',
    'request-1-description': 'Jongeren die meehelpen op onze open dag.',
    'request-1-value': '',
    'request-1-counterOffer': 'Een rondleiding op de bouwplaats voor een schoolklas.',
    ...overrides,
  })

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    erikId = await person(db, tenantId, 'erik@nijhofbouw.example', 'resident', 'Erik Nijhof')
    const fleurId = await person(db, tenantId, 'fleur@voorbeeld.nl', 'resident', 'Fleur Jansen')
    nijhofId = await insertOrganisation(db, tenantId, erikId, 'Bouwbedrijf Nijhof')
    // Fleur was invited to this one but has not accepted: she is not its contact person yet.
    invitedOrganisationId = await insertOrganisation(db, tenantId, fleurId, 'Bakkerij Ter Haar', { accepted: false })
    initiativeId = (
      await db
        .insertInto('initiatives')
        .values({
          tenant_id: tenantId, title: 'Bankjes langs de Regge', summary: 'Bankjes om even uit te rusten langs het fietspad.', description: '', area_id: null, latitude: null, longitude: null,
          initiator_kind: 'resident', status: 'underWay', publication: 'published', publication_note: null, initiator_id: fleurId, broker_id: null,
          contact_name: 'Fleur', contact_email: 'fleur@voorbeeld.nl', contact_phone: null, government_role: null, outcome: null, submission_key: 'marketplace-test-0001', confirmed_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    app = await marketplaceApp(db, clock)
    erik = await clientFor(app, db, erikId)
    fleur = await clientFor(app, db, fleurId)
    coordinator = await clientFor(app, db, await person(db, tenantId, 'annelies@esveld.example', 'coordinator', 'Annelies Groothuis'))
  })
  after(() => app.close())
  beforeEach(async () => {
    clock.set(NOW)
    await context.database.db.deleteFrom('marketplace_events').execute()
    eventId = await insertEvent(context.database.db, tenantId)
  })

  const register = async (client: PageClient, form: Record<string, string>) => {
    await client.get(`${EVENT}/aanmelden`)
    return client.post(`${EVENT}/aanmelden`, form)
  }

  it('registers an organisation with its offers and requests, each request with its counter-offer', async () => {
    const { db } = context.database
    const form = await erik.get(`${EVENT}/aanmelden`)
    assert.match(form.body, /De organisatie Bouwbedrijf Nijhof/)
    assert.doesNotMatch(form.body, /Bakkerij Ter Haar/)
    const registered = await erik.post(`${EVENT}/aanmelden`, registration())
    assert.equal(registered.statusCode, 303, registered.body.slice(0, 3000))
    const party = await db.selectFrom('marketplace_parties').selectAll().executeTakeFirstOrThrow()
    assert.equal(registered.headers.location, `${EVENT}/aanmeldingen/${party.id}?bericht=aangemeld`)
    assert.deepEqual([party.kind, party.organisation_id, party.contact_person_id], ['organisation', nijhofId, erikId])
    const listings = await db.selectFrom('marketplace_listings').select(['type', 'kind', 'value_cents', 'counter_offer']).orderBy('id').execute()
    assert.deepEqual(listings, [
      { type: 'offer', kind: 'people', value_cents: 90000, counter_offer: null },
      { type: 'offer', kind: 'materials', value_cents: null, counter_offer: null },
      { type: 'request', kind: 'people', value_cents: null, counter_offer: 'Een rondleiding op de bouwplaats voor een schoolklas.' },
    ])

    const page = await app.inject({ url: EVENT })
    assert.match(page.body, /<a class="utrecht-link" href="\/organisaties\/bouwbedrijf-nijhof">Bouwbedrijf Nijhof<\/a>/)
    assert.match(page.body, /Jongeren die meehelpen op onze open dag\..*In ruil daarvoor:.*Een rondleiding op de bouwplaats/s)
    assert.match(page.body, /geschatte waarde €\s900/)
    assert.doesNotMatch(page.body, /erik@nijhofbouw\.example|Erik Nijhof/, 'no contact person on the public page')
    assert.match((await erik.get(EVENT)).body, /Uw aanmeldingen/)
  })

  it('refuses a request without its counter-offer with a clear message, and stores nothing', async () => {
    const { db } = context.database
    const refused = await register(erik, registration({ 'request-1-counterOffer': '' }))
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Bij elke vraag hoort een tegenprestatie: schrijf op wat u ervoor teruggeeft/)
    assert.match(refused.body, /href="#field-request-1-counterOffer"/)
    // What was typed is shown again.
    assert.match(refused.body, /Jongeren die meehelpen op onze open dag\./)
    assert.equal(await count(db, 'marketplace_parties'), 0)
    assert.equal(await count(db, 'marketplace_listings'), 0)
  })

  it('refuses a request without a counter-offer in the service and in the database too', async () => {
    const { db } = context.database
    const event = await db.selectFrom('marketplace_events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow()
    const outcome = await registerParty(db, { tenantId, personId: erikId, label: 'test', locale: 'nl', now: clock.now() }, event, { kind: 'organisation', organisationId: nijhofId }, [
      { type: 'request', kind: 'rooms', description: 'Een zaal', valueCents: null, counterOffer: '  ' },
    ])
    assert.deepEqual(outcome, { problem: 'counterOffer' })
    assert.equal(await count(db, 'marketplace_parties'), 0)

    const { id: partyId } = await db
      .insertInto('marketplace_parties')
      .values({ tenant_id: tenantId, event_id: eventId, kind: 'residentGroup', organisation_id: null, initiative_id: null, group_name: 'Bewoners Kastanjelaan', contact_person_id: erikId, locale: 'nl' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await assert.rejects(
      db.insertInto('marketplace_listings').values({ party_id: partyId, type: 'request', kind: 'rooms', description: 'Een zaal voor de buurtmaaltijd', value_cents: null, counter_offer: null }).execute(),
      /marketplace_request_has_counter_offer/,
    )
    await assert.rejects(
      db.insertInto('marketplace_listings').values({ party_id: partyId, type: 'request', kind: 'rooms', description: 'Een zaal voor de buurtmaaltijd', value_cents: null, counter_offer: ' ' }).execute(),
      /marketplace_request_has_counter_offer/,
    )
    assert.equal(await count(db, 'marketplace_listings'), 0)
  })

  it('refuses registration after the last day, with a message, and stores nothing', async () => {
    const { db } = context.database
    await erik.get(`${EVENT}/aanmelden`)
    // Friday 5 March, 00:00 in Esveld: Thursday the 4th was the last day.
    clock.set('2027-03-04T23:00:00Z')
    const refused = await erik.post(`${EVENT}/aanmelden`, registration())
    assert.equal(refused.statusCode, 409)
    assert.match(refused.body, /Aanmelden voor deze beursvloer kan niet meer/)
    assert.equal(await count(db, 'marketplace_parties'), 0)
    const page = await erik.get(`${EVENT}/aanmelden`)
    assert.match(page.body, /Aanmelden voor deze beursvloer kan niet meer/)
    assert.doesNotMatch(page.body, /name="party"/)
    assert.doesNotMatch((await erik.get(EVENT)).body, /Aanmelden voor deze beursvloer<\/a>/)

    clock.set('2027-03-04T22:59:00Z')
    assert.equal((await register(erik, registration())).statusCode, 303, 'still possible at 23:59 on the last day')
  })

  it('refuses someone who is not an accepted contact person of the organisation', async () => {
    const { db } = context.database
    const notHis = await register(fleur, registration())
    assert.equal(notHis.statusCode, 403)
    assert.match(notHis.body, /U kunt alleen een organisatie aanmelden waarvan u contactpersoon bent/)
    const onlyInvited = await register(fleur, registration({ party: `organisation-${invitedOrganisationId}` }))
    assert.equal(onlyInvited.statusCode, 403)
    const notHerInitiative = await register(erik, registration({ party: `initiative-${initiativeId}` }))
    assert.equal(notHerInitiative.statusCode, 403)
    assert.equal(await count(db, 'marketplace_parties'), 0)
  })

  it('registers an own initiative and a group of residents, and each party only once', async () => {
    const { db } = context.database
    assert.equal((await register(fleur, registration({ party: `initiative-${initiativeId}` }))).statusCode, 303)
    assert.equal((await register(fleur, registration({ party: 'group', groupName: 'Bewoners Kastanjelaan' }))).statusCode, 303)
    assert.equal((await register(erik, registration())).statusCode, 303)

    const again = await register(erik, registration())
    assert.equal(again.statusCode, 409)
    assert.match(again.body, /Deze deelnemer is al aangemeld voor deze beursvloer/)
    const sameGroup = await register(erik, registration({ party: 'group', groupName: 'bewoners kastanjelaan' }))
    assert.equal(sameGroup.statusCode, 409)
    const noName = await register(erik, registration({ party: 'group', groupName: '' }))
    assert.equal(noName.statusCode, 400)
    assert.equal(await count(db, 'marketplace_parties'), 3)

    const page = await app.inject({ url: EVENT })
    assert.match(page.body, /3 deelnemers/)
    assert.match(page.body, /<a class="utrecht-link" href="\/initiatieven\/\d+">Bankjes langs de Regge<\/a>/)
    assert.match(page.body, /Bewoners Kastanjelaan/)
    assert.doesNotMatch(page.body, /Fleur/)
  })

  it('lets the contact person change and delete listings until the last day; others see nothing', async () => {
    const { db } = context.database
    await register(erik, registration())
    const party = await db.selectFrom('marketplace_parties').select('id').executeTakeFirstOrThrow()
    const base = `${EVENT}/aanmeldingen/${party.id}`
    const [offer, , request] = await db.selectFrom('marketplace_listings').select('id').orderBy('id').execute()

    await erik.get(base)
    const changed = await erik.post(`${base}/vraag-en-aanbod/${offer!.id}`, { kind: 'people', description: 'Twee timmerlieden, twee dagen.', value: '1800', counterOffer: '' })
    assert.equal(changed.statusCode, 303)
    assert.equal((await db.selectFrom('marketplace_listings').select('value_cents').where('id', '=', offer!.id).executeTakeFirstOrThrow()).value_cents, 180000)

    const noCounterOffer = await erik.post(`${base}/vraag-en-aanbod/${request!.id}`, { kind: 'people', description: 'Jongeren op de open dag.', value: '', counterOffer: '' })
    assert.equal(noCounterOffer.statusCode, 400)
    assert.match(noCounterOffer.body, /Bij elke vraag hoort een tegenprestatie/)
    assert.equal((await db.selectFrom('marketplace_listings').select('counter_offer').where('id', '=', request!.id).executeTakeFirstOrThrow()).counter_offer, 'Een rondleiding op de bouwplaats voor een schoolklas.')

    const added = await erik.post(`${base}/vraag-en-aanbod`, { type: 'request', kind: 'money', description: 'Een bijdrage voor de nieuwe kantine.', value: '500', counterOffer: 'Uw naam op het bord bij de ingang.' })
    assert.equal(added.statusCode, 303)
    assert.equal((await erik.post(`${base}/vraag-en-aanbod/${offer!.id}/verwijderen`, {})).statusCode, 303)
    assert.equal(await count(db, 'marketplace_listings'), 3)

    assert.equal((await fleur.get(base)).statusCode, 404, 'someone else’s registration is as if it did not exist')
    await fleur.get(EVENT)
    assert.equal((await fleur.post(`${base}/vraag-en-aanbod/${request!.id}/verwijderen`, {})).statusCode, 404)

    clock.set('2027-03-05T08:00:00Z')
    const page = await erik.get(base)
    assert.match(page.body, /Wijzigen kan niet meer/)
    const late = await erik.post(`${base}/vraag-en-aanbod/${request!.id}/verwijderen`, {})
    assert.equal(late.statusCode, 409)
    assert.match(late.body, /de aanmelding voor deze beursvloer is gesloten/)
    assert.equal((await erik.post(`${base}/intrekken`, {})).statusCode, 409)
    assert.equal(await count(db, 'marketplace_listings'), 3)
  })

  it('lets the contact person withdraw the registration before the last day', async () => {
    const { db } = context.database
    await register(erik, registration())
    const party = await db.selectFrom('marketplace_parties').select('id').executeTakeFirstOrThrow()
    await erik.get(`${EVENT}/aanmeldingen/${party.id}`)
    const withdrawn = await erik.post(`${EVENT}/aanmeldingen/${party.id}/intrekken`, {})
    assert.equal(withdrawn.statusCode, 303)
    assert.equal(await count(db, 'marketplace_parties'), 0)
    assert.equal(await count(db, 'marketplace_listings'), 0)
  })

  it('shows coordinators every registration with its contact person', async () => {
    await register(erik, registration())
    await register(fleur, registration({ party: 'group', groupName: 'Bewoners Kastanjelaan' }))
    const page = await coordinator.get('/werk/beursvloer/beursvloer-esveld-2027/aanmeldingen')
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /2 deelnemers/)
    assert.match(page.body, /Bouwbedrijf Nijhof.*Contactpersoon: Erik Nijhof/s)
    assert.match(page.body, /Bewoners Kastanjelaan.*Contactpersoon: Fleur Jansen/s)
    assert.equal((await erik.get('/werk/beursvloer/beursvloer-esveld-2027/aanmeldingen')).statusCode, 403)
  })

  it('explains bad values and too-long descriptions, and stores nothing', async () => {
    const { db } = context.database
    const negative = await register(erik, registration({ 'offer-1-value': '-50' }))
    assert.equal(negative.statusCode, 400)
    assert.match(negative.body, /Vul een bedrag in euro in, zoals 250 of 12,50: zonder minteken/)
    const long = await register(erik, registration({ 'offer-2-description': 'x'.repeat(10_000) }))
    assert.equal(long.statusCode, 400)
    assert.match(long.body, /Dit is te lang: maximaal 1000 tekens\./)
    const unknownKind = await register(erik, registration({ 'offer-1-kind': 'diamonds', party: 'organisation-999999' }))
    assert.equal(unknownKind.statusCode, 400)
    assert.match(unknownKind.body, /Kies uit de lijst\./)
    const nothing = await register(erik, { party: `organisation-${nijhofId}` })
    assert.equal(nothing.statusCode, 400)
    assert.match(nothing.body, /Vul minstens één aanbod of vraag in\./)
    const unknownParty = await register(erik, registration({ party: 'organisation-999999' }))
    assert.equal(unknownParty.statusCode, 403)
    assert.equal(await count(db, 'marketplace_parties'), 0)
    assert.equal(await count(db, 'marketplace_listings'), 0)
  })
})
