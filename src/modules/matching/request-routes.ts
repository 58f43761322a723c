import { idParam } from '../../platform/http/route-ids.ts'
import type { FastifyInstance } from 'fastify'
import { hasRole } from '../../platform/auth/session.ts'
import { requireRoles, requireSignedIn } from '../../platform/auth/guards.ts'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { redirectNotice } from '../../platform/http/redirect-notice.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { connectionOutcomes } from '../initiatives/initiative-tables.ts'
import { isOneOf } from '../initiatives/vocabulary.ts'
import { answerRequest, recordOutcome, RequestRuleError } from './connection-requests.ts'
import { listReceivedRequests } from './request-queries.ts'
import { ReceivedRequestsPage } from './request-views.tsx'

const notices = {
  ja: { kind: 'ok', key: 'matching.requests.accepted' },
  nee: { kind: 'ok', key: 'matching.requests.declined' },
} as const

/** The party's side: the requests addressed to me, and my yes or no. Plus the broker's record of what came of it. */
export function requestRoutes(app: FastifyInstance, { db, config, clock }: ModuleDeps): void {
  app.get('/mijn/verzoeken', { preHandler: requireSignedIn, schema: { hide: true } }, async (request, reply) => {
    const requests = await listReceivedRequests(db, tenantOf(request).id, request.person!.id)
    const notice = redirectNotice(request, notices)
    return sendHtml(reply, ReceivedRequestsPage({ ctx: viewContext(request, reply), requests, notice }))
  })

  app.post('/mijn/verzoeken/:id', { preHandler: requireSignedIn, schema: { hide: true } }, async (request, reply) => {
    const requestId = idParam(request)
    if (requestId === undefined) return sendError(request, reply, 404)
    const body = asFormBody(request.body)
    const decision = field(body, 'decision')
    const answer = field(body, 'answer').slice(0, 1000)
    const tenant = tenantOf(request)
    const requests = () => listReceivedRequests(db, tenant.id, request.person!.id)
    if (decision !== 'accept' && decision !== 'decline') return sendError(request, reply, 400)
    try {
      await answerRequest(db, { tenant: { id: tenant.id, name: tenant.name }, requestId, recipientId: request.person!.id, accept: decision === 'accept', answer, now: clock.now(), baseUrl: config.baseUrl })
    } catch (error) {
      if (!(error instanceof RequestRuleError)) throw error
      // Someone else's request looks exactly like one that does not exist.
      if (error.reason !== 'notPending') return sendError(request, reply, 404)
      return sendHtml(reply, ReceivedRequestsPage({ ctx: viewContext(request, reply), requests: await requests(), notice: { kind: 'error', key: 'matching.requests.notPending' } }), 409)
    }
    return reply.redirect(`/mijn/verzoeken?bericht=${decision === 'accept' ? 'ja' : 'nee'}`, 303)
  })

  app.post('/werk/initiatieven/:id/verbindingen/:connectionId/resultaat', { preHandler: requireRoles('broker', 'coordinator', 'admin'), schema: { hide: true } }, async (request, reply) => {
    const id = idParam(request)
    const connectionId = idParam(request, 'connectionId')
    if (id === undefined || connectionId === undefined) return sendError(request, reply, 404)
    const initiative = await db
      .selectFrom('initiatives')
      .select(['id', 'broker_id'])
      .where('tenant_id', '=', tenantOf(request).id)
      .where('id', '=', id)
      .where('status', '!=', 'unconfirmed')
      .executeTakeFirst()
    if (!initiative) return sendError(request, reply, 404)
    if (!hasRole(request.person, 'coordinator', 'admin') && initiative.broker_id !== request.person!.id) return sendError(request, reply, 403)
    const body = asFormBody(request.body)
    const outcome = field(body, 'outcome')
    if (!isOneOf(connectionOutcomes, outcome)) return sendError(request, reply, 400)
    const saved = await recordOutcome(db, initiative.id, connectionId, outcome, field(body, 'note').slice(0, 1000), clock.now())
    if (!saved) return sendError(request, reply, 404)
    return reply.redirect(`/werk/initiatieven/${initiative.id}?bericht=opgeslagen#verbindingen`, 303)
  })
}
