import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { browserSkipReason, expectNoAxeViolations, newPage, screenshot } from '../support/browser.ts'
import { startBrowserStack, type BrowserStack } from '../support/browser-stack.ts'

describe('the initiatives map in a browser', { skip: browserSkipReason() }, () => {
  let stack: BrowserStack

  before(async () => {
    stack = await startBrowserStack()
  })
  after(() => stack?.close())

  it('works with the tiles blocked, shows clusters that split as you zoom, and offers the same as a list', async () => {
    const page = await newPage(stack.browser)
    // No tile server may be reached: the page must say so and keep working.
    await page.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort())
    await page.goto(`${stack.server.url}/kaart`)
    await page.waitForSelector('#map[data-features]')
    await page.waitForSelector('#map-tiles-note:not([hidden])')
    const clustersAtStart = await page.locator('.noaber-cluster').count()
    assert.ok(clustersAtStart > 0, 'clusters at municipality zoom')
    const zoomAtStart = Number(await page.getAttribute('#map', 'data-zoom'))
    await expectNoAxeViolations(page)
    await screenshot(page, 'map-without-tiles')

    // With the keyboard, as the map must be operable without a mouse.
    await page.locator('.noaber-cluster').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForFunction((before) => Number(document.getElementById('map')?.dataset.zoom) > before, zoomAtStart)
    const points = await page.locator('.noaber-point').count()
    assert.ok(points > 0 || (await page.locator('.noaber-cluster').count()) > 0, 'zooming in shows smaller groups or single initiatives')

    await page.getByLabel('Status').selectOption('realised')
    await page.getByRole('button', { name: 'Filteren' }).click()
    await page.waitForSelector('#map[data-features]')
    const listHref = await page.getAttribute('#map-list-link', 'href')
    assert.equal(listHref, '/zoeken?status=realised')
    await page.goto(`${stack.server.url}${listHref}`)
    assert.match((await page.textContent('.noaber-result-count')) ?? '', /\d+ initiatieven gevonden/)
    await expectNoAxeViolations(page)
    await page.close()
  })
})
