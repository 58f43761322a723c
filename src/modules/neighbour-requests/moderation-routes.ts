import { actorLabel } from '../../platform/audit/audit-log.ts'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireRoles } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { dismissReports, hidePost, listOpenReports, type Moderator } from './moderation.ts'
import { ReportsPage } from './moderation-views.tsx'
import { postFor, sendPostPage } from './post-page.ts'
import { findPost } from './post-queries.ts'
import { noticeOf } from './post-routes.ts'
import { LIMITS } from './vocabulary.ts'

const ID = /^\d{1,15}$/

/** Coordinators' handling of reports: the queue, hiding a post, dismissing its reports. */
export function moderationRoutes(app: FastifyInstance, { db, clock, config }: ModuleDeps): void {
  const moderators = { preHandler: requireRoles('coordinator', 'admin'), schema: { hide: true } }

  function moderatorOf(request: FastifyRequest): Moderator {
    const person = request.person!
    return { tenantId: tenantOf(request).id, personId: person.id, label: actorLabel(person) }
  }

  function postId(request: FastifyRequest): number | undefined {
    const raw = (request.params as { id?: string }).id ?? ''
    return ID.test(raw) ? Number(raw) : undefined
  }

  /** Forms on the post's own page send `vanaf=bericht`, so the moderator comes back where they were. */
  function cameFromPost(request: FastifyRequest): boolean {
    return field(asFormBody(request.body), 'vanaf') === 'bericht'
  }

  async function showReports(request: FastifyRequest, reply: FastifyReply, extra: { failedPostId?: number; errors?: FieldError[]; values?: Record<string, string> } = {}, status = 200) {
    const items = await listOpenReports(db, tenantOf(request).id)
    return sendHtml(reply, ReportsPage({ ctx: viewContext(request, reply), items, notice: noticeOf(request), ...extra }), status)
  }

  app.get('/werk/meldingen', moderators, async (request, reply) => showReports(request, reply))

  app.post('/werk/meldingen/:id/verbergen', moderators, async (request, reply) => {
    const id = postId(request)
    if (id === undefined || !(await findPost(db, tenantOf(request).id, id))) return sendError(request, reply, 404)
    const reason = field(asFormBody(request.body), 'reason')
    const errors: FieldError[] = []
    checkText(errors, request.t, 'reason', reason, { required: true, ...LIMITS.hideReason })
    if (errors.length > 0) {
      const values = { reason: reason.slice(0, LIMITS.hideReason.max * 2) }
      if (!cameFromPost(request)) return showReports(request, reply, { failedPostId: id, errors, values }, 400)
      const access = await postFor(db, request, reply, clock.now())
      if (!access) return reply
      return sendPostPage(db, request, reply, access, { failedForm: 'hide', errors, values }, 400)
    }
    const tenant = tenantOf(request)
    const outcome = await hidePost(db, moderatorOf(request), { postId: id, reason, locale: request.locale, baseUrl: config.baseUrl, tenantName: tenant.name }, clock.now())
    if (outcome === 'notFound') return sendError(request, reply, 404)
    return reply.redirect(cameFromPost(request) ? `/buurtvragen/${id}?bericht=verborgen` : '/werk/meldingen?bericht=verborgen', 303)
  })

  app.post('/werk/meldingen/:id/afwijzen', moderators, async (request, reply) => {
    const id = postId(request)
    if (id === undefined) return sendError(request, reply, 404)
    const outcome = await dismissReports(db, moderatorOf(request), id, clock.now())
    if (outcome === 'notFound') return sendError(request, reply, 404)
    return reply.redirect(cameFromPost(request) ? `/buurtvragen/${id}?bericht=afgewezen` : '/werk/meldingen?bericht=afgewezen', 303)
  })
}
