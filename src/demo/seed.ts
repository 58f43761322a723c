import type { Db } from '../platform/db/database.ts'
import { findTenantBySlug, insertTenant } from '../platform/tenancy/tenant-repository.ts'
import { setSetting } from '../platform/settings/settings.ts'
import { insertAreas } from '../modules/areas/area-repository.ts'
import { insertThemes } from '../modules/themes/theme-repository.ts'
import { demoAreas } from './areas.ts'
import { demoTenant } from './municipality.ts'
import { demoThemes } from './themes.ts'
import { seedDemoStaff } from './staff.ts'
import { seedDemoInitiatives } from './initiatives.ts'
import { seedDemoMatching } from './matching.ts'
import { seedDemoNetwork } from './network.ts'
import { seedDemoNeighbourRequests } from './neighbour-requests.ts'
import { seedDemoMessages } from './messages.ts'
import { seedDemoSpaces } from './spaces.ts'
import { seedDemoMarketplace } from './marketplace.ts'

export type SeedOutcome = { created: true; tenantId: number } | { created: false; tenantId: number }

export interface SeedOptions {
  /** The moment the demo is dated from, so it always looks recent. */
  now?: Date
  /**
   * false: only the municipality with its areas, themes and settings, without staff and initiatives.
   * Tests that count what they create use this, so the demo content cannot change their answers.
   */
  content?: boolean
}

/**
 * The demo municipality, in one transaction: either all of it is there or none of it. Later features
 * add their demo content here, after the municipality itself.
 */
export async function seedDemo(db: Db, { now = new Date(), content = true }: SeedOptions = {}): Promise<SeedOutcome> {
  const existing = await findTenantBySlug(db, demoTenant.slug)
  if (existing) return { created: false, tenantId: existing.id }
  return db.transaction().execute(async (trx) => {
    const tenant = await insertTenant(trx, {
      slug: demoTenant.slug,
      name: demoTenant.name,
      hostNames: demoTenant.hostNames,
      logoSvg: demoTenant.logoSvg,
      colours: demoTenant.colours,
      welcome: demoTenant.welcome,
      contactEmail: `ruimtemakers@${demoTenant.slug}.example`,
    })
    await insertAreas(trx, tenant.id, demoAreas)
    await insertThemes(trx, tenant.id, demoThemes)
    await setSetting(trx, tenant.id, 'contact.phone', '14 0547')
    if (content) {
      // Staff and about 150 initiatives with their case files, dated relative to `now`.
      await seedDemoStaff(trx, tenant.id)
      await seedDemoInitiatives(trx, tenant.id, now)
      await seedDemoNetwork(trx, tenant.id, now)
      await seedDemoNeighbourRequests(trx, tenant.id, now)
      await seedDemoMessages(trx, tenant.id, now)
      await seedDemoSpaces(trx, tenant.id, now)
      await seedDemoMatching(trx, tenant.id, now)
      await seedDemoMarketplace(trx, tenant.id, now)
    }
    return { created: true, tenantId: tenant.id }
  })
}
