import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { grantRole } from '../../src/modules/accounts/account-service.ts'
import { loadConfig } from '../../src/platform/config/config.ts'
import { openRuntime } from '../../src/platform/runtime.ts'
import { browserSkipReason, expectNoAxeViolations, newPage } from '../support/browser.ts'
import { linkIn, staffInvitationLink, startBrowserStack, waitForMail, type BrowserStack } from '../support/browser-stack.ts'
import { addHelper, addSpace } from '../support/network-fixtures.ts'

const PASSWORD = 'ruimte maken voor de buurt'
const HELPER = 'kees.klusser@voorbeeld.nl'
const OWNER = 'dorpshuis.beheer@voorbeeld.nl'

describe('a broker connects an initiative to a helper and a space, in a browser', { skip: browserSkipReason() }, () => {
  let stack: BrowserStack
  let brokerLink = ''
  let initiativeId = 0

  /** What the demo cannot know: an initiative of this broker that needs a room and volunteers, a helper nearby, a hall. */
  async function prepareNetwork(env: Record<string, string>): Promise<void> {
    const runtime = await openRuntime(loadConfig({ NODE_ENV: 'test', ...env }))
    try {
      const db = runtime.database.db
      const tenant = await db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()
      const area = await db.selectFrom('areas').select(['id', 'min_lon', 'min_lat', 'max_lon', 'max_lat']).where('slug', '=', 'brinkhorst').executeTakeFirstOrThrow()
      const broker = await db.selectFrom('people').select('id').where('email', '=', 'wim.ruimtemaker@esveld.example').executeTakeFirstOrThrow()
      const { person: initiator } = await grantRole(db, tenant.id, 'ria.initiatief@voorbeeld.nl', 'resident', 'Ria Initiatief')
      const { id } = await db
        .insertInto('initiatives')
        .values({
          tenant_id: tenant.id, title: 'Burendag op het Brinkplein', summary: 'Een dag waarop de hele buurt samen het plein opknapt en daarna samen eet.',
          description: '', area_id: area.id, longitude: (area.min_lon + area.max_lon) / 2, latitude: (area.min_lat + area.max_lat) / 2,
          initiator_kind: 'residentGroup', status: 'inConversation', publication: 'published', initiator_id: initiator.id, broker_id: broker.id,
          contact_name: 'Ria Initiatief', contact_email: 'ria.initiatief@voorbeeld.nl', submission_key: 'browser-matching-0001', confirmed_at: new Date(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      initiativeId = id
      await db.insertInto('initiative_needs').values([
        { initiative_id: id, kind: 'volunteers', explanation: 'Mensen die kunnen klussen en timmeren aan de bankjes' },
        { initiative_id: id, kind: 'space', explanation: 'Een zaal om na afloop samen te eten' },
      ]).execute()
      await addHelper(db, tenant.id, { email: HELPER, name: 'Kees Klusser', skills: ['klussen', 'timmeren'], areaId: area.id, visibility: 'public' })
      const { person: owner } = await grantRole(db, tenant.id, OWNER, 'resident', 'Beheer Dorpshuis')
      await addSpace(db, tenant.id, { ownerId: owner.id, name: 'Dorpshuis De Brink', areaId: area.id })
    } finally {
      await runtime.close()
    }
  }

  before(async () => {
    stack = await startBrowserStack(async (env) => {
      brokerLink = await staffInvitationLink(env, ['--email', 'wim.ruimtemaker@esveld.example', '--role', 'broker', '--name', 'Wim Ruimtemaker', '--area', 'brinkhorst'])
      await prepareNetwork(env)
    })
  })
  after(() => stack?.close())

  async function signInByMail(page: Page, email: string): Promise<void> {
    await page.goto(`${stack.server.url}/inloggen`)
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click()
    const mail = await waitForMail(stack.sink, email, /inloglink/)
    await page.goto(linkIn(mail, /^\/inloggen\/bevestigen$/))
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL((url) => !url.pathname.startsWith('/inloggen'))
  }

  it('the broker sees suggestions with their reasons and asks the helper and the hall', async () => {
    const page = await newPage(stack.browser)
    await page.goto(brokerLink)
    await page.getByLabel('Nieuw wachtwoord').fill(PASSWORD)
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD)
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
    await page.waitForURL(/\/mijn$/)

    await page.goto(`${stack.server.url}/werk/initiatieven/${initiativeId}`)
    await page.getByRole('link', { name: 'Suggesties uit het netwerk bekijken' }).click()
    await page.waitForURL(/\/suggesties$/)
    await expectNoAxeViolations(page)

    const volunteers = page.locator('section', { has: page.getByRole('heading', { name: 'Hulpvraag: Vrijwilligers' }) })
    const helper = volunteers.locator('li', { hasText: 'Kees Klusser' })
    assert.match((await helper.textContent()) ?? '', /Kan: klussen, timmeren/, 'the reason names the matching skills')
    assert.match((await helper.textContent()) ?? '', /Actief in Brinkhorst/)
    await helper.locator('summary').click()
    await helper.getByLabel('Uw vraag').fill('Wil je op 12 december helpen de bankjes op het plein te repareren?')
    await helper.getByRole('button', { name: 'Vraag versturen' }).click()
    await page.waitForURL(/bericht=gevraagd/)
    assert.match((await page.textContent('main')) ?? '', /Uw vraag is verstuurd/)

    const space = page.locator('section', { has: page.getByRole('heading', { name: 'Hulpvraag: Ruimte of een plek' }) }).locator('li', { hasText: 'Dorpshuis De Brink' })
    await space.locator('summary').click()
    await space.getByLabel('Uw vraag').fill('Mogen we op 12 december na afloop in de grote zaal samen eten?')
    await space.getByRole('button', { name: 'Vraag versturen' }).click()
    await page.waitForURL(/bericht=gevraagd/)
    await expectNoAxeViolations(page)
    await page.close()
  })

  for (const [who, email] of [['the helper', HELPER], ['the hall owner', OWNER]] as const) {
    it(`${who} reads the request by mail and says yes in their own session`, async () => {
      const mail = await waitForMail(stack.sink, email, /Wilt u helpen bij/)
      assert.doesNotMatch(mail.parsed.text ?? '', /wim\.ruimtemaker@/, 'the asker\u2019s address is not in the mail')
      const context = await stack.browser.newContext()
      const page = await context.newPage()
      await signInByMail(page, email)
      await page.goto(linkIn(mail, /^\/mijn\/verzoeken$/))
      await expectNoAxeViolations(page)
      const request = page.locator('li', { hasText: 'Burendag op het Brinkplein' })
      await request.getByLabel('Toelichting voor de vrager (mag leeg blijven)').fill('Graag, ik kom om tien uur.')
      await request.getByRole('button', { name: 'Ja, ik help mee' }).click()
      await page.waitForURL(/bericht=ja/)
      assert.match((await page.textContent('main')) ?? '', /U heeft ja gezegd/)
      await context.close()
    })
  }

  it('both connections appear on the initiative\u2019s public page', async () => {
    await waitForMail(stack.sink, 'wim.ruimtemaker@esveld.example', /Beheer Dorpshuis|Dorpshuis De Brink helpt/)
    const page = await newPage(stack.browser)
    await page.goto(`${stack.server.url}/initiatieven/${initiativeId}`)
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Wie helpt er mee' }) })
    const text = (await section.textContent()) ?? ''
    assert.match(text, /Kees Klusser helpt met: vrijwilligers/)
    assert.match(text, /Dorpshuis De Brink helpt met: /)
    await expectNoAxeViolations(page)
    await page.close()
  })
})
