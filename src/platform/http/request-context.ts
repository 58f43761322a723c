import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { defaultLocale, isLocale, type Locale } from '../i18n/locale.ts'
import { translator, type Translate } from '../i18n/translate.ts'
import type { ViewContext } from '../layout/view-context.ts'
import { findTenantForHost } from '../tenancy/tenant-repository.ts'
import type { Tenant } from '../tenancy/tenant-table.ts'
import type { Db } from '../db/database.ts'
import { batchedRead } from '../db/batched-read.ts'
import { sendError } from './errors.ts'
import { readVersions } from './public-cache.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** The municipality this request is for, chosen by host name; undefined before one is set up. */
    tenant: Tenant | undefined
    locale: Locale
    t: Translate
  }
}

export const LANGUAGE_COOKIE = 'lang'

/** Chooses municipality and language for every request before any route runs. */
export function registerRequestContext(app: FastifyInstance, db: Db): void {
  app.decorateRequest('tenant', undefined)
  app.decorateRequest('locale', defaultLocale)
  app.decorateRequest('t', translator(defaultLocale))
  app.decorateRequest('contentVersion', 0)
  app.decorateRequest('workVersion', 0)

  // Municipalities by host name, valid for one content version: a changed tenant changes the version.
  const tenants = new Map<string, Tenant | undefined>()
  let tenantsVersion = -1
  const versionsNow = batchedRead(() => readVersions(db))

  app.addHook('onRequest', async (request, reply) => {
    const chosen = request.cookies[LANGUAGE_COOKIE]
    request.locale = isLocale(chosen) ? chosen : defaultLocale
    request.t = translator(request.locale)
    if (request.url.startsWith('/assets/') || request.url === '/healthz' || request.url === '/readyz') return
    const versions = await versionsNow()
    request.contentVersion = versions.content
    request.workVersion = versions.work
    if (request.contentVersion !== tenantsVersion) {
      tenants.clear()
      tenantsVersion = request.contentVersion
    }
    const host = request.hostname.replace(/:\d+$/, '').toLowerCase()
    if (!tenants.has(host)) tenants.set(host, await findTenantForHost(db, host))
    request.tenant = tenants.get(host)
    if (!request.tenant) return sendError(request, reply, 503)
  })
}

export function viewContext(request: FastifyRequest, reply: FastifyReply): ViewContext {
  const person = request.person
  let csrfToken: string | undefined
  return {
    person: person ? { displayName: person.displayName, email: person.email, roles: person.roles } : undefined,
    // Made only when a form asks for it: the token's cookie would keep a page out of the public cache.
    get csrfToken() {
      csrfToken ??= reply.generateCsrf()
      return csrfToken
    },
    unreadConversations: request.unreadConversations,
    locale: request.locale,
    t: request.t,
    tenant: request.tenant ? { name: request.tenant.name, slug: request.tenant.slug } : { name: 'Noaber', slug: '' },
    currentPath: request.url,
  }
}

/** The municipality of a request; every route but health and assets runs only when there is one. */
export function tenantOf(request: FastifyRequest): Tenant {
  if (!request.tenant) throw new Error('tenantOf called on a request without a municipality')
  return request.tenant
}
