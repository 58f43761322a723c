import type { FastifyInstance } from 'fastify'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { isOneOf } from '../initiatives/vocabulary.ts'
import { answerFollowUp, findFollowUp } from './follow-up.ts'
import { FollowUpPage, FollowUpRefusedPage } from './follow-up-views.tsx'
import { followUpAnswers, LIMITS } from './vocabulary.ts'

/**
 * The follow-up three months after an event: the link in the mail opens a page where the party says
 * whether the agreement was kept. The link is the permission, so no sign-in; it works once.
 */
export function followUpRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps
  const page = { schema: { hide: true } }

  app.get('/beursvloer/terugblik', page, async (request, reply) => {
    const token = (request.query as { token?: unknown }).token
    const followUp = typeof token === 'string' ? await findFollowUp(db, tenantOf(request).id, token) : undefined
    if (!followUp) return sendHtml(reply, FollowUpRefusedPage({ ctx: viewContext(request, reply) }), 404)
    if (followUp.answeredAt) return sendHtml(reply, FollowUpRefusedPage({ ctx: viewContext(request, reply), used: followUp }), 410)
    return sendHtml(reply, FollowUpPage({ ctx: viewContext(request, reply), followUp, token: token as string }))
  })

  app.post('/beursvloer/terugblik', page, async (request, reply) => {
    const body = asFormBody(request.body)
    const token = field(body, 'token')
    const followUp = await findFollowUp(db, tenantOf(request).id, token)
    if (!followUp) return sendHtml(reply, FollowUpRefusedPage({ ctx: viewContext(request, reply) }), 404)
    if (followUp.answeredAt) return sendHtml(reply, FollowUpRefusedPage({ ctx: viewContext(request, reply), used: followUp }), 410)
    const answer = field(body, 'answer')
    const comment = field(body, 'comment')
    const errors: FieldError[] = []
    if (!isOneOf(followUpAnswers, answer)) errors.push({ field: 'answer', message: request.t('marketplace.followUp.answer.required') })
    checkText(errors, request.t, 'comment', comment, { max: LIMITS.comment })
    if (errors.length > 0 || !isOneOf(followUpAnswers, answer)) {
      return sendHtml(reply, FollowUpPage({ ctx: viewContext(request, reply), followUp, token, answer, comment: comment.slice(0, LIMITS.comment), errors }), 400)
    }
    if ((await answerFollowUp(db, followUp.id, answer, comment, clock.now())) === 'used') {
      return sendHtml(reply, FollowUpRefusedPage({ ctx: viewContext(request, reply), used: (await findFollowUp(db, tenantOf(request).id, token))! }), 410)
    }
    return reply.redirect(`/beursvloer/${followUp.eventSlug}/resultaten?bericht=bedankt`, 303)
  })
}
