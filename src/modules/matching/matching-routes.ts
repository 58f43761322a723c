import { idParam, parseId } from '../../platform/http/route-ids.ts'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { hasRole } from '../../platform/auth/session.ts'
import { requireRoles, requireSignedIn } from '../../platform/auth/guards.ts'
import type { Db } from '../../platform/db/database.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { redirectNotice } from '../../platform/http/redirect-notice.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { isOneOf } from '../initiatives/vocabulary.ts'
import { askParty, RequestRuleError, withdrawRequest } from './connection-requests.ts'
import { partyKinds } from './request-table.ts'
import { suggestionsForNeed, type MatchInitiative, type MatchNeed, type MatchViewer } from './suggestions.ts'
import { SuggestionsPage, type AskFailure } from './suggestion-views.tsx'

export interface MatchCase {
  initiative: MatchInitiative
  brokerId: number | null
  openNeeds: MatchNeed[]
}

/** The initiative as matching needs it, with its open needs; undefined when it does not exist (yet). */
export async function loadMatchCase(db: Db, tenantId: number, id: number | undefined): Promise<MatchCase | undefined> {
  if (id === undefined) return undefined
  const row = await db
    .selectFrom('initiatives')
    .leftJoin('areas', 'areas.id', 'initiatives.area_id')
    .select(['initiatives.id', 'initiatives.title', 'initiatives.area_id', 'areas.name as area_name', 'initiatives.longitude', 'initiatives.latitude', 'initiatives.initiator_id', 'initiatives.broker_id'])
    .where('initiatives.tenant_id', '=', tenantId)
    .where('initiatives.id', '=', id)
    .where('initiatives.status', 'not in', ['unconfirmed', 'withdrawn'])
    .executeTakeFirst()
  if (!row) return undefined
  const needs = await db.selectFrom('initiative_needs').select(['id', 'kind', 'explanation']).where('initiative_id', '=', row.id).where('status', '=', 'open').orderBy('id').execute()
  return {
    initiative: { id: row.id, title: row.title, areaId: row.area_id, areaName: row.area_name, longitude: row.longitude, latitude: row.latitude, initiatorId: row.initiator_id },
    brokerId: row.broker_id,
    openNeeds: needs,
  }
}

interface Audience {
  /** Where the page lives, as a route, and for one initiative: the case file for staff, "my initiatives" for the initiator. */
  route: string
  base: (id: number) => string
  back: (id: number) => string
  viewer: MatchViewer
  guard: ReturnType<typeof requireRoles> | typeof requireSignedIn
  /** Sends 403/404 and returns false when this person may not match for this initiative. */
  allowed: (request: FastifyRequest, match: MatchCase) => 'yes' | 403 | 404
}

const audiences: Audience[] = [
  {
    route: '/werk/initiatieven/:id/suggesties',
    base: (id) => `/werk/initiatieven/${id}/suggesties`,
    back: (id) => `/werk/initiatieven/${id}#hulpvragen`,
    viewer: 'staff',
    guard: requireRoles('broker', 'coordinator', 'admin'),
    // As with the case file: its broker, or a coordinator.
    allowed: (request, match) => (hasRole(request.person, 'coordinator', 'admin') || match.brokerId === request.person!.id ? 'yes' : 403),
  },
  {
    route: '/mijn/initiatieven/:id/suggesties',
    base: (id) => `/mijn/initiatieven/${id}/suggesties`,
    back: (id) => `/mijn/initiatieven/${id}`,
    viewer: 'member',
    guard: requireSignedIn,
    allowed: (request, match) => (match.initiative.initiatorId === request.person!.id ? 'yes' : 404),
  },
]

const ruleMessage: Record<RequestRuleError['reason'], { key: MessageKey; status: number }> = {
  notSuggested: { key: 'matching.ask.notSuggested', status: 404 },
  alreadyAsked: { key: 'matching.ask.alreadyAsked', status: 409 },
  declinedBefore: { key: 'matching.ask.declinedBefore', status: 409 },
  notPending: { key: 'matching.requests.notPending', status: 409 },
}

const notices = {
  gevraagd: { kind: 'ok', key: 'matching.ask.sent' },
  ingetrokken: { kind: 'ok', key: 'matching.withdraw.done' },
} as const

const withdrawMessage = {
  notFound: { key: 'matching.withdraw.notFound', status: 404 },
  notPending: { key: 'matching.withdraw.notPending', status: 409 },
} as const

export function matchingRoutes(app: FastifyInstance, { db, config, clock }: ModuleDeps): void {
  for (const audience of audiences) {
    async function access(request: FastifyRequest, reply: FastifyReply): Promise<MatchCase | undefined> {
      const match = await loadMatchCase(db, tenantOf(request).id, idParam(request))
      const verdict = match ? audience.allowed(request, match) : 404
      if (verdict !== 'yes') {
        await sendError(request, reply, verdict)
        return undefined
      }
      return match
    }

    async function render(request: FastifyRequest, reply: FastifyReply, match: MatchCase, extra: { notice?: { kind: 'ok' | 'error'; key: MessageKey }; failure?: AskFailure } = {}, status = 200) {
      const tenantId = tenantOf(request).id
      const needs = await Promise.all(match.openNeeds.map(async (need) => ({ need, suggestions: await suggestionsForNeed(db, tenantId, match.initiative, need, audience.viewer) })))
      const id = match.initiative.id
      return sendHtml(reply, SuggestionsPage({ ctx: viewContext(request, reply), title: match.initiative.title, backHref: audience.back(id), askAction: audience.base(id), needs, ...extra }), status)
    }

    app.get(audience.route, { preHandler: audience.guard, schema: { hide: true } }, async (request, reply) => {
      const match = await access(request, reply)
      if (!match) return reply
      const notice = redirectNotice(request, notices)
      return render(request, reply, match, notice ? { notice } : {})
    })

    app.post(`${audience.route}/intrekken`, { preHandler: audience.guard, schema: { hide: true } }, async (request, reply) => {
      const match = await access(request, reply)
      if (!match) return reply
      const requestId = parseId(field(asFormBody(request.body), 'request'))
      const refuse = (reason: keyof typeof withdrawMessage) => render(request, reply, match, { notice: { kind: 'error', key: withdrawMessage[reason].key } }, withdrawMessage[reason].status)
      if (requestId === undefined) return refuse('notFound')
      const tenant = tenantOf(request)
      try {
        await withdrawRequest(db, {
          tenant: { id: tenant.id, name: tenant.name },
          initiativeId: match.initiative.id,
          requestId,
          withdrawer: { name: request.person!.displayName || request.t('site.name') },
          now: clock.now(),
          baseUrl: config.baseUrl,
        })
      } catch (error) {
        if (!(error instanceof RequestRuleError)) throw error
        return refuse(error.reason === 'notPending' ? 'notPending' : 'notFound')
      }
      return reply.redirect(`${audience.base(match.initiative.id)}?bericht=ingetrokken`, 303)
    })

    app.post(audience.route, { preHandler: audience.guard, schema: { hide: true } }, async (request, reply) => {
      const match = await access(request, reply)
      if (!match) return reply
      const body = asFormBody(request.body)
      const need = match.openNeeds.find((candidate) => String(candidate.id) === field(body, 'need'))
      const kind = field(body, 'kind')
      const partyId = parseId(field(body, 'party'))
      if (!need || !isOneOf(partyKinds, kind) || partyId === undefined) return render(request, reply, match, { notice: { kind: 'error', key: 'matching.ask.notSuggested' } }, 404)
      const message = field(body, 'message')
      const errors: FieldError[] = []
      checkText(errors, request.t, 'message', message, { required: true, min: 10, max: 2000 })
      if (errors.length > 0) return render(request, reply, match, { failure: { needId: need.id, kind, partyId, errors, message: message.slice(0, 2000) } }, 400)
      const tenant = tenantOf(request)
      try {
        await askParty(db, {
          tenant: { id: tenant.id, name: tenant.name },
          initiative: match.initiative,
          need,
          viewer: audience.viewer,
          party: { kind, id: partyId },
          message,
          asker: { id: request.person!.id, name: request.person!.displayName || request.t('site.name') },
          baseUrl: config.baseUrl,
        })
      } catch (error) {
        if (!(error instanceof RequestRuleError)) throw error
        const { key, status } = ruleMessage[error.reason]
        return render(request, reply, match, { notice: { kind: 'error', key } }, status)
      }
      return reply.redirect(`${audience.base(match.initiative.id)}?bericht=gevraagd#hulpvraag-${need.id}`, 303)
    })
  }
}
