import assert from 'node:assert/strict'
import { before, after, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { eventResults } from '../../../src/modules/marketplace/results.ts'
import type { FollowUpAnswer, ListingKind } from '../../../src/modules/marketplace/vocabulary.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { insertEvent, insertOrganisation, insertParty, marketplaceApp, person } from './support.ts'

describeEachDatabase('the results page of an event', (context) => {
  const clock = fixedClock('2027-07-01T09:00:00Z')
  let app: FastifyInstance
  let eventId: number

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    const erik = await person(db, tenantId, 'erik@nijhofbouw.example', 'resident', 'Erik Nijhof')
    const bianca = await person(db, tenantId, 'bianca@terhaar.example', 'resident', 'Bianca Ter Haar')
    const fleur = await person(db, tenantId, 'fleur@voorbeeld.nl', 'resident', 'Fleur Jansen')
    eventId = await insertEvent(db, tenantId, { status: 'held' })
    const nijhof = await insertParty(db, tenantId, eventId, erik, { organisationId: await insertOrganisation(db, tenantId, erik, 'Bouwbedrijf Nijhof') })
    // A coordinator hid this organisation: the results do not name it.
    const hidden = await insertParty(db, tenantId, eventId, bianca, { organisationId: await insertOrganisation(db, tenantId, bianca, 'Bakkerij Ter Haar', { visibility: 'hidden' }) })
    const group = await insertParty(db, tenantId, eventId, fleur, { groupName: 'Bewoners Kastanjelaan' })
    const agreements: { giver: number; receiver: number; kind: ListingKind; euros: number | null; description: string; answers: (FollowUpAnswer | null)[] }[] = [
      { giver: nijhof.partyId, receiver: group.partyId, kind: 'people', euros: 900, description: 'Twee timmerlieden bouwen mee aan de speeltuin.', answers: ['kept', 'kept'] },
      { giver: hidden.partyId, receiver: group.partyId, kind: 'materials', euros: 120.5, description: 'Krentenwegge voor het buurtfeest.', answers: ['partly', null] },
      { giver: group.partyId, receiver: nijhof.partyId, kind: 'people', euros: null, description: 'Vijf bewoners helpen op de open dag.', answers: ['notKept', null] },
    ]
    for (const [index, agreement] of agreements.entries()) {
      const { id } = await db
        .insertInto('marketplace_agreements')
        .values({
          tenant_id: tenantId, event_id: eventId, giver_party_id: agreement.giver, receiver_party_id: agreement.receiver, listing_id: null, kind: agreement.kind, description: agreement.description,
          value_cents: agreement.euros === null ? null : Math.round(agreement.euros * 100), counter_performance: '', recorded_by: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      for (const [side, answer] of agreement.answers.entries()) {
        await db
          .insertInto('marketplace_follow_ups')
          .values({ agreement_id: id, party_id: side === 0 ? agreement.giver : agreement.receiver, token_hash: `hash-${index}-${side}`, sent_at: new Date(), answer, answered_at: answer ? new Date() : null })
          .execute()
      }
    }
    app = await marketplaceApp(db, clock)
  })
  after(() => app.close())

  it('adds up parties, agreements, value by kind and the share kept', async () => {
    const results = await eventResults(context.database.db, eventId)
    assert.deepEqual(results, {
      parties: 3,
      agreements: 3,
      valueCents: 102050,
      byKind: [
        { kind: 'people', agreements: 2, valueCents: 90000 },
        { kind: 'materials', agreements: 1, valueCents: 12050 },
      ],
      answers: { kept: 2, partly: 1, notKept: 1 },
      answered: 4,
      keptPercent: 50,
    })
  })

  it('shows the figures and the agreements publicly, by public names only', async () => {
    const page = await app.inject({ url: '/beursvloer/beursvloer-esveld-2027/resultaten' })
    assert.equal(page.statusCode, 200)
    const body = page.body.replace(/\u00a0/g, ' ')
    assert.match(body, /<dt>Deelnemers<\/dt><dd>3<\/dd>/)
    assert.match(body, /<dt>Afspraken<\/dt><dd>3<\/dd>/)
    assert.match(body, /<dt>Geschatte waarde<\/dt><dd>€ 1\.020,50<\/dd>/)
    assert.match(body, /<dt>Nagekomen<\/dt><dd>50% \(2 van 4 antwoorden\)<\/dd>/)
    assert.match(body, /Mensen en handen<\/th><td class="utrecht-table__cell">2<\/td><td class="utrecht-table__cell">€ 900<\/td>/)
    assert.match(body, /Bouwbedrijf Nijhof<\/a><\/strong> geeft aan <strong>Bewoners Kastanjelaan/)
    assert.match(body, /<strong>Een organisatie<\/strong> geeft aan <strong>Bewoners Kastanjelaan/)
    assert.doesNotMatch(body, /Bakkerij Ter Haar/)
    assert.doesNotMatch(body, /@|Erik Nijhof|Bianca|Fleur/, 'no people’s names or e-mail addresses')
  })

  it('is not public while the event is a draft; a held event is listed among the earlier ones', async () => {
    const { db } = context.database
    await db.updateTable('marketplace_events').set({ status: 'draft' }).where('id', '=', eventId).execute()
    assert.equal((await app.inject({ url: '/beursvloer/beursvloer-esveld-2027/resultaten' })).statusCode, 404)
    await db.updateTable('marketplace_events').set({ status: 'held' }).where('id', '=', eventId).execute()
    const list = await app.inject({ url: '/beursvloer' })
    assert.match(list.body, /Eerdere beursvloeren.*Beursvloer Esveld 2027.*3 deelnemers, 3 afspraken/s)
  })
})
