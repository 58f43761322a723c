import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Page } from 'playwright-core'
import { browserSkipReason, expectNoAxeViolations, newPage, screenshot } from '../support/browser.ts'
import { linkIn, staffInvitationLink, startBrowserStack, waitForMail, type BrowserStack } from '../support/browser-stack.ts'

const PASSWORD = 'koffie in het dorpshuis'

describe('an initiative from idea to public page, in a browser', { skip: browserSkipReason() }, () => {
  let stack: BrowserStack
  const links: Record<string, string> = {}
  let initiativePath = ''

  async function choosePassword(page: Page, link: string): Promise<void> {
    await page.goto(link)
    await page.getByLabel('Nieuw wachtwoord').fill(PASSWORD)
    await page.getByLabel('Herhaal het wachtwoord').fill(PASSWORD)
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
    await page.waitForURL(/\/mijn$/)
  }

  before(async () => {
    stack = await startBrowserStack(async (env) => {
      links.broker = await staffInvitationLink(env, ['--email', 'wim.ruimtemaker@esveld.example', '--role', 'broker', '--name', 'Wim Ruimtemaker', '--area', 'brinkhorst', '--theme', 'duurzaamheid'])
      links.coordinator = await staffInvitationLink(env, ['--email', 'coco.coordinator@esveld.example', '--role', 'coordinator', '--name', 'Coco Coördinator'])
    })
  })
  after(() => stack?.close())

  it('a resident submits an initiative without an account and confirms it by mail', async () => {
    const page = await newPage(stack.browser)
    await page.goto(`${stack.server.url}/`)
    await page.getByRole('link', { name: 'Initiatief starten' }).click()
    await expectNoAxeViolations(page)
    await page.getByLabel('Naam van uw initiatief').fill('Zonnepanelen op het dak van het dorpshuis')
    await page.getByLabel('In het kort').fill('Met het hele dorp zonnepanelen op het dorpshuis leggen en de opbrengst delen.')
    await page.getByLabel('Duurzaamheid', { exact: true }).check()
    await page.getByLabel('Waar is het?').selectOption({ label: 'Brinkhorst' })
    await page.getByLabel('Een groep inwoners', { exact: true }).check()
    await page.getByLabel('Regels en vergunningen', { exact: true }).check()
    await page.getByLabel('Toelichting bij \u201cRegels en vergunningen\u201d').fill('Mag dat op een monumentaal pand?')
    await page.getByLabel('Geld', { exact: true }).check()
    await page.getByLabel('Toelichting bij \u201cGeld\u201d').fill('Is er een fonds voor de eerste investering?')
    await page.getByLabel('Uw naam').fill('Greet Zonneveld')
    await page.getByLabel('Uw e-mailadres').fill('greet@voorbeeld.nl')
    await page.getByLabel('Ja, na beoordeling door de gemeente').check()
    await page.getByRole('button', { name: 'Initiatief insturen' }).click()
    assert.equal(await page.textContent('h1'), 'Bevestig uw initiatief')
    await expectNoAxeViolations(page)

    const mail = await waitForMail(stack.sink, 'greet@voorbeeld.nl', /Bevestig uw initiatief/)
    await page.goto(linkIn(mail, /^\/initiatieven\/bevestigen$/))
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await page.waitForURL(/\/mijn\/initiatieven\/\d+$/)
    initiativePath = new URL(page.url()).pathname
    const main = (await page.textContent('main')) ?? ''
    assert.match(main, /Wim Ruimtemaker/, 'the initiator sees their broker by name')
    assert.match(main, /Eerste contact met de initiatiefnemer/)
    await expectNoAxeViolations(page)
    const told = await waitForMail(stack.sink, 'greet@voorbeeld.nl', /Wim Ruimtemaker is uw contactpersoon/)
    assert.ok(told)
    await page.close()
  })

  it('the broker finds it in the inbox with the first-contact promise, and works the case', async () => {
    const page = await newPage(stack.browser)
    await choosePassword(page, links.broker!)
    await page.getByRole('link', { name: 'Werkvoorraad' }).first().click()
    await expectNoAxeViolations(page)
    const row = page.getByRole('row', { name: /Zonnepanelen op het dak van het dorpshuis/ })
    assert.match((await row.textContent()) ?? '', /\d{4}/, 'the first-contact promise is due on a day')
    await row.getByRole('link').click()
    await expectNoAxeViolations(page)
    await screenshot(page, 'case-file')

    await page.getByLabel('Soort aantekening').selectOption('contact')
    await page.getByLabel('Ook de initiatiefnemer').check()
    await page.getByLabel('Aantekening', { exact: true }).fill('Gebeld met Greet: we kijken samen naar de monumentenregels.')
    await page.getByRole('button', { name: 'Toevoegen aan logboek' }).click()
    assert.match((await page.textContent('#beloften')) ?? '', /Nagekomen/)

    const need = page.locator('#hulpvragen li', { hasText: 'Regels en vergunningen' })
    await need.getByLabel('Stand van zaken').selectOption('answered')
    await need.getByLabel('Wat is er gedaan of afgesproken?').fill('Monumentencommissie akkoord onder voorwaarden.')
    await need.getByRole('button').click()

    await page.locator('#belemmeringen summary').click()
    await page.getByLabel('Welke regel of procedure?').fill('Omgevingsvergunning voor een monument')
    await page.getByLabel('Wat gebeurde er?').fill('Voor panelen op een plat dak werd toch een volledige vergunning gevraagd.')
    await page.getByLabel('Vertraging in dagen').fill('30')
    await page.getByRole('button', { name: 'Belemmering opslaan' }).click()
    assert.match((await page.textContent('#belemmeringen')) ?? '', /30 dagen vertraging/)

    await page.getByLabel(/^Faciliteren/).check()
    await page.getByLabel('Waarom deze rol?').fill('Het dorp regelt het zelf; wij helpen met de vergunning en het fonds.')
    await page.getByRole('button', { name: 'Rol vastleggen' }).click()

    await page.getByLabel('Nieuwe status').selectOption('underWay')
    await page.getByRole('button', { name: 'Status opslaan' }).click()
    assert.match((await page.textContent('.noaber-facts')) ?? '', /Loopt/)
    await expectNoAxeViolations(page)
    await page.close()
  })

  it('the initiator sees their broker and the kept promise', async () => {
    const page = await newPage(stack.browser)
    await page.goto(`${stack.server.url}/inloggen`)
    await page.getByLabel('E-mailadres').fill('greet@voorbeeld.nl')
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click()
    const mail = await waitForMail(stack.sink, 'greet@voorbeeld.nl', /inloglink/)
    await page.goto(linkIn(mail, /^\/inloggen\/bevestigen$/))
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.goto(`${stack.server.url}${initiativePath}`)
    const main = (await page.textContent('main')) ?? ''
    assert.match(main, /Wim Ruimtemaker/)
    assert.match(main, /Nagekomen/)
    assert.match(main, /monumentenregels/, 'the shared journal entry')
    assert.doesNotMatch(main, /Omgevingsvergunning voor een monument/, 'obstacles stay internal')
    await expectNoAxeViolations(page)
    await screenshot(page, 'initiator-page')
    await page.close()
  })

  it('a coordinator approves publication and the public page appears', async () => {
    const publicPath = initiativePath.replace('/mijn', '')
    const before = await newPage(stack.browser)
    assert.equal((await before.goto(`${stack.server.url}${publicPath}`))?.status(), 404, 'not public before approval')
    await before.close()

    const page = await newPage(stack.browser)
    await choosePassword(page, links.coordinator!)
    await page.goto(`${stack.server.url}/werk/publicatie`)
    await expectNoAxeViolations(page)
    await page.getByRole('link', { name: 'Zonnepanelen op het dak van het dorpshuis' }).click()
    await page.getByLabel('Publiceren', { exact: true }).check()
    await page.getByRole('button', { name: 'Besluit opslaan' }).click()
    await page.waitForURL(/bericht=opgeslagen/)
    await page.close()

    const visitor = await newPage(stack.browser)
    const response = await visitor.goto(`${stack.server.url}${publicPath}`)
    assert.equal(response?.status(), 200)
    assert.match((await visitor.textContent('h1')) ?? '', /Zonnepanelen op het dak van het dorpshuis/)
    assert.doesNotMatch((await visitor.textContent('main')) ?? '', /greet@voorbeeld\.nl/, 'contact details are never public')
    await expectNoAxeViolations(visitor)
    await screenshot(visitor, 'public-initiative')
    await visitor.close()
  })
})
