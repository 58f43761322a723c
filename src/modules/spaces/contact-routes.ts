import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import { asFormBody } from '../../platform/forms/form-body.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit, type RateLimitRule } from '../../platform/rate-limit/rate-limit.ts'
import { contactRefusal, readContactForm, type ContactValues } from '../messages/contact-form.tsx'
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX, startConversation } from '../messages/conversations.ts'
import { SpaceContactPage } from './contact-views.tsx'
import type { SpaceDetail } from './space-queries.ts'
import { visibleSpace } from './space-routes.ts'

/** Writing to many owners in a short time looks like spam; an hour still allows plenty of questions. */
export const spaceContactRateLimit: RateLimitRule = { name: 'spaces:contact', limit: 20, windowSeconds: 3600 }

/** "Contact the owner": a message through Noaber's messages, for whoever may see the space. */
export function spaceContactRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  function show(request: FastifyRequest, reply: FastifyReply, space: SpaceDetail, extra: { values?: ContactValues; errors?: Parameters<typeof SpaceContactPage>[0]['errors']; refusal?: string } = {}, status = 200) {
    const own = space.owner_id === request.person!.id
    return sendHtml(
      reply,
      SpaceContactPage({
        ctx: viewContext(request, reply),
        space,
        values: extra.values ?? { subject: request.t('spaces.contact.subject', { name: space.name }).slice(0, MESSAGE_SUBJECT_MAX), body: '' },
        errors: extra.errors,
        refusal: extra.refusal ?? (own ? request.t(contactRefusal.self) : undefined),
        showForm: !own,
      }),
      status,
    )
  }

  app.get('/ruimtes/:id/contact', signedIn, async (request, reply) => {
    const space = await visibleSpace(deps, request, reply)
    if (!space) return reply
    return show(request, reply, space)
  })

  app.post('/ruimtes/:id/contact', signedIn, async (request, reply) => {
    const space = await visibleSpace(deps, request, reply)
    if (!space) return reply
    const { values, errors } = readContactForm(asFormBody(request.body), request.t)
    const shown = { subject: values.subject.slice(0, MESSAGE_SUBJECT_MAX), body: values.body.slice(0, MESSAGE_BODY_MAX) }
    if (errors.length > 0) return show(request, reply, space, { values: shown, errors }, 400)
    const tenantId = tenantOf(request).id
    const person = request.person!
    const now = clock.now()
    if (space.owner_id !== person.id) {
      const limit = await hitRateLimit(db, spaceContactRateLimit, `${tenantId}:${person.id}`, now)
      if (!limit.allowed) {
        reply.header('retry-after', String(limit.retryAfterSeconds))
        return show(request, reply, space, { values: shown, refusal: request.t('spaces.contact.tooMany') }, 429)
      }
    }
    const result = await startConversation(
      db,
      { tenantId, fromPersonId: person.id, toPersonId: space.owner_id, subject: values.subject, body: values.body, context: { kind: 'space', id: space.id, url: `/ruimtes/${space.id}` } },
      now,
    )
    if (result.ok) return reply.redirect(`/berichten/${result.conversationId}`, 303)
    return show(request, reply, space, { values: shown, refusal: request.t(contactRefusal[result.reason]) }, 400)
  })
}
