import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireRoles } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { idParam } from '../../platform/http/route-ids.ts'
import { actorOf } from './actor.ts'
import { agreementValuesOf, emptyAgreement, readAgreement, shownAgreement, validateAgreement, type AgreementValues } from './agreement-form.ts'
import { agreementsOpen, deleteAgreement, findAgreement, listAgreements, recordAgreement, updateAgreement, type AgreementProblem } from './agreement-service.ts'
import { AgreementEditPage, AgreementsPage } from './agreement-views.tsx'
import { noticeOf, visibleEvent } from './event-access.ts'
import type { MarketplaceAgreementRow, MarketplaceEventRow } from './marketplace-tables.ts'
import { listParties } from './party-queries.ts'

/** Each refusal of the service, on the field the notary should change. */
const problemField: Record<AgreementProblem, { field: string; message: MessageKey; status: number }> = {
  notNow: { field: 'giver', message: 'marketplace.agreements.notOpen', status: 409 },
  unknownGiver: { field: 'giver', message: 'marketplace.agreement.party.unknown', status: 400 },
  unknownReceiver: { field: 'receiver', message: 'marketplace.agreement.party.unknown', status: 400 },
  sameParty: { field: 'receiver', message: 'marketplace.agreement.sameParty', status: 400 },
  unknownListing: { field: 'listing', message: 'marketplace.agreement.listing.unknown', status: 400 },
}

/** The notary's pages: recording agreements quickly during the event, and correcting them afterwards. */
export function agreementRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps
  const organisers = { preHandler: requireRoles('coordinator', 'admin'), schema: { hide: true } }

  async function listPage(request: FastifyRequest, reply: FastifyReply, event: MarketplaceEventRow, form: AgreementValues, errors: FieldError[] = [], status = 200) {
    const [parties, agreements] = await Promise.all([listParties(db, event.id), listAgreements(db, event.id)])
    const open = agreementsOpen(event, clock.now())
    return sendHtml(reply, AgreementsPage({ ctx: viewContext(request, reply), event, parties, agreements, form, errors, open, notice: noticeOf(request) }), status)
  }

  async function editPage(request: FastifyRequest, reply: FastifyReply, event: MarketplaceEventRow, agreement: MarketplaceAgreementRow, form: AgreementValues, errors: FieldError[] = [], status = 200) {
    const parties = await listParties(db, event.id)
    return sendHtml(reply, AgreementEditPage({ ctx: viewContext(request, reply), event, parties, agreement, form, errors }), status)
  }

  app.get('/werk/beursvloer/:slug/afspraken', organisers, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    return listPage(request, reply, event, emptyAgreement)
  })

  app.post('/werk/beursvloer/:slug/afspraken', organisers, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    const form = readAgreement(asFormBody(request.body))
    const shown = shownAgreement(form)
    if (!agreementsOpen(event, clock.now())) return listPage(request, reply, event, shown, [], 409)
    const checked = validateAgreement(form, request.t)
    if ('errors' in checked) return listPage(request, reply, event, shown, checked.errors, 400)
    const outcome = await recordAgreement(db, actorOf(request, clock.now()), event, checked.agreement)
    if ('problem' in outcome) {
      const refusal = problemField[outcome.problem]
      return listPage(request, reply, event, shown, [{ field: refusal.field, message: request.t(refusal.message) }], refusal.status)
    }
    // Back to an empty form, with the agreement just recorded at the top of the list below it.
    return reply.redirect(`/werk/beursvloer/${event.slug}/afspraken?bericht=afspraak`, 303)
  })

  async function agreementInAddress(request: FastifyRequest, reply: FastifyReply) {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return undefined
    const agreementId = idParam(request, 'id')
    const agreement = agreementId === undefined ? undefined : await findAgreement(db, event.id, agreementId)
    if (!agreement) {
      await sendError(request, reply, 404)
      return undefined
    }
    return { event, agreement }
  }

  app.get('/werk/beursvloer/:slug/afspraken/:id', organisers, async (request, reply) => {
    const found = await agreementInAddress(request, reply)
    if (!found) return reply
    return editPage(request, reply, found.event, found.agreement, agreementValuesOf(found.agreement))
  })

  app.post('/werk/beursvloer/:slug/afspraken/:id', organisers, async (request, reply) => {
    const found = await agreementInAddress(request, reply)
    if (!found) return reply
    const form = readAgreement(asFormBody(request.body))
    const shown = shownAgreement(form)
    const checked = validateAgreement(form, request.t)
    if ('errors' in checked) return editPage(request, reply, found.event, found.agreement, shown, checked.errors, 400)
    const outcome = await updateAgreement(db, actorOf(request, clock.now()), found.event, found.agreement.id, checked.agreement)
    if (outcome === 'notFound') return sendError(request, reply, 404)
    if (outcome !== 'saved') {
      const refusal = problemField[outcome.problem]
      return editPage(request, reply, found.event, found.agreement, shown, [{ field: refusal.field, message: request.t(refusal.message) }], refusal.status)
    }
    return reply.redirect(`/werk/beursvloer/${found.event.slug}/afspraken?bericht=afspraak-gewijzigd#afspraak-${found.agreement.id}`, 303)
  })

  app.post('/werk/beursvloer/:slug/afspraken/:id/verwijderen', organisers, async (request, reply) => {
    const found = await agreementInAddress(request, reply)
    if (!found) return reply
    if (!(await deleteAgreement(db, actorOf(request, clock.now()), found.event, found.agreement.id))) return sendError(request, reply, 404)
    return reply.redirect(`/werk/beursvloer/${found.event.slug}/afspraken?bericht=afspraak-verwijderd`, 303)
  })
}
