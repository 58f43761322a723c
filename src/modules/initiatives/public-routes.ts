import type { FastifyInstance } from 'fastify'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import { localized } from '../../platform/i18n/translate.ts'
import { listPublicConnections } from '../matching/public-connections.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { getSetting } from '../../platform/settings/settings.ts'
import { listAreas } from '../areas/area-repository.ts'
import { listThemes } from '../themes/theme-repository.ts'
import { isFollowing } from './followers.ts'
import { findInitiativeListing, listInitiatives, listPublicUpdates } from './initiative-queries.ts'
import { needLabel, statusLabel } from './labels.ts'
import { PublicInitiativePage, PublicListPage, type PublicListFilters } from './public-views.tsx'
import { initiativeStatuses, isOneOf, needKinds, type InitiativeStatus } from './vocabulary.ts'

export const PUBLIC_PAGE_SIZE = 20
const ID = /^\d{1,15}$/
const PAGE = /^\d{1,5}$/
/** Statuses a public initiative can have: unconfirmed and withdrawn ones are never shown. */
const publicStatuses = initiativeStatuses.filter((status): status is Exclude<InitiativeStatus, 'unconfirmed' | 'withdrawn'> => status !== 'unconfirmed' && status !== 'withdrawn')

/** The public list and page of each published initiative. Anything not public is a plain 404, so no one learns it exists. */
export function publicInitiativeRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get('/initiatieven', { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => {
    const tenant = tenantOf(request)
    const query = request.query as Record<string, unknown>
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim().slice(0, 100) : '')
    const [themes, areas] = await Promise.all([listThemes(db, tenant.id), listAreas(db, tenant.id)])
    // A value that is not one of the choices is ignored, as a form can only send the choices.
    const filters: PublicListFilters = {
      thema: themes.some((theme) => theme.slug === text('thema')) ? text('thema') : '',
      wijk: areas.some((area) => area.slug === text('wijk')) ? text('wijk') : '',
      status: isOneOf(publicStatuses, text('status')) ? text('status') : '',
      hulpvraag: isOneOf(needKinds, text('hulpvraag')) ? text('hulpvraag') : '',
    }
    const page = PAGE.test(text('pagina')) ? Math.max(1, Number(text('pagina'))) : 1
    const result = await listInitiatives(
      db,
      tenant.id,
      'public',
      {
        themeSlug: filters.thema || undefined,
        areaSlug: filters.wijk || undefined,
        status: isOneOf(publicStatuses, filters.status) ? filters.status : undefined,
        need: isOneOf(needKinds, filters.hulpvraag) ? filters.hulpvraag : undefined,
      },
      page,
      PUBLIC_PAGE_SIZE,
    )
    const t = request.t
    const choices = {
      themes: themes.map((theme) => ({ value: theme.slug, label: localized(theme.name, request.locale) })),
      areas: areas.map((area) => ({ value: area.slug, label: area.name })),
      statuses: publicStatuses.map((status) => ({ value: status, label: t(statusLabel[status]) })),
      needs: needKinds.map((kind) => ({ value: kind, label: t(needLabel[kind]) })),
    }
    return sendHtml(
      reply,
      PublicListPage({ ctx: viewContext(request, reply), filters, choices, items: result.items, total: result.total, page, pageSize: PUBLIC_PAGE_SIZE }),
    )
  })

  app.get('/initiatieven/:id', { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => {
    const tenant = tenantOf(request)
    const raw = (request.params as { id?: string }).id ?? ''
    const listing = ID.test(raw) ? await findInitiativeListing(db, tenant.id, Number(raw), 'public') : undefined
    if (!listing) return sendError(request, reply, 404)
    const [updates, connections, following, phone] = await Promise.all([
      listPublicUpdates(db, listing.initiative.id),
      listPublicConnections(db, listing.initiative.id),
      request.person ? isFollowing(db, listing.initiative.id, request.person.id) : false,
      getSetting(db, tenant.id, 'contact.phone'),
    ])
    return sendHtml(
      reply,
      PublicInitiativePage({ ctx: viewContext(request, reply), listing, updates, connections, following, contact: { email: tenant.contact_email, phone } }),
    )
  })
}
