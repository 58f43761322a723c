import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { browserSkipReason, expectNoAxeViolations } from '../support/browser.ts'
import { openDemoSite, type DemoSite } from '../support/demo-site.ts'

/** Taking back what was asked or promised, on the demo's data in a real browser: the button, the reason, the answer, no WCAG 2.1 AA faults. */
describe('calling off in a browser', { skip: browserSkipReason() }, () => {
  let site: DemoSite

  before(async () => {
    site = await openDemoSite()
  })
  after(() => site?.close())

  it('lets a broker withdraw an unanswered request from the suggestions page', async () => {
    const { db } = site
    // A pending request whose party is still among the suggestions the broker sees.
    const pending = await db
      .selectFrom('connection_requests')
      .innerJoin('initiatives', 'initiatives.id', 'connection_requests.initiative_id')
      .innerJoin('initiative_needs', 'initiative_needs.id', 'connection_requests.need_id')
      .select(['connection_requests.id', 'connection_requests.initiative_id', 'initiatives.broker_id'])
      .where('connection_requests.status', '=', 'pending')
      .where('initiative_needs.status', '=', 'open')
      .where('initiatives.broker_id', 'is not', null)
      .orderBy('connection_requests.id')
      .execute()
    let withdrawn = false
    for (const request of pending) {
      const { page, close } = await site.open(`/werk/initiatieven/${request.initiative_id}/suggesties`, request.broker_id!)
      const form = page.locator(`form:has(input[name="request"][value="${request.id}"])`)
      if ((await form.count()) === 0) {
        await close()
        continue
      }
      await expectNoAxeViolations(page)
      await form.getByRole('button').click()
      await page.waitForURL(/bericht=ingetrokken/)
      assert.match((await page.textContent('main')) ?? '', /De vraag is ingetrokken/)
      await expectNoAxeViolations(page)
      await close()
      withdrawn = true
      break
    }
    assert.ok(withdrawn, 'the demo has a pending request the broker can see')
  })

  it('lets a space owner call off an accepted booking, asking for the reason first', async () => {
    const { db } = site
    const booking = await db
      .selectFrom('space_bookings')
      .innerJoin('spaces', 'spaces.id', 'space_bookings.space_id')
      .select(['space_bookings.id', 'spaces.owner_id'])
      .where('space_bookings.status', '=', 'accepted')
      .where('space_bookings.ends_at', '>', new Date())
      .orderBy('space_bookings.id')
      .executeTakeFirstOrThrow()
    const { page, close } = await site.open('/mijn/ruimtes', booking.owner_id)
    const card = page.locator(`#booking-${booking.id}`)
    await card.getByText('Toch afzeggen').click()
    await expectNoAxeViolations(page)
    await card.getByRole('button', { name: 'Reservering afzeggen' }).click()
    assert.equal(await page.textContent('#error-summary-title'), 'Controleer het volgende:')
    await expectNoAxeViolations(page)
    await page.locator(`#booking-${booking.id}`).getByLabel('Waarom kan het niet doorgaan?').fill('Het dak lekt; de zaal is tot januari dicht.')
    await page.locator(`#booking-${booking.id}`).getByRole('button', { name: 'Reservering afzeggen' }).click()
    await page.waitForURL(/bericht=ingetrokken/)
    assert.match((await page.textContent('main')) ?? '', /U hebt de reservering afgezegd/)
    await expectNoAxeViolations(page)
    await close()
    assert.equal((await db.selectFrom('space_bookings').select('status').where('id', '=', booking.id).executeTakeFirstOrThrow()).status, 'cancelled')
  })
})
