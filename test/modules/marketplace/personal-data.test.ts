import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { NOW, clientFor, insertEvent, insertParty, marketplaceApp, person } from './support.ts'

describeEachDatabase('marketplace registrations in a person’s own data', (context) => {
  let app: FastifyInstance
  let contactId: number

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    contactId = await person(db, tenantId, 'erik@voorbeeld.nl', 'resident', 'Erik Bos')
    const other = await person(db, tenantId, 'ineke@voorbeeld.nl', 'resident', 'Ineke Mulder')
    const eventId = await insertEvent(db, tenantId, { title: 'Beursvloer Esveld 2027' })
    await insertParty(db, tenantId, eventId, contactId, { groupName: 'Bewoners Kastanjelaan' })
    await insertParty(db, tenantId, eventId, other, { groupName: 'Moestuin De Kamp' })
    app = await marketplaceApp(db, fixedClock(NOW))
  })
  after(() => app.close())

  it('lists the parties one registered, with their offers and requests, and nobody else’s', async () => {
    const client = await clientFor(app, context.database.db, contactId)
    const data = JSON.parse((await client.get('/mijn/gegevens.json')).body) as {
      marketplace: { event: string; name: string; listings: { type: string; description: string; counter_offer: string | null }[] }[]
    }
    assert.deepEqual(data.marketplace.map(({ event, name }) => ({ event, name })), [{ event: 'Beursvloer Esveld 2027', name: 'Bewoners Kastanjelaan' }])
    assert.deepEqual(data.marketplace[0]!.listings.map((listing) => listing.type), ['offer', 'request'])
    assert.equal(data.marketplace[0]!.listings[1]!.counter_offer, 'Koffie en gebak voor de buurt.')
  })
})
