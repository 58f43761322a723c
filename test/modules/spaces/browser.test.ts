import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { browserSkipReason, expectNoAxeViolations, newPage, screenshot } from '../../support/browser.ts'
import { linkIn, startBrowserStack, waitForMail, type BrowserStack } from '../../support/browser-stack.ts'

describe('spaces in a browser', { skip: browserSkipReason() }, () => {
  let stack: BrowserStack

  before(async () => {
    stack = await startBrowserStack(async () => {})
  })
  after(() => stack?.close())

  async function signIn(page: Page, email: string) {
    await page.goto(`${stack.server.url}/inloggen`)
    await page.getByLabel('E-mailadres').fill(email)
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click()
    await page.goto(linkIn(await waitForMail(stack.sink, email, /inloglink/), /^\/inloggen\/bevestigen$/))
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${stack.server.url}/mijn`)
  }

  it('lets a resident find a space, read when it is open and see what is wrong with a request, without accessibility faults', async () => {
    const page = await newPage(stack.browser)
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
    await page.goto(`${stack.server.url}/ruimtes`)
    await expectNoAxeViolations(page)
    await page.getByLabel('Toegankelijk met een rolstoel').check()
    await page.getByRole('button', { name: 'Toon ruimtes' }).click()
    await page.getByRole('link', { name: 'Kulturhus De Eike, grote zaal' }).click()
    assert.match((await page.textContent('main')) ?? '', /Elke week open/)
    await expectNoAxeViolations(page)
    await screenshot(page, 'space-page')

    await page.getByRole('link', { name: 'Ruimte aanvragen' }).click()
    await signIn(page, 'buurtavond@voorbeeld.nl')
    await page.goto(`${stack.server.url}/ruimtes`)
    await page.getByRole('link', { name: 'Kulturhus De Eike, grote zaal' }).click()
    await page.getByRole('link', { name: 'Ruimte aanvragen' }).click()
    await expectNoAxeViolations(page)
    await page.getByLabel('Datum', { exact: true }).fill('2020-01-07')
    await page.getByLabel('Van', { exact: true }).fill('19:00')
    await page.getByLabel('Tot', { exact: true }).fill('21:00')
    await page.getByLabel('Aantal mensen').fill('30')
    await page.getByLabel('Waarvoor wilt u de ruimte gebruiken?').fill('Een buurtavond over de nieuwe speeltuin')
    await page.getByRole('button', { name: 'Aanvraag versturen' }).click()
    assert.match((await page.textContent('main')) ?? '', /Dit moment is al voorbij/)
    await expectNoAxeViolations(page)
    await page.close()
  })

  it('lets an owner see the requests for their spaces and change a space, without accessibility faults', async () => {
    const page = await newPage(stack.browser)
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
    await signIn(page, 'verhuur@kulturhus-de-eike.example')
    await page.getByRole('link', { name: 'Mijn ruimtes' }).click()
    assert.match((await page.textContent('main')) ?? '', /Aanvragen voor uw ruimtes/)
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Ruimte wijzigen' }).first().click()
    await expectNoAxeViolations(page)
    await page.getByLabel('Aantal personen').fill('-1')
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click()
    assert.match((await page.textContent('main')) ?? '', /Vul een heel getal in van 1 tot en met 10\.000/)
    await expectNoAxeViolations(page)
    await screenshot(page, 'space-form-errors')

    await page.goto(`${stack.server.url}/ruimtes/nieuw`)
    await expectNoAxeViolations(page)
    await page.close()
  })
})
