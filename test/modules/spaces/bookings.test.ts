import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { decideBooking, requestBooking, type BookingContext } from '../../../src/modules/spaces/booking-service.ts'
import { findSpace } from '../../../src/modules/spaces/space-queries.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { latestMailLink } from '../../support/outbox.ts'
import type { PageClient } from '../../support/page-client.ts'
import { signInResident } from '../../support/residents.ts'
import { NEXT_TUESDAY, NOW, areaId, insertSpace, spacesApp, validSpace } from './support.ts'

describeEachDatabase('booking requests for a space', (context) => {
  const clock = fixedClock(NOW)
  let app: FastifyInstance
  let tenantId: number
  let spaceId: number
  let ownerId: number
  let requesterId: number
  let owner: PageClient
  let requester: PageClient

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    ownerId = (await grantRole(db, tenantId, 'beheer@dehoeve.example', 'resident', 'Dorpshuis De Hoeve')).person.id
    requesterId = (await grantRole(db, tenantId, 'fleur@voorbeeld.nl', 'resident', 'Fleur Jansen')).person.id
    const hoeverzand = await areaId(db, tenantId, 'hoeverzand')
    spaceId = await insertSpace(db, tenantId, ownerId, validSpace(hoeverzand, { capacity: 40, closures: [{ startsOn: '2026-12-08', endsOn: '2026-12-08', reason: 'Onderhoud' }] }))
    app = await spacesApp(db, clock)
    owner = await signInResident(app, db, 'beheer@dehoeve.example')
    requester = await signInResident(app, db, 'fleur@voorbeeld.nl')
  })
  after(() => app.close())
  beforeEach(async () => {
    clock.set(NOW)
    await context.database.db.deleteFrom('space_bookings').execute()
  })

  const ask = async (client: PageClient, form: Record<string, string>) => {
    await client.get(`/ruimtes/${spaceId}/reserveren`)
    return client.post(`/ruimtes/${spaceId}/reserveren`, { date: NEXT_TUESDAY, from: '19:30', to: '21:30', people: '25', purpose: 'Buurtvergadering over de speeltuin', ...form })
  }

  async function bookings() {
    return context.database.db.selectFrom('space_bookings').select(['id', 'status', 'starts_at', 'ends_at', 'decision_reason']).orderBy('id').execute()
  }

  async function lastMail(to: string) {
    return context.database.db.selectFrom('mail_outbox').select(['template', 'locale', 'params']).where('recipient', '=', to).orderBy('id', 'desc').executeTakeFirstOrThrow()
  }

  it('sends the request to the owner, who accepts it; the requester hears so by mail', async () => {
    const asked = await ask(requester, {})
    assert.equal(asked.statusCode, 303, asked.body.slice(0, 3000))
    const [booking] = await bookings()
    assert.equal(booking!.status, 'pending')
    // 19:30 in Esveld in December is 18:30 UTC.
    assert.equal(booking!.starts_at.toISOString(), '2026-12-01T18:30:00.000Z')
    assert.equal(booking!.ends_at.toISOString(), '2026-12-01T20:30:00.000Z')

    const toOwner = await lastMail('beheer@dehoeve.example')
    assert.equal(toOwner.template, 'spaceBookingRequested')
    assert.deepEqual(toOwner.params, {
      tenantName: 'Gemeente Esveld', spaceName: 'Grote zaal dorpshuis De Hoeve', requesterName: 'Fleur Jansen', when: 'dinsdag 1 december 2026, 19:30–21:30', peopleCount: 25,
      purpose: 'Buurtvergadering over de speeltuin', link: 'http://localhost:3000/mijn/ruimtes',
    })

    const overview = await owner.get(await latestMailLink(context.database.db, 'beheer@dehoeve.example'))
    assert.match(overview.body, /Aangevraagd door Fleur Jansen/)
    assert.doesNotMatch(overview.body, /fleur@voorbeeld\.nl/, 'the requester’s e-mail address is not shown to the owner')
    const accepted = await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/accepteren`, {})
    assert.equal(accepted.statusCode, 303)
    assert.equal((await bookings())[0]!.status, 'accepted')

    const toRequester = await lastMail('fleur@voorbeeld.nl')
    assert.equal(toRequester.template, 'spaceBookingAnswered')
    assert.deepEqual(toRequester.params, { tenantName: 'Gemeente Esveld', spaceName: 'Grote zaal dorpshuis De Hoeve', when: 'dinsdag 1 december 2026, 19:30–21:30', accepted: true, reason: '', link: 'http://localhost:3000/mijn/reserveringen' })
    const mine = await requester.get('/mijn/reserveringen')
    assert.match(mine.body, /Grote zaal dorpshuis De Hoeve<\/a> <span class="noaber-tag">Goedgekeurd<\/span>/)
    assert.match((await app.inject({ url: `/ruimtes/${spaceId}` })).body, /Al gereserveerd.*dinsdag 1 december 2026, 19:30–21:30/s)
  })

  it('refuses a request that overlaps an accepted booking, and one in the past, outside the windows, on a closed day or for too many people', async () => {
    await ask(requester, {})
    await owner.get('/mijn/ruimtes')
    await owner.post(`/mijn/ruimtes/reserveringen/${(await bookings())[0]!.id}/accepteren`, {})
    const { db } = context.database
    await grantRole(db, tenantId, 'jan@voorbeeld.nl', 'resident', 'Jan')
    const other = await signInResident(app, db, 'jan@voorbeeld.nl')

    const cases: [Record<string, string>, RegExp][] = [
      [{ from: '21:00', to: '22:00' }, /De ruimte is op dat moment al gereserveerd\. Kies een ander moment\./],
      [{ date: '2026-11-24' }, /Dit moment is al voorbij/],
      [{ from: '17:00', to: '20:00' }, /De ruimte is dan niet open/],
      [{ date: '2026-12-02' }, /De ruimte is dan niet open/],
      [{ date: '2026-12-08' }, /De ruimte is op die dag gesloten/],
      [{ people: '41' }, /Er passen hoogstens 40 mensen in deze ruimte/],
      [{ from: '21:00', to: '20:00' }, /De eindtijd moet later zijn dan de begintijd/],
      [{ from: '7 uur', to: '' }, /Vul een tijd in als uu:mm/],
      [{ date: '2026-02-30' }, /Vul een datum in/],
      [{ people: '-3' }, /Vul het aantal mensen in als heel getal/],
      [{ purpose: 'x'.repeat(1001) }, /Dit is te lang: maximaal 1000 tekens/],
      [{ date: '2028-01-04' }, /hoogstens een jaar vooruit/],
      [{ initiative: '999999' }, /Kies uit de lijst/],
    ]
    for (const [form, message] of cases) {
      const refused = await ask(other, form)
      assert.equal(refused.statusCode, 400, JSON.stringify(form))
      assert.match(refused.body, message, JSON.stringify(form))
    }
    assert.equal((await bookings()).length, 1, 'nothing was stored')
    const back2back = await ask(other, { from: '21:30', to: '22:00' })
    assert.equal(back2back.statusCode, 303, 'a booking may start when the accepted one ends')
  })

  it('refuses to let the owner book their own space', async () => {
    const refused = await ask(owner, {})
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Dit is uw eigen ruimte/)
  })

  it('lets only one of two overlapping requests be accepted, even when both are accepted at the same moment', async () => {
    const { db } = context.database
    const space = (await findSpace(db, tenantId, spaceId))!
    const bookingContext: BookingContext = { tenant: { id: tenantId, name: 'Gemeente Esveld' }, baseUrl: new URL('http://localhost:3000'), now: new Date(NOW), anonymousName: { nl: 'een buurtbewoner', en: 'a neighbour' } }
    const second = (await grantRole(db, tenantId, 'kees@voorbeeld.nl', 'resident', 'Kees')).person.id
    const one = await requestBooking(db, bookingContext, space, { id: requesterId, name: 'Fleur' }, { day: NEXT_TUESDAY, startMinute: 19 * 60, endMinute: 21 * 60, peopleCount: 10, purpose: 'Repaircafé', initiativeId: null, locale: 'nl' })
    const two = await requestBooking(db, bookingContext, space, { id: second, name: 'Kees' }, { day: NEXT_TUESDAY, startMinute: 20 * 60, endMinute: 22 * 60, peopleCount: 10, purpose: 'Kaartavond', initiativeId: null, locale: 'nl' })
    assert.ok('id' in one && 'id' in two)
    const outcomes = await Promise.all([decideBooking(db, bookingContext, ownerId, one.id, 'accept', ''), decideBooking(db, bookingContext, ownerId, two.id, 'accept', '')])
    assert.deepEqual([...outcomes].sort(), ['accepted', 'overlap'])
    assert.equal((await bookings()).filter((booking) => booking.status === 'accepted').length, 1)

    const losing = outcomes[0] === 'overlap' ? one.id : two.id
    await owner.get('/mijn/ruimtes')
    const page = (await owner.get('/mijn/ruimtes')).body
    assert.match(page, /Op dit moment is de ruimte al gereserveerd voor iemand anders/)
    const again = await owner.post(`/mijn/ruimtes/reserveringen/${losing}/accepteren`, {})
    assert.equal(again.statusCode, 409)
    assert.match(again.body, /valt samen met een reservering die u al hebt goedgekeurd/)
  })

  it('lets the owner decline with a reason, which the requester reads in the mail and on their list', async () => {
    await ask(requester, {})
    const [booking] = await bookings()
    await owner.get('/mijn/ruimtes')
    const tooLong = await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/afwijzen`, { reason: 'x'.repeat(1001) })
    assert.equal(tooLong.statusCode, 400)
    assert.match(tooLong.body, /Dit is te lang: maximaal 1000 tekens/)
    const declined = await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/afwijzen`, { reason: 'Die avond is de kerstmarkt.' })
    assert.equal(declined.statusCode, 303)
    assert.deepEqual((await bookings()).map((row) => [row.status, row.decision_reason]), [['declined', 'Die avond is de kerstmarkt.']])
    const mail = await lastMail('fleur@voorbeeld.nl')
    assert.equal((mail.params as { accepted: boolean }).accepted, false)
    assert.equal((mail.params as { reason: string }).reason, 'Die avond is de kerstmarkt.')
    assert.match((await requester.get('/mijn/reserveringen')).body, /Afgewezen.*Toelichting van de eigenaar: Die avond is de kerstmarkt\./s)
    await owner.get('/mijn/ruimtes')
    assert.equal((await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/accepteren`, {})).statusCode, 409, 'an answered request cannot be answered again')
  })

  it('lets the requester cancel, and tells the owner when the booking had been accepted', async () => {
    await ask(requester, {})
    const [booking] = await bookings()
    await owner.get('/mijn/ruimtes')
    await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/accepteren`, {})
    await requester.get('/mijn/reserveringen')
    const cancelled = await requester.post(`/mijn/reserveringen/${booking!.id}/annuleren`, {})
    assert.equal(cancelled.statusCode, 303)
    assert.equal((await bookings())[0]!.status, 'cancelled')
    const mail = await lastMail('beheer@dehoeve.example')
    assert.equal(mail.template, 'spaceBookingCancelled')
    assert.equal((mail.params as { requesterName: string }).requesterName, 'Fleur Jansen')
    await requester.get('/mijn/reserveringen')
    assert.equal((await requester.post(`/mijn/reserveringen/${booking!.id}/annuleren`, {})).statusCode, 409)
  })

  it('lets the owner call off an accepted booking with a reason, which the requester hears by mail', async () => {
    await ask(requester, {})
    const [booking] = await bookings()
    await owner.get('/mijn/ruimtes')
    assert.equal((await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/intrekken`, { reason: 'Er is lekkage in het dak.' })).statusCode, 409, 'a request not yet answered is declined, not called off')
    await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/accepteren`, {})
    assert.match((await owner.get('/mijn/ruimtes')).body, /Toch afzeggen/)

    const { db } = context.database
    await grantRole(db, tenantId, 'nieuwsgierig@voorbeeld.nl', 'resident')
    const stranger = await signInResident(app, db, 'nieuwsgierig@voorbeeld.nl')
    await stranger.get('/mijn/ruimtes')
    assert.equal((await stranger.post(`/mijn/ruimtes/reserveringen/${booking!.id}/intrekken`, { reason: 'Er is lekkage in het dak.' })).statusCode, 404)
    await requester.get('/mijn/reserveringen')
    assert.equal((await requester.post(`/mijn/ruimtes/reserveringen/${booking!.id}/intrekken`, { reason: 'Er is lekkage in het dak.' })).statusCode, 404, 'the requester cancels on their own page')

    await owner.get('/mijn/ruimtes')
    const withoutReason = await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/intrekken`, { reason: '  ' })
    assert.equal(withoutReason.statusCode, 400)
    assert.match(withoutReason.body, /href="#booking-\d+-reason">Vul dit veld in\./)
    const tooShort = await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/intrekken`, { reason: 'Lekkage' })
    assert.equal(tooShort.statusCode, 400)
    assert.match(tooShort.body, /<textarea[^>]*name="reason"[^>]*>Lekkage<\/textarea>/, 'what was typed stays, to add to')
    assert.equal((await bookings())[0]!.status, 'accepted', 'nothing changes without a reason')

    const revoked = await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/intrekken`, { reason: 'Er is lekkage in het dak; de zaal is tot januari dicht.' })
    assert.equal(revoked.statusCode, 303)
    assert.match((await owner.get(revoked.headers.location as string)).body, /U hebt de reservering afgezegd/)
    assert.deepEqual((await bookings()).map((row) => [row.status, row.decision_reason]), [['cancelled', 'Er is lekkage in het dak; de zaal is tot januari dicht.']])
    const mail = await lastMail('fleur@voorbeeld.nl')
    assert.equal(mail.template, 'spaceBookingRevoked')
    assert.equal((mail.params as { reason: string }).reason, 'Er is lekkage in het dak; de zaal is tot januari dicht.')
    assert.match((await requester.get('/mijn/reserveringen')).body, /Afgezegd.*Toelichting van de eigenaar: Er is lekkage in het dak/s)
    await owner.get('/mijn/ruimtes')
    assert.equal((await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/intrekken`, { reason: 'Nog een keer afzeggen.' })).statusCode, 409, 'only once')
  })

  it('does not let the owner call off a booking that has already taken place', async () => {
    await ask(requester, {})
    const [booking] = await bookings()
    await owner.get('/mijn/ruimtes')
    await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/accepteren`, {})
    clock.set(new Date(booking!.ends_at.getTime() + 60_000))
    await owner.get('/mijn/ruimtes')
    const late = await owner.post(`/mijn/ruimtes/reserveringen/${booking!.id}/intrekken`, { reason: 'Achteraf toch liever niet.' })
    assert.equal(late.statusCode, 409)
    assert.match(late.body, /Alleen een goedgekeurde reservering die nog niet voorbij is/)
    assert.equal((await bookings())[0]!.status, 'accepted')
  })

  it('does not let anyone but the owner answer a request, nor anyone but the requester cancel it', async () => {
    await ask(requester, {})
    const [booking] = await bookings()
    const { db } = context.database
    await grantRole(db, tenantId, 'buur@voorbeeld.nl', 'resident')
    const stranger = await signInResident(app, db, 'buur@voorbeeld.nl')
    await stranger.get('/mijn/ruimtes')
    assert.equal((await stranger.post(`/mijn/ruimtes/reserveringen/${booking!.id}/accepteren`, {})).statusCode, 404)
    assert.equal((await stranger.post(`/mijn/ruimtes/reserveringen/${booking!.id}/afwijzen`, { reason: 'nee' })).statusCode, 404)
    assert.equal((await stranger.post(`/mijn/reserveringen/${booking!.id}/annuleren`, {})).statusCode, 404)
    await requester.get('/mijn/reserveringen')
    assert.equal((await requester.post(`/mijn/ruimtes/reserveringen/${booking!.id}/accepteren`, {})).statusCode, 404, 'the requester cannot accept their own request')
    assert.equal((await bookings())[0]!.status, 'pending')
    assert.doesNotMatch((await stranger.get('/mijn/ruimtes')).body, /Buurtvergadering over de speeltuin/)
  })

  it('shows times in Esveld’s clock across the change to summer time', async () => {
    const { db } = context.database
    const hoeverzand = await areaId(db, tenantId, 'hoeverzand')
    const sunday = await insertSpace(db, tenantId, ownerId, validSpace(hoeverzand, { name: 'Kerkzaal', windows: [{ weekday: 7, startMinute: 0, endMinute: 24 * 60 }] }))
    await requester.get(`/ruimtes/${sunday}/reserveren`)
    const gap = await requester.post(`/ruimtes/${sunday}/reserveren`, { date: '2027-03-28', from: '02:30', to: '04:00', people: '5', purpose: 'Nachtwandeling' })
    assert.equal(gap.statusCode, 400)
    assert.match(gap.body, /Deze tijd bestaat niet op die dag/)
    const summer = await requester.post(`/ruimtes/${sunday}/reserveren`, { date: '2027-03-28', from: '10:00', to: '24:00', people: '5', purpose: 'Lentemarkt' })
    assert.equal(summer.statusCode, 303)
    const row = await db.selectFrom('space_bookings').select(['starts_at', 'ends_at']).where('space_id', '=', sunday).executeTakeFirstOrThrow()
    assert.equal(row.starts_at.toISOString(), '2027-03-28T08:00:00.000Z')
    assert.equal(row.ends_at.toISOString(), '2027-03-28T22:00:00.000Z')
    assert.match((await requester.get('/mijn/reserveringen')).body, /zondag 28 maart 2027, 10:00–24:00/)
  })
})
