import { isOneOf } from '../initiatives/vocabulary.ts'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit } from '../../platform/rate-limit/rate-limit.ts'
import { calendarDayInAmsterdam } from '../../platform/time/calendar-day.ts'
import { listAreas } from '../areas/area-repository.ts'
import { categoryLabel, kindLabel } from './labels.ts'
import { PostFormPage } from './post-form-views.tsx'
import { readPostForm, validatePostForm, type PostForm } from './post-form.ts'
import { PostListPage, type PostListFilters } from './post-list-views.tsx'
import { postFor, sendPostPage } from './post-page.ts'
import { listPosts } from './post-queries.ts'
import { closePost, createPost, updatePost } from './post-service.ts'
import { postingRateLimit } from './rate-limits.ts'
import { LIMITS, closeReasons, postCategories, postKinds } from './vocabulary.ts'

export const POST_PAGE_SIZE = 20
const PAGE = /^\d{1,5}$/

/** Notices after a redirect, by the word in the address. */
export const notices: Record<string, MessageKey> = {
  geplaatst: 'neighbourRequests.posted',
  opgeslagen: 'neighbourRequests.saved',
  afgesloten: 'neighbourRequests.close.done',
  gereageerd: 'neighbourRequests.respond.sent',
  gemeld: 'neighbourRequests.report.done',
  verborgen: 'neighbourRequests.hide.done',
  afgewezen: 'neighbourRequests.dismiss.done',
}

export function noticeOf(request: FastifyRequest): MessageKey | undefined {
  const word = (request.query as { bericht?: unknown }).bericht
  return typeof word === 'string' && Object.hasOwn(notices, word) ? notices[word] : undefined
}

const emptyForm: PostForm = { kind: '', title: '', description: '', area: '', category: '', neededBy: '' }

/** The list, the page of one post, placing and changing a post, and closing it. */
export function postRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  app.get('/buurtvragen', { schema: { hide: true } }, async (request, reply) => {
    const tenant = tenantOf(request)
    const query = request.query as Record<string, unknown>
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim().slice(0, 100) : '')
    const areas = await listAreas(db, tenant.id)
    // A value that is not one of the choices is ignored, as the form can only send the choices.
    const filters: PostListFilters = {
      soort: isOneOf(postKinds, text('soort')) ? text('soort') : '',
      wijk: areas.some((area) => area.slug === text('wijk')) ? text('wijk') : '',
      categorie: isOneOf(postCategories, text('categorie')) ? text('categorie') : '',
    }
    const page = PAGE.test(text('pagina')) ? Math.max(1, Number(text('pagina'))) : 1
    const result = await listPosts(
      db,
      tenant.id,
      {
        kind: isOneOf(postKinds, filters.soort) ? filters.soort : undefined,
        areaSlug: filters.wijk || undefined,
        category: isOneOf(postCategories, filters.categorie) ? filters.categorie : undefined,
      },
      page,
      POST_PAGE_SIZE,
      clock.now(),
    )
    const t = request.t
    const choices = {
      kinds: postKinds.map((kind) => ({ value: kind, label: t(kindLabel[kind]) })),
      areas: areas.map((area) => ({ value: area.slug, label: area.name })),
      categories: postCategories.map((category) => ({ value: category, label: t(categoryLabel[category]) })),
    }
    return sendHtml(reply, PostListPage({ ctx: viewContext(request, reply), filters, choices, items: result.items, total: result.total, page, pageSize: POST_PAGE_SIZE }))
  })

  async function showForm(request: FastifyRequest, reply: FastifyReply, form: PostForm, extra: { errors?: FieldError[]; postId?: number } = {}, status = 200) {
    const areas = await listAreas(db, tenantOf(request).id)
    // Show what was typed again, cut to size, so a too-long text does not make the page itself huge.
    const shown = { ...form, title: form.title.slice(0, LIMITS.title.max * 2), description: form.description.slice(0, LIMITS.description.max * 2), neededBy: form.neededBy.slice(0, 20) }
    return sendHtml(reply, PostFormPage({ ctx: viewContext(request, reply), form: shown, areas, ...extra }), status)
  }

  app.get('/buurtvragen/nieuw', signedIn, async (request, reply) => showForm(request, reply, emptyForm))

  app.post('/buurtvragen/nieuw', signedIn, async (request, reply) => {
    const tenant = tenantOf(request)
    const person = request.person!
    const now = clock.now()
    const form = readPostForm(asFormBody(request.body))
    const outcome = validatePostForm(form, await listAreas(db, tenant.id), calendarDayInAmsterdam(now), request.t)
    if ('errors' in outcome) return showForm(request, reply, form, { errors: outcome.errors }, 400)
    const limit = await hitRateLimit(db, postingRateLimit, `${tenant.id}:${person.id}`, now)
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds))
      return showForm(request, reply, form, { errors: [{ field: 'title', message: request.t('neighbourRequests.error.tooMany', { limit: postingRateLimit.limit }) }] }, 429)
    }
    const id = await createPost(db, { tenantId: tenant.id, personId: person.id }, outcome.input, now)
    return reply.redirect(`/buurtvragen/${id}?bericht=geplaatst`, 303)
  })

  app.get('/buurtvragen/:id', { schema: { hide: true } }, async (request, reply) => {
    const access = await postFor(db, request, reply, clock.now())
    if (!access) return reply
    return sendPostPage(db, request, reply, access, { notice: noticeOf(request) })
  })

  /** Only the poster changes their post; for anyone else it does not exist, as with hidden posts. */
  async function ownPost(request: FastifyRequest, reply: FastifyReply) {
    const access = await postFor(db, request, reply, clock.now())
    if (access && !access.isAuthor) {
      await sendError(request, reply, 404)
      return undefined
    }
    return access
  }

  app.get('/buurtvragen/:id/wijzigen', signedIn, async (request, reply) => {
    const access = await ownPost(request, reply)
    if (!access) return reply
    const { post } = access
    // A closed or hidden post cannot change; its page says why.
    if (post.status !== 'open' || post.hiddenAt) return reply.redirect(`/buurtvragen/${post.id}`, 303)
    const form = { kind: post.kind, title: post.title, description: post.description, area: post.area.slug, category: post.category, neededBy: post.neededBy ?? '' }
    return showForm(request, reply, form, { postId: post.id })
  })

  app.post('/buurtvragen/:id/wijzigen', signedIn, async (request, reply) => {
    const access = await ownPost(request, reply)
    if (!access) return reply
    const tenant = tenantOf(request)
    const now = clock.now()
    const form = readPostForm(asFormBody(request.body))
    const outcome = validatePostForm(form, await listAreas(db, tenant.id), calendarDayInAmsterdam(now), request.t)
    if ('errors' in outcome) return showForm(request, reply, form, { errors: outcome.errors, postId: access.post.id }, 400)
    const saved = await updatePost(db, { tenantId: tenant.id, personId: request.person!.id }, access.post.id, outcome.input, now)
    if (saved === 'notEditable') return showForm(request, reply, form, { errors: [{ field: 'title', message: request.t('neighbourRequests.error.notEditable') }], postId: access.post.id }, 409)
    return reply.redirect(`/buurtvragen/${access.post.id}?bericht=opgeslagen`, 303)
  })

  app.post('/buurtvragen/:id/sluiten', signedIn, async (request, reply) => {
    const access = await ownPost(request, reply)
    if (!access) return reply
    const reason = field(asFormBody(request.body), 'reason')
    if (!isOneOf(closeReasons, reason)) return sendPostPage(db, request, reply, access, { failedForm: 'close', errors: [{ field: 'reason', message: request.t('neighbourRequests.error.closeReason') }] }, 400)
    const closed = await closePost(db, { tenantId: tenantOf(request).id, personId: request.person!.id }, access.post.id, reason, clock.now())
    // Closing twice (a double click) or closing a hidden post changes nothing; the page shows the post as it is.
    return reply.redirect(closed === 'closed' ? `/buurtvragen/${access.post.id}?bericht=afgesloten` : `/buurtvragen/${access.post.id}`, 303)
  })
}
