import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { browserSkipReason, expectNoAxeViolations, newPage, screenshot } from '../support/browser.ts'
import { linkIn, staffInvitationLink, startBrowserStack, waitForMail, type BrowserStack } from '../support/browser-stack.ts'

describe('signing in with a browser', { skip: browserSkipReason() }, () => {
  let stack: BrowserStack
  let invitationLink = ''

  before(async () => {
    stack = await startBrowserStack(async (env) => {
      invitationLink = await staffInvitationLink(env, ['--email', 'beheer@esveld.example', '--role', 'admin', '--name', 'Bea Beheer'])
    })
  })
  after(() => stack?.close())

  it('signs a resident in through the link in the e-mail', async () => {
    const { server, browser, sink } = stack
    const page = await newPage(browser)
    await page.goto(`${server.url}/`)
    await page.getByRole('link', { name: 'Inloggen' }).click()
    await expectNoAxeViolations(page)
    await page.getByLabel('E-mailadres').fill('jan.jansen@voorbeeld.nl')
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click()
    assert.equal(await page.textContent('h1'), 'Kijk in uw mail')
    await expectNoAxeViolations(page)

    const mail = await waitForMail(sink, 'jan.jansen@voorbeeld.nl', /inloglink/)
    assert.ok(mail.parsed.html, 'the mail has an HTML part too')
    await page.goto(linkIn(mail, /^\/inloggen\/bevestigen$/))
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${server.url}/mijn`)
    assert.match((await page.textContent('main')) ?? '', /jan\.jansen@voorbeeld\.nl/)
    assert.match((await page.textContent('main')) ?? '', /inwoner/)
    await expectNoAxeViolations(page)
    await screenshot(page, 'mijn-resident')
    await page.close()
  })

  it('lets a staff member choose a password, sign in with it and reach the pages of their role', async () => {
    const { server, browser } = stack
    const page = await newPage(browser)
    await page.goto(invitationLink)
    await expectNoAxeViolations(page)
    await page.getByLabel('Nieuw wachtwoord').fill('koffie in het dorpshuis')
    await page.getByLabel('Herhaal het wachtwoord').fill('koffie in het dorpshuis')
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click()
    await page.waitForURL(`${server.url}/mijn`)
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click()
    await page.waitForURL(`${server.url}/`)

    await page.goto(`${server.url}/inloggen/medewerker`)
    await expectNoAxeViolations(page)
    await page.getByLabel('E-mailadres').fill('beheer@esveld.example')
    await page.getByLabel('Wachtwoord').fill('verkeerd wachtwoord')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    assert.match((await page.textContent('main')) ?? '', /combinatie van e-mailadres en wachtwoord kennen we niet/)
    await expectNoAxeViolations(page)
    await page.getByLabel('Wachtwoord').fill('koffie in het dorpshuis')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${server.url}/mijn`)
    assert.match((await page.textContent('main')) ?? '', /beheerder/)

    await page.getByRole('link', { name: 'Beheer' }).click()
    await page.getByRole('link', { name: 'Medewerkers en rollen' }).click()
    assert.equal(await page.textContent('h1'), 'Medewerkers en rollen')
    await expectNoAxeViolations(page)
    await screenshot(page, 'beheer-medewerkers')
    await page.close()
  })
})
