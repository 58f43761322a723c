import assert from 'node:assert/strict'
import type { Browser, Page } from 'playwright-core'
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../src/platform/auth/session.ts'
import { newSecretToken } from '../../src/platform/auth/tokens.ts'
import type { Db } from '../../src/platform/db/database.ts'

/**
 * Opens a page of the app listening at `base` in a fresh browser context, as a visitor or signed in
 * as `personId` (a session written straight into the database), and checks it answers 200.
 */
export async function openPage(browser: Browser, db: Db, base: string, path: string, personId?: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext()
  if (personId !== undefined) {
    const { token, hash } = newSecretToken()
    await db.insertInto('sessions').values({ token_hash: hash, person_id: personId, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: base }])
  }
  const page = await context.newPage()
  const response = await page.goto(base + path)
  assert.equal(response?.status(), 200, path)
  return { page, close: () => context.close() }
}
