import fs from 'node:fs'
import path from 'node:path'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core'
import { repoRoot } from './server-process.ts'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Browser tests need Debian's Chromium; outside CI they are skipped with a reason when it is missing. */
export function browserSkipReason(): string | false {
  if (fs.existsSync(CHROMIUM)) return false
  if (process.env.CI) throw new Error(`Chromium is missing at ${CHROMIUM}; .ci/run installs it with apt-get`)
  return `no Chromium at ${CHROMIUM} (apt-get install chromium)`
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // The sandbox needs user namespaces that CI's root containers lack; the machine has no network besides the registries.
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
}

/** A page in its own context (own cookies), as axe requires; closing the page closes the context. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  // The browser may already be closing when the page closes; then the context goes with it.
  page.once('close', () => {
    context.close().catch(() => {})
  })
  return page
}

/** Runs axe with the WCAG 2.0/2.1 A and AA rules and fails with a readable list of violations. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  if (results.violations.length > 0) {
    const list = results.violations
      .map((violation) => `- ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.nodes.map((node) => node.target.join(' ')).join('\n    ')}`)
      .join('\n')
    throw new Error(`axe found ${results.violations.length} WCAG 2.1 AA violation(s) on ${page.url()}:\n${list}`)
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = path.join(repoRoot, '.test-artifacts')
  fs.mkdirSync(dir, { recursive: true })
  await page.screenshot({ path: path.join(dir, `${name}.png`), fullPage: true })
}
