import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { browserSkipReason, expectNoAxeViolations, launchBrowser, newPage, screenshot } from '../support/browser.ts'
import { freePort, runNoaber, startServer, type RunningServer } from '../support/server-process.ts'
import { startSmtpSink, type SmtpSink } from '../platform/mail/smtp-sink.ts'

describe('signing in with a browser', { skip: browserSkipReason() }, () => {
  let server: RunningServer
  let browser: Browser
  let sink: SmtpSink
  let dataDir: string
  let invitationLink: string

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-sign-in-'))
    sink = await startSmtpSink()
    const port = await freePort()
    const baseUrl = `http://127.0.0.1:${port}`
    await runNoaber(['seed', '--demo'], { DATA_DIR: dataDir })
    const added = await runNoaber(['user', 'add', '--email', 'beheer@esveld.example', '--role', 'admin', '--name', 'Bea Beheer'], { DATA_DIR: dataDir, BASE_URL: baseUrl })
    invitationLink = /at: (\S+)/.exec(added.stdout)?.[1] ?? ''
    assert.ok(invitationLink.startsWith(baseUrl), added.stdout + added.stderr)
    server = await startServer({ DATA_DIR: dataDir, SMTP_URL: sink.url, PORT: String(port), BASE_URL: baseUrl })
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
    await server?.stop()
    await sink?.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('signs a resident in through the link in the e-mail', async () => {
    const page = await newPage(browser)
    await page.goto(`${server.url}/`)
    await page.getByRole('link', { name: 'Inloggen' }).click()
    await expectNoAxeViolations(page)
    await page.getByLabel('E-mailadres').fill('jan.jansen@voorbeeld.nl')
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click()
    assert.equal(await page.textContent('h1'), 'Kijk in uw mail')
    await expectNoAxeViolations(page)

    await sink.waitFor(1, 30_000)
    const mail = sink.received.find((received) => received.envelopeTo.includes('jan.jansen@voorbeeld.nl'))
    assert.ok(mail, 'the sign-in mail arrived at the SMTP server')
    const link = /https?:\/\/\S+\/inloggen\/bevestigen\?token=[\w-]+/.exec(mail.parsed.text ?? '')?.[0]
    assert.ok(link, 'the mail holds the link')
    assert.ok(mail.parsed.html, 'the mail has an HTML part too')

    await page.goto(link)
    await expectNoAxeViolations(page)
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${server.url}/mijn`)
    assert.match(await page.textContent('main') ?? '', /jan\.jansen@voorbeeld\.nl/)
    assert.match(await page.textContent('main') ?? '', /inwoner/)
    await expectNoAxeViolations(page)
    await screenshot(page, 'mijn-resident')
    await page.close()
  })

  it('lets a staff member choose a password, sign in with it and reach the pages of their role', async () => {
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
    assert.match(await page.textContent('main') ?? '', /combinatie van e-mailadres en wachtwoord kennen we niet/)
    await expectNoAxeViolations(page)
    await page.getByLabel('Wachtwoord').fill('koffie in het dorpshuis')
    await page.getByRole('button', { name: 'Inloggen' }).click()
    await page.waitForURL(`${server.url}/mijn`)
    assert.match(await page.textContent('main') ?? '', /beheerder/)

    await page.getByRole('link', { name: 'Beheer' }).click()
    await page.getByRole('link', { name: 'Medewerkers en rollen' }).click()
    assert.equal(await page.textContent('h1'), 'Medewerkers en rollen')
    await expectNoAxeViolations(page)
    await screenshot(page, 'beheer-medewerkers')
    await page.close()
  })
})
