import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { signInResident } from '../../support/residents.ts'
import { NEXT_TUESDAY, NOW, areaId, insertSpace, spacesApp, validSpace } from './support.ts'

describeEachDatabase('spaces and bookings in a person’s own data', (context) => {
  let app: FastifyInstance
  let spaceId: number
  let otherSpaceId: number

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    const ownerId = (await grantRole(db, tenantId, 'schuur@voorbeeld.nl', 'resident', 'Schuur van Gerrit')).person.id
    const otherOwnerId = (await grantRole(db, tenantId, 'kantine@voorbeeld.nl', 'resident', 'Kantine Esveldse Boys')).person.id
    await grantRole(db, tenantId, 'anouk@voorbeeld.nl', 'resident', 'Anouk de Vries')
    const hoeverzand = await areaId(db, tenantId, 'hoeverzand')
    spaceId = await insertSpace(db, tenantId, ownerId, validSpace(hoeverzand, { name: 'Schuur aan de Esch', capacity: 30 }))
    otherSpaceId = await insertSpace(db, tenantId, otherOwnerId, validSpace(hoeverzand, { name: 'Kantine aan het sportpark', capacity: 60 }))
    app = await spacesApp(db, fixedClock(NOW))
  })
  after(() => app.close())

  const requestBooking = async (email: string, space = spaceId) => {
    const requester = await signInResident(app, context.database.db, email)
    await requester.get(`/ruimtes/${space}/reserveren`)
    const response = await requester.post(`/ruimtes/${space}/reserveren`, { date: NEXT_TUESDAY, from: '19:30', to: '21:30', people: '12', purpose: 'Repaircafé voor de buurt' })
    assert.ok(response.statusCode < 400, response.body)
    return requester
  }

  it('lists the spaces one offers and the bookings one asked for in the data download', async () => {
    const requester = await requestBooking('anouk@voorbeeld.nl')
    const asked = JSON.parse((await requester.get('/mijn/gegevens.json')).body) as { spaces: { bookingRequests: { space: string; purpose: string; status: string }[] } }
    assert.deepEqual(asked.spaces.bookingRequests.map(({ space, purpose, status }) => ({ space, purpose, status })), [{ space: 'Schuur aan de Esch', purpose: 'Repaircafé voor de buurt', status: 'pending' }])
    const owner = await signInResident(app, context.database.db, 'schuur@voorbeeld.nl')
    const offered = JSON.parse((await owner.get('/mijn/gegevens.json')).body) as { spaces: { spaces: { name: string; capacity: number }[] } }
    assert.deepEqual(offered.spaces.spaces.map(({ name, capacity }) => ({ name, capacity })), [{ name: 'Schuur aan de Esch', capacity: 30 }])
  })

  it('takes the spaces of a deleted account off the listing and declines their open requests', async () => {
    const { db } = context.database
    const owner = await signInResident(app, db, 'schuur@voorbeeld.nl')
    await owner.get('/mijn/gegevens')
    assert.equal((await owner.post('/mijn/account-verwijderen', { confirm: 'yes' })).statusCode, 303)
    const space = await db.selectFrom('spaces').select(['hidden_at']).where('id', '=', spaceId).executeTakeFirstOrThrow()
    assert.notEqual(space.hidden_at, null)
    const bookings = await db.selectFrom('space_bookings').select('status').where('space_id', '=', spaceId).execute()
    assert.deepEqual(bookings.map((booking) => booking.status), ['declined'])
    assert.doesNotMatch((await app.inject({ url: '/ruimtes' })).body, /Schuur aan de Esch/)
  })

  it('calls off the open requests of a deleted account', async () => {
    const { db } = context.database
    const requester = await requestBooking('anouk@voorbeeld.nl', otherSpaceId)
    await requester.get('/mijn/gegevens')
    assert.equal((await requester.post('/mijn/account-verwijderen', { confirm: 'yes' })).statusCode, 303)
    const bookings = await db.selectFrom('space_bookings').select('status').where('space_id', '=', otherSpaceId).execute()
    assert.deepEqual(bookings.map((booking) => booking.status), ['cancelled'])
  })
})
