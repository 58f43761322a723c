import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { hashToken } from '../../../src/platform/auth/tokens.ts'
import { browserSkipReason, expectNoAxeViolations } from '../../support/browser.ts'
import { openDemoSite, type DemoSite } from '../../support/demo-site.ts'
import { person } from './support.ts'

/** The marketplace's pages with the demo in a real browser: no WCAG 2.1 AA violations, also with form errors shown. */
describe('the marketplace pages in a browser', { skip: browserSkipReason() }, () => {
  let site: DemoSite
  const people: Record<'coordinator' | 'contact' | 'registered', number> = { coordinator: 0, contact: 0, registered: 0 }
  const paths: Record<'past' | 'next' | 'party' | 'agreement', string> = { past: '', next: '', party: '', agreement: '' }

  before(async () => {
    site = await openDemoSite()
    const { db, tenantId } = site
    people.coordinator = await person(db, tenantId, 'axe.coordinator@gemeente.example', 'coordinator', 'Cora Coördinator')
    const events = await db.selectFrom('marketplace_events').select(['id', 'slug', 'status']).orderBy('starts_at').execute()
    const [past, next] = events
    paths.past = past!.slug
    paths.next = next!.slug
    const party = await db.selectFrom('marketplace_parties').select(['id', 'contact_person_id']).where('event_id', '=', next!.id).orderBy('id').executeTakeFirstOrThrow()
    paths.party = `/beursvloer/${next!.slug}/aanmeldingen/${party.id}`
    people.registered = party.contact_person_id
    people.contact = (await db.selectFrom('organisation_contacts').innerJoin('organisations', 'organisations.id', 'organisation_contacts.organisation_id').select('person_id').where('slug', '=', 'bouwbedrijf-nijhof').where('accepted_at', 'is not', null).executeTakeFirstOrThrow()).person_id
    paths.agreement = String((await db.selectFrom('marketplace_agreements').select('id').where('event_id', '=', past!.id).orderBy('id').executeTakeFirstOrThrow()).id)
    // One unanswered follow-up gets a link we know, to open its page.
    const open = await db.selectFrom('marketplace_follow_ups').select('id').where('answer', 'is', null).orderBy('id').executeTakeFirstOrThrow()
    await db.updateTable('marketplace_follow_ups').set({ token_hash: hashToken('axe-follow-up-token') }).where('id', '=', open.id).execute()
  })
  after(() => site?.close())

  const open = (path: string, as?: keyof typeof people) => site.open(path, as ? people[as] : undefined)

  for (const [path, as] of [
    ['/beursvloer', undefined],
    ['/beursvloer/PAST', undefined],
    ['/beursvloer/NEXT', 'registered'],
    ['/beursvloer/PAST/resultaten', undefined],
    ['/beursvloer/NEXT/aanmelden', 'contact'],
    ['PARTY', 'registered'],
    ['/beursvloer/terugblik?token=axe-follow-up-token', undefined],
    ['/werk/beursvloer', 'coordinator'],
    ['/werk/beursvloer/nieuw', 'coordinator'],
    ['/werk/beursvloer/PAST', 'coordinator'],
    ['/werk/beursvloer/PAST/aanmeldingen', 'coordinator'],
    ['/werk/beursvloer/PAST/afspraken', 'coordinator'],
    ['/werk/beursvloer/PAST/afspraken/AGREEMENT', 'coordinator'],
  ] as const) {
    it(`${path}${as ? ` as ${as}` : ''}`, async () => {
      const { page, close } = await open(path.replace('PARTY', paths.party).replace('PAST', paths.past).replace('NEXT', paths.next).replace('AGREEMENT', paths.agreement), as)
      await expectNoAxeViolations(page)
      await close()
    })
  }

  it('shows form errors accessibly: a request without a counter-offer, an empty event, an empty agreement', async () => {
    const { page, close } = await open(`/beursvloer/${paths.next}/aanmelden`, 'contact')
    await page.check('#field-party-group')
    await page.fill('#field-groupName', 'Bewoners Kastanjelaan')
    await page.selectOption('#field-request-1-kind', 'rooms')
    await page.fill('#field-request-1-description', 'Een zaal voor de buurtmaaltijd.')
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click()
    assert.equal(await page.textContent('#error-summary-title'), 'Controleer het volgende:')
    await expectNoAxeViolations(page)
    await close()

    const staff = await open('/werk/beursvloer/nieuw', 'coordinator')
    await staff.page.getByRole('button', { name: 'Beursvloer opslaan' }).click()
    assert.equal(await staff.page.textContent('#error-summary-title'), 'Controleer het volgende:')
    await expectNoAxeViolations(staff.page)
    await staff.page.goto(`${site.base}/werk/beursvloer/${paths.past}/afspraken`)
    await staff.page.getByRole('button', { name: 'Afspraak opslaan' }).click()
    assert.equal(await staff.page.textContent('#error-summary-title'), 'Controleer het volgende:')
    await expectNoAxeViolations(staff.page)
    await staff.close()
  })
})
