import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { browserSkipReason, expectNoAxeViolations } from '../../support/browser.ts'
import { openDemoSite, type DemoSite } from '../../support/demo-site.ts'
import { person } from './fixtures.ts'

/** Every page of the network, filled with the demo, in a real browser: no WCAG 2.1 AA violations, also with form errors shown. */
describe('the network’s pages in a browser', { skip: browserSkipReason() }, () => {
  let site: DemoSite
  const people: Record<'coordinator' | 'helper' | 'contact' | 'invited', number> = { coordinator: 0, helper: 0, contact: 0, invited: 0 }
  let helperId: number

  before(async () => {
    site = await openDemoSite()
    const { db, tenantId } = site
    people.coordinator = await person(db, tenantId, 'axe.coordinator@gemeente.example', 'coordinator', 'Cora Coördinator')
    const helper = await db.selectFrom('helper_profiles').select(['id', 'person_id']).where('visibility', '=', 'public').where('show_contributions', '=', true).orderBy('id').executeTakeFirstOrThrow()
    helperId = helper.id
    people.helper = helper.person_id
    const organisation = (slug: string) => db.selectFrom('organisation_contacts').innerJoin('organisations', 'organisations.id', 'organisation_contacts.organisation_id').select('person_id').where('slug', '=', slug)
    people.contact = (await organisation('bouwbedrijf-nijhof').where('accepted_at', 'is not', null).executeTakeFirstOrThrow()).person_id
    people.invited = (await organisation('bouwbedrijf-nijhof').where('accepted_at', 'is', null).executeTakeFirstOrThrow()).person_id
  })
  after(() => site?.close())

  const open = (path: string, as?: keyof typeof people) => site.open(path, as ? people[as] : undefined)

  for (const [path, as] of [
    ['/helpers', undefined],
    ['/helpers?wijk=oosterhof&beschikbaar=weekend', undefined],
    ['/helpers/HELPER', undefined],
    ['/helpers/HELPER', 'helper'],
    ['/helpers/HELPER/contact', 'coordinator'],
    ['/mijn/hulpaanbod', 'helper'],
    ['/organisaties', undefined],
    ['/organisaties/bouwbedrijf-nijhof', undefined],
    ['/organisaties/bouwbedrijf-nijhof', 'invited'],
    ['/organisaties/bouwbedrijf-nijhof/bewerken', 'contact'],
    ['/organisaties/bouwbedrijf-nijhof/bewerken', 'coordinator'],
    ['/organisaties/nieuw', 'coordinator'],
    ['/beheer/vaardigheden', 'coordinator'],
  ] as const) {
    it(`${path}${as ? ` as ${as}` : ''}`, async () => {
      const { page, close } = await open(path.replace('HELPER', String(helperId)), as)
      await expectNoAxeViolations(page)
      await close()
    })
  }

  it('shows form errors accessibly', async () => {
    const { page, close } = await open('/mijn/hulpaanbod', 'coordinator')
    await page.fill('#field-description', 'kort')
    await page.getByRole('button', { name: 'Hulp aanbieden' }).click()
    assert.equal(await page.textContent('#error-summary-title'), 'Controleer het volgende:')
    await expectNoAxeViolations(page)
    await page.goto(`${site.base}/organisaties/nieuw`)
    await page.getByRole('button', { name: 'Organisatie toevoegen' }).click()
    await expectNoAxeViolations(page)
    await close()
  })
})
