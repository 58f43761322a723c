import type { Db } from '../db/database.ts'
import type { Tenant, TenantColours } from './tenant-table.ts'
import type { LocalizedText } from '../i18n/localized-text.ts'

export interface NewTenant {
  slug: string
  name: string
  hostNames: string[]
  logoSvg: string
  colours: TenantColours
  welcome: LocalizedText
  contactEmail: string | null
}

export async function findTenantForHost(db: Db, hostName: string): Promise<Tenant | undefined> {
  const byHost = await db
    .selectFrom('tenants')
    .selectAll()
    .where((eb) => eb(eb.val(hostName), '=', eb.fn.any('host_names')))
    .executeTakeFirst()
  if (byHost) return byHost
  // A deployment with one municipality serves it on any host name (a proxy, an IP address, localhost).
  const all = await db.selectFrom('tenants').selectAll().orderBy('id').limit(2).execute()
  return all.length === 1 ? all[0] : undefined
}

export async function findTenantBySlug(db: Db, slug: string): Promise<Tenant | undefined> {
  return db.selectFrom('tenants').selectAll().where('slug', '=', slug).executeTakeFirst()
}

export async function countTenants(db: Db): Promise<number> {
  const { count } = await db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return Number(count)
}

export async function insertTenant(db: Db, tenant: NewTenant): Promise<Tenant> {
  return db
    .insertInto('tenants')
    .values({
      slug: tenant.slug,
      name: tenant.name,
      host_names: tenant.hostNames,
      logo_svg: tenant.logoSvg,
      colours: JSON.stringify(tenant.colours),
      welcome: JSON.stringify(tenant.welcome),
      contact_email: tenant.contactEmail,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
}
