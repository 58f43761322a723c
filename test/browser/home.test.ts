import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { browserSkipReason, expectNoAxeViolations, launchBrowser, newPage, screenshot } from '../support/browser.ts'
import { startServer, type RunningServer } from '../support/server-process.ts'

describe('the home page in a browser', { skip: browserSkipReason() }, () => {
  let server: RunningServer
  let browser: Browser
  let dataDir: string

  before(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-browser-'))
    server = await startServer({ DATA_DIR: dataDir })
    browser = await launchBrowser()
  })
  after(async () => {
    await browser?.close()
    await server?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('is Dutch by default, switches to English and remembers the choice, with no axe violations', async () => {
    const page = await newPage(browser)
    await page.goto(`${server.url}/`)
    assert.equal(await page.getAttribute('html', 'lang'), 'nl')
    assert.equal(await page.textContent('h1'), 'Samen maken we Gemeente Esveld')
    await expectNoAxeViolations(page)
    await screenshot(page, 'home-nl-desktop')

    await page.getByRole('link', { name: 'Switch to English' }).click()
    await page.waitForURL(`${server.url}/`)
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    assert.equal(await page.textContent('h1'), 'Together we make Gemeente Esveld')
    await expectNoAxeViolations(page)

    // the choice is remembered on the next page
    await page.getByRole('link', { name: 'About this platform' }).first().click()
    assert.equal(await page.getAttribute('html', 'lang'), 'en')
    assert.equal(await page.textContent('h1'), 'About this platform')
    await expectNoAxeViolations(page)
    await page.close()
  })

  it('works on a phone-sized screen and with the keyboard', async () => {
    const page = await newPage(browser, { viewport: { width: 375, height: 740 }, deviceScaleFactor: 2 })
    await page.goto(`${server.url}/`)
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    assert.ok(overflow <= 0, `no horizontal scrolling (overflow ${overflow}px)`)
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.textContent)
    assert.equal(focused, 'Direct naar de inhoud', 'the skip link comes first')
    await page.keyboard.press('Enter')
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'inhoud')
    await expectNoAxeViolations(page)
    await screenshot(page, 'home-nl-phone')
    await page.close()
  })

  it('shows the statements and error pages without axe violations', async () => {
    const page = await newPage(browser)
    for (const path of ['/toegankelijkheid', '/privacy', '/bestaat-niet']) {
      await page.goto(`${server.url}${path}`)
      await expectNoAxeViolations(page)
    }
    await page.close()
  })
})
