import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireRoles, requireSignedIn } from '../../platform/auth/guards.ts'
import { hasRole } from '../../platform/auth/session.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit } from '../../platform/rate-limit/rate-limit.ts'
import { listAreaBoundaries, listAreas } from '../areas/area-repository.ts'
import { upcomingAcceptedTimes } from './booking-service.ts'
import { facilityLabel } from './labels.ts'
import { localTime } from './local-time.ts'
import { emptySpaceForm, readSpaceForm, spaceFormOf, validateSpaceForm } from './space-form.ts'
import { SpaceFormPage } from './space-form-views.tsx'
import { canManage, canSee, findSpace, listSpaces, type Reader, type SpaceDetail } from './space-queries.ts'
import { createSpace, setSpaceHidden, updateSpace, type SpaceActor } from './space-service.ts'
import { SpacePage, SpacesPage, type DirectoryFilters } from './space-views.tsx'
import { facilities, LIMITS, type Facility } from './vocabulary.ts'

export const DIRECTORY_PAGE_SIZE = 20
export const spaceCreationRateLimit = { name: 'spaceCreation:person', limit: 20, windowSeconds: 3600 }
const ID = /^\d{1,15}$/

const notices: Record<string, MessageKey> = { aangemaakt: 'spaces.notice.created', opgeslagen: 'spaces.notice.saved', verborgen: 'spaces.notice.hidden', getoond: 'spaces.notice.shown', foto: 'spaces.notice.photo' }

export function readerOf(request: FastifyRequest): Reader {
  return { personId: request.person?.id, isCoordinator: hasRole(request.person, 'coordinator', 'admin') }
}

export function actorOf(request: FastifyRequest, now: Date): SpaceActor {
  return { tenantId: tenantOf(request).id, personId: request.person!.id, label: request.person!.email, locale: request.locale, now }
}

export function noticeOf(request: FastifyRequest): MessageKey | undefined {
  const key = (request.query as { bericht?: unknown }).bericht
  return typeof key === 'string' && Object.hasOwn(notices, key) ? notices[key] : undefined
}

/** The space named in the address, if this reader may see it; otherwise a 404, as if it did not exist. */
export async function visibleSpace(deps: ModuleDeps, request: FastifyRequest, reply: FastifyReply): Promise<SpaceDetail | undefined> {
  const raw = (request.params as { id?: string }).id ?? ''
  const space = ID.test(raw) ? await findSpace(deps.db, tenantOf(request).id, Number(raw)) : undefined
  if (!space || !canSee(space, readerOf(request))) {
    await sendError(request, reply, 404)
    return undefined
  }
  return space
}

/** The space, if this reader may change it: its owner or a coordinator; others who can see it get a 403. */
export async function managedSpace(deps: ModuleDeps, request: FastifyRequest, reply: FastifyReply): Promise<SpaceDetail | undefined> {
  const space = await visibleSpace(deps, request, reply)
  if (!space) return undefined
  if (!canManage(space, readerOf(request))) {
    await sendError(request, reply, 403)
    return undefined
  }
  return space
}

function queryText(query: Record<string, unknown>, name: string): string {
  const value = query[name]
  return typeof value === 'string' ? value.trim().slice(0, 100) : ''
}

function queryList(query: Record<string, unknown>, name: string): string[] {
  const value = query[name]
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string')
}

/** The directory, the page of each space, and listing, changing and hiding spaces. */
export function spaceRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config, clock } = deps
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  app.get('/ruimtes', { schema: { hide: true } }, async (request, reply) => {
    const tenant = tenantOf(request)
    const query = request.query as Record<string, unknown>
    const areas = await listAreas(db, tenant.id)
    const extra = queryList(query, 'extra')
    // A value that is not one of the choices is ignored, as a form can only send the choices.
    const filters: DirectoryFilters = {
      wijk: areas.some((area) => area.slug === queryText(query, 'wijk')) ? queryText(query, 'wijk') : '',
      capaciteit: queryText(query, 'capaciteit'),
      toegankelijk: extra.includes('toegankelijk'),
      voorziening: (facilities as readonly string[]).includes(queryText(query, 'voorziening')) ? queryText(query, 'voorziening') : '',
      gratis: extra.includes('gratis'),
    }
    const capacity = /^\d{1,5}$/.test(filters.capaciteit) ? Number(filters.capaciteit) : NaN
    const capacityError = filters.capaciteit && !(capacity >= 1 && capacity <= LIMITS.capacity) ? request.t('spaces.form.capacity.invalid') : undefined
    const rawPage = queryText(query, 'pagina')
    const page = /^\d{1,5}$/.test(rawPage) ? Math.max(1, Number(rawPage)) : 1
    const result = await listSpaces(
      db,
      tenant.id,
      {
        areaSlug: filters.wijk || undefined,
        minCapacity: capacityError || !filters.capaciteit ? undefined : capacity,
        accessible: filters.toegankelijk,
        facility: (filters.voorziening || undefined) as Facility | undefined,
        free: filters.gratis,
      },
      page,
      DIRECTORY_PAGE_SIZE,
    )
    const choices = {
      areas: areas.map((area) => ({ value: area.slug, label: area.name })),
      facilities: facilities.map((facility) => ({ value: facility, label: request.t(facilityLabel[facility]) })),
    }
    return sendHtml(reply, SpacesPage({ ctx: viewContext(request, reply), filters, capacityError, choices, items: result.items, total: result.total, page, pageSize: DIRECTORY_PAGE_SIZE }))
  })

  async function formPage(request: FastifyRequest, reply: FastifyReply, props: Omit<Parameters<typeof SpaceFormPage>[0], 'ctx' | 'areas' | 'tileUrl'>, status = 200) {
    const areas = await listAreas(db, tenantOf(request).id)
    return sendHtml(reply, SpaceFormPage({ ctx: viewContext(request, reply), areas, tileUrl: config.tileUrl, ...props }), status)
  }

  app.get('/ruimtes/nieuw', signedIn, async (request, reply) => formPage(request, reply, { form: emptySpaceForm() }))

  app.post('/ruimtes/nieuw', signedIn, async (request, reply) => {
    const form = readSpaceForm(asFormBody(request.body))
    const outcome = validateSpaceForm(form, await listAreaBoundaries(db, tenantOf(request).id), request.t)
    if ('errors' in outcome) return formPage(request, reply, { form: shownAgain(form), errors: outcome.errors }, 400)
    const limit = await hitRateLimit(db, spaceCreationRateLimit, `${tenantOf(request).id}:${request.person!.id}`)
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds))
      return sendError(request, reply, 429)
    }
    const id = await createSpace(db, actorOf(request, clock.now()), outcome.space)
    return reply.redirect(`/ruimtes/${id}/bewerken?bericht=aangemaakt#fotos`, 303)
  })

  app.get('/ruimtes/:id', { schema: { hide: true } }, async (request, reply) => {
    const space = await visibleSpace(deps, request, reply)
    if (!space) return reply
    return renderSpacePage(request, reply, space)
  })

  async function renderSpacePage(request: FastifyRequest, reply: FastifyReply, space: SpaceDetail, extra: { errors?: FieldError[]; hideReason?: string } = {}, status = 200) {
    const now = clock.now()
    const reader = readerOf(request)
    const taken = await upcomingAcceptedTimes(db, space.id, now)
    return sendHtml(
      reply,
      SpacePage({
        ctx: viewContext(request, reply), space, today: localTime(now).day, taken, canManage: canManage(space, reader), isOwner: space.owner_id === reader.personId,
        isCoordinator: reader.isCoordinator, notice: noticeOf(request), ...extra,
      }),
      status,
    )
  }

  app.get('/ruimtes/:id/bewerken', signedIn, async (request, reply) => {
    const space = await managedSpace(deps, request, reply)
    if (!space) return reply
    return formPage(request, reply, { space, form: formOfSpace(space), notice: noticeOf(request) })
  })

  app.post('/ruimtes/:id/bewerken', signedIn, async (request, reply) => {
    const space = await managedSpace(deps, request, reply)
    if (!space) return reply
    const form = readSpaceForm(asFormBody(request.body))
    const outcome = validateSpaceForm(form, await listAreaBoundaries(db, tenantOf(request).id), request.t)
    if ('errors' in outcome) return formPage(request, reply, { space, form: shownAgain(form), errors: outcome.errors }, 400)
    await updateSpace(db, actorOf(request, clock.now()), space.id, outcome.space)
    return reply.redirect(`/ruimtes/${space.id}?bericht=opgeslagen`, 303)
  })

  const coordinators = { preHandler: requireRoles('coordinator', 'admin'), schema: { hide: true } }

  app.post('/ruimtes/:id/verbergen', coordinators, async (request, reply) => {
    const space = await visibleSpace(deps, request, reply)
    if (!space) return reply
    const reason = field(asFormBody(request.body), 'reason')
    const errors: FieldError[] = []
    checkText(errors, request.t, 'reason', reason, { required: true, min: 3, max: LIMITS.hiddenReason })
    if (errors.length > 0) return renderSpacePage(request, reply, space, { errors, hideReason: reason.slice(0, LIMITS.hiddenReason) }, 400)
    await setSpaceHidden(db, actorOf(request, clock.now()), space.id, reason)
    return reply.redirect(`/ruimtes/${space.id}?bericht=verborgen`, 303)
  })

  app.post('/ruimtes/:id/tonen', coordinators, async (request, reply) => {
    const space = await visibleSpace(deps, request, reply)
    if (!space) return reply
    await setSpaceHidden(db, actorOf(request, clock.now()), space.id, null)
    return reply.redirect(`/ruimtes/${space.id}?bericht=getoond`, 303)
  })
}

/** What was typed, cut to what the fields can hold, to show in the form again. */
function shownAgain(form: ReturnType<typeof readSpaceForm>) {
  return { ...form, name: form.name.slice(0, LIMITS.name), description: form.description.slice(0, LIMITS.description), address: form.address.slice(0, LIMITS.address), priceNote: form.priceNote.slice(0, LIMITS.priceNote) }
}

export function formOfSpace(space: SpaceDetail) {
  return spaceFormOf({
    name: space.name, description: space.description, address: space.address, latitude: space.latitude, longitude: space.longitude, areaId: space.area_id, capacity: space.capacity,
    accessibility: space.accessibility, facilities: space.facilities, priceKind: space.price_kind, priceCents: space.price_cents, priceNote: space.price_note, visibility: space.visibility,
    windows: space.windows, closures: space.closures,
  })
}
