import { isOneOf } from '../initiatives/vocabulary.ts'
import type { FastifyInstance } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit } from '../../platform/rate-limit/rate-limit.ts'
import { reportPost } from './moderation.ts'
import { refusalText } from './post-page-views.tsx'
import { postFor, sendPostPage } from './post-page.ts'
import { respondingRateLimit } from './rate-limits.ts'
import { respondRefusal, respondToPost, type RespondRefusal } from './responses.ts'
import { LIMITS, reportReasons } from './vocabulary.ts'

/** A block or one's own post is a refusal of who you are; a closed post or a second response is a conflict with its state. */
const refusalStatus: Record<RespondRefusal, number> = { own: 403, blocked: 403, closed: 409, already: 409 }

/** Responding to a post, and reporting one. */
export function responseRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  app.post('/buurtvragen/:id/reageren', signedIn, async (request, reply) => {
    const now = clock.now()
    const access = await postFor(db, request, reply, now)
    if (!access) return reply
    const person = request.person!
    const refusal = await respondRefusal(db, access.post, person.id)
    if (refusal) return sendPostPage(db, request, reply, access, { alert: refusalText[refusal] }, refusalStatus[refusal])
    const message = field(asFormBody(request.body), 'message')
    const errors: FieldError[] = []
    checkText(errors, request.t, 'message', message, { required: true, max: LIMITS.response.max })
    if (errors.length > 0) return sendPostPage(db, request, reply, access, { failedForm: 'respond', errors, values: { message: message.slice(0, LIMITS.response.max * 2) } }, 400)
    const tenant = tenantOf(request)
    const limit = await hitRateLimit(db, respondingRateLimit, `${tenant.id}:${person.id}`, now)
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds))
      return sendPostPage(db, request, reply, access, { failedForm: 'respond', errors: [{ field: 'message', message: request.t('neighbourRequests.respond.tooMany') }], values: { message } }, 429)
    }
    const outcome = await respondToPost(db, tenant.id, access.post, person.id, message, now)
    if (!outcome.ok) return sendPostPage(db, request, reply, access, { alert: refusalText[outcome.reason] }, refusalStatus[outcome.reason])
    return reply.redirect(`/buurtvragen/${access.post.id}?bericht=gereageerd#responses-title`, 303)
  })

  app.post('/buurtvragen/:id/melden', signedIn, async (request, reply) => {
    const now = clock.now()
    const access = await postFor(db, request, reply, now)
    if (!access) return reply
    // Reporting is for others' posts that others can see; a poster withdraws their own by closing it.
    if (access.isAuthor) return sendError(request, reply, 403)
    if (access.post.hiddenAt) return reply.redirect(`/buurtvragen/${access.post.id}`, 303)
    const body = asFormBody(request.body)
    const reason = field(body, 'reason')
    const note = field(body, 'note')
    const errors: FieldError[] = []
    if (!isOneOf(reportReasons, reason)) errors.push({ field: 'reason', message: request.t('neighbourRequests.error.reportReason') })
    checkText(errors, request.t, 'note', note, { max: LIMITS.reportNote.max })
    if (errors.length > 0 || !isOneOf(reportReasons, reason)) return sendPostPage(db, request, reply, access, { failedForm: 'report', errors, values: { reason, note: note.slice(0, LIMITS.reportNote.max * 2) } }, 400)
    const outcome = await reportPost(db, access.post.id, request.person!.id, reason, note, now)
    if (outcome === 'already') return sendPostPage(db, request, reply, access, { alert: 'neighbourRequests.report.already' }, 409)
    return reply.redirect(`/buurtvragen/${access.post.id}?bericht=gemeld`, 303)
  })
}
