import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { findInitiative } from './case-service.ts'
import { follow, unfollow, unfollowByToken } from './followers.ts'
import { isPublicInitiative } from './vocabulary.ts'
import { UnsubscribePage } from './follower-views.tsx'

const ID = /^\d{1,15}$/

/** Following public initiatives, and leaving again from the mail without signing in. */
export function followerRoutes(app: FastifyInstance, { db, secret }: ModuleDeps): void {
  async function publicInitiative(request: FastifyRequest, reply: FastifyReply) {
    const raw = (request.params as { id?: string }).id ?? ''
    const initiative = ID.test(raw) ? await findInitiative(db, tenantOf(request).id, Number(raw)) : undefined
    if (!initiative || !isPublicInitiative(initiative)) {
      await sendError(request, reply, 404)
      return undefined
    }
    return initiative
  }

  app.post('/initiatieven/:id/volgen', { preHandler: requireSignedIn, schema: { hide: true } }, async (request, reply) => {
    const initiative = await publicInitiative(request, reply)
    if (!initiative) return reply
    await follow(db, secret, initiative.id, request.person!.id)
    return reply.redirect(`/initiatieven/${initiative.id}`, 303)
  })

  app.post('/initiatieven/:id/ontvolgen', { preHandler: requireSignedIn, schema: { hide: true } }, async (request, reply) => {
    const initiative = await publicInitiative(request, reply)
    if (!initiative) return reply
    await unfollow(db, initiative.id, request.person!.id)
    return reply.redirect(`/initiatieven/${initiative.id}`, 303)
  })

  app.get('/volgen/afmelden', { schema: { hide: true } }, async (request, reply) => {
    const token = String((request.query as { token?: unknown }).token ?? '').slice(0, 100)
    return sendHtml(reply, UnsubscribePage({ ctx: viewContext(request, reply), token }))
  })

  app.post('/volgen/afmelden', { schema: { hide: true } }, async (request, reply) => {
    const token = field(asFormBody(request.body), 'token').slice(0, 100)
    const outcome = token ? await unfollowByToken(db, tenantOf(request).id, token) : undefined
    return sendHtml(reply, UnsubscribePage({ ctx: viewContext(request, reply), token, outcome: outcome ? 'done' : 'unknown' }), outcome ? 200 : 400)
  })
}
