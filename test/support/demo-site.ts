import type { FastifyInstance } from 'fastify'
import type { Browser, Page } from 'playwright-core'
import { seedDemo } from '../../src/demo/seed.ts'
import type { Db } from '../../src/platform/db/database.ts'
import { testApp } from './app.ts'
import { launchBrowser } from './browser.ts'
import { createTestDatabase, type TestDatabase } from './databases.ts'
import { openPage } from './signed-in-page.ts'

/** The demo municipality served on a free port of this machine, and a browser to look at its pages. */
export interface DemoSite {
  db: Db
  tenantId: number
  base: string
  browser: Browser
  /** A page of the site, as a visitor or signed in as this person; it must answer 200. */
  open(path: string, personId?: number): Promise<{ page: Page; close: () => Promise<void> }>
  close(): Promise<void>
}

export async function openDemoSite(): Promise<DemoSite> {
  const database: TestDatabase = await createTestDatabase('pglite')
  let app: FastifyInstance | undefined
  let browser: Browser | undefined
  try {
    const { tenantId } = await seedDemo(database.db)
    app = await testApp(database.db)
    await app.listen({ port: 0, host: '127.0.0.1' })
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
    browser = await launchBrowser()
    const site = { db: database.db, tenantId, base, browser }
    return {
      ...site,
      open: (path, personId) => openPage(site.browser, site.db, base, path, personId),
      close: async () => {
        await site.browser.close()
        await app!.close()
        await database.close()
      },
    }
  } catch (error) {
    await browser?.close()
    await app?.close()
    await database.close()
    throw error
  }
}
