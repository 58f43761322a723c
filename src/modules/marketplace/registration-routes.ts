import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit } from '../../platform/rate-limit/rate-limit.ts'
import { idParam } from '../../platform/http/route-ids.ts'
import { actorOf, isOrganiser } from './actor.ts'
import { noticeOf, visibleEvent } from './event-access.ts'
import { registrationOpen } from './event-queries.ts'
import { checkListing, readListing, shownListing } from './listing-form.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'
import { findParty, type PartyView } from './party-queries.ts'
import { emptyRegistration, readRegistration, shownRegistration, validateRegistration, type RegistrationValues } from './registration-form.ts'
import { addListing, deleteListing, partyOptions, registerParty, updateListing, withdrawParty, type ListingChange, type RegistrationProblem } from './registration-service.ts'
import { PartyPage, RegisterPage, type PartyPageProps } from './registration-views.tsx'

export const registrationRateLimit = { name: 'marketplaceRegistration:person', limit: 20, windowSeconds: 3600 }

/** Each refusal of a registration: the field it belongs to, its message and the status code. */
const registrationRefusal: Record<Exclude<RegistrationProblem, 'closed'>, { field: string; message: MessageKey; status: number }> = {
  notYours: { field: 'party', message: 'marketplace.register.party.notYours', status: 403 },
  alreadyRegistered: { field: 'party', message: 'marketplace.register.party.already', status: 409 },
  counterOffer: { field: 'request-1-counterOffer', message: 'marketplace.listing.counterOffer.required', status: 400 },
  tooMany: { field: 'offer-1-kind', message: 'marketplace.listing.tooMany', status: 400 },
}

/** Each refusal of a change to a listing that is not about a field. */
const changeRefusal: Partial<Record<ListingChange, { message: MessageKey; status: number }>> = {
  closed: { message: 'marketplace.party.closed', status: 409 },
  notYours: { message: 'marketplace.party.notYours', status: 403 },
  tooMany: { message: 'marketplace.listing.tooMany', status: 409 },
  hasAgreements: { message: 'marketplace.party.hasAgreements', status: 409 },
}

/** Registering a party for an event, and the contact person's page to keep its offers and requests. */
export function registrationRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  async function registerPage(request: FastifyRequest, reply: FastifyReply, event: MarketplaceEventRow, form: RegistrationValues, extra: { errors?: FieldError[]; refusal?: MessageKey } = {}, status = 200) {
    const options = await partyOptions(db, tenantOf(request).id, request.person!.id)
    return sendHtml(reply, RegisterPage({ ctx: viewContext(request, reply), event, options, form, ...extra }), status)
  }

  app.get('/beursvloer/:slug/aanmelden', signedIn, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    const refusal = registrationOpen(event, clock.now()) ? undefined : 'marketplace.register.closed'
    return registerPage(request, reply, event, emptyRegistration(), { refusal })
  })

  app.post('/beursvloer/:slug/aanmelden', signedIn, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    if (!registrationOpen(event, clock.now())) return registerPage(request, reply, event, emptyRegistration(), { refusal: 'marketplace.register.closed' }, 409)
    const form = readRegistration(asFormBody(request.body))
    const shown = shownRegistration(form)
    const checked = validateRegistration(form, request.t)
    if ('errors' in checked) return registerPage(request, reply, event, shown, { errors: checked.errors }, 400)
    const limit = await hitRateLimit(db, registrationRateLimit, `${tenantOf(request).id}:${request.person!.id}`)
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds))
      return sendError(request, reply, 429)
    }
    const outcome = await registerParty(db, actorOf(request, clock.now()), event, checked.party, checked.listings)
    if ('problem' in outcome) {
      if (outcome.problem === 'closed') return registerPage(request, reply, event, emptyRegistration(), { refusal: 'marketplace.register.closed' }, 409)
      const refusal = registrationRefusal[outcome.problem]
      return registerPage(request, reply, event, shown, { errors: [{ field: refusal.field, message: request.t(refusal.message) }] }, refusal.status)
    }
    return reply.redirect(`/beursvloer/${event.slug}/aanmeldingen/${outcome.partyId}?bericht=aangemeld`, 303)
  })

  /** The event and the party in the address, if this reader is its contact person or organises events; otherwise a 404. */
  async function partyInAddress(request: FastifyRequest, reply: FastifyReply): Promise<{ event: MarketplaceEventRow; party: PartyView } | undefined> {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return undefined
    const partyId = idParam(request, 'partyId')
    const party = partyId === undefined ? undefined : await findParty(db, tenantOf(request).id, event.id, partyId)
    if (!party || (party.contactPersonId !== request.person!.id && !isOrganiser(request))) {
      await sendError(request, reply, 404)
      return undefined
    }
    return { event, party }
  }

  function partyPage(request: FastifyRequest, reply: FastifyReply, event: MarketplaceEventRow, party: PartyView, extra: Pick<PartyPageProps, 'failed' | 'problem' | 'notice'> = {}, status = 200) {
    const isContact = party.contactPersonId === request.person!.id
    return sendHtml(reply, PartyPage({ ctx: viewContext(request, reply), event, party, isContact, canChange: isContact && registrationOpen(event, clock.now()), ...extra }), status)
  }

  app.get('/beursvloer/:slug/aanmeldingen/:partyId', signedIn, async (request, reply) => {
    const found = await partyInAddress(request, reply)
    if (!found) return reply
    return partyPage(request, reply, found.event, found.party, { notice: noticeOf(request) })
  })

  /** Answers a change: back to the page on success, the page with the reason otherwise. */
  async function answer(request: FastifyRequest, reply: FastifyReply, found: { event: MarketplaceEventRow; party: PartyView }, outcome: ListingChange, done: string, failedForm?: PartyPageProps['failed']) {
    if (outcome === 'saved') return reply.redirect(`/beursvloer/${found.event.slug}/aanmeldingen/${found.party.id}?bericht=${done}`, 303)
    if (outcome === 'notFound') return sendError(request, reply, 404)
    if (outcome === 'counterOffer' && failedForm) {
      return partyPage(request, reply, found.event, found.party, { failed: { ...failedForm, errors: [{ field: 'counterOffer', message: request.t('marketplace.listing.counterOffer.required') }] } }, 400)
    }
    const refusal = changeRefusal[outcome] ?? { message: 'marketplace.party.closed' as MessageKey, status: 409 }
    return partyPage(request, reply, found.event, found.party, { problem: refusal.message }, refusal.status)
  }

  app.post('/beursvloer/:slug/aanmeldingen/:partyId/vraag-en-aanbod', signedIn, async (request, reply) => {
    const found = await partyInAddress(request, reply)
    if (!found) return reply
    const values = readListing(asFormBody(request.body), '')
    const errors: FieldError[] = []
    const listing = checkListing(errors, request.t, values, '')
    const failed = { form: 'new', values: shownListing({ ...values, type: values.type === 'request' ? 'request' : 'offer' }), errors }
    if (!listing) return partyPage(request, reply, found.event, found.party, { failed }, 400)
    return answer(request, reply, found, await addListing(db, actorOf(request, clock.now()), found.event, found.party, listing), 'opgeslagen', failed)
  })

  app.post('/beursvloer/:slug/aanmeldingen/:partyId/vraag-en-aanbod/:listingId', signedIn, async (request, reply) => {
    const found = await partyInAddress(request, reply)
    if (!found) return reply
    const listingId = idParam(request, 'listingId')
    const existing = found.party.listings.find((listing) => listing.id === listingId)
    if (!existing) return sendError(request, reply, 404)
    // The type of a listing stays what it was: an offer is not turned into a request here.
    const values = { ...readListing(asFormBody(request.body), ''), type: existing.type }
    const errors: FieldError[] = []
    const listing = checkListing(errors, request.t, values, '')
    const failed = { form: `listing-${existing.id}`, values: shownListing(values), errors }
    if (!listing) return partyPage(request, reply, found.event, found.party, { failed }, 400)
    return answer(request, reply, found, await updateListing(db, actorOf(request, clock.now()), found.event, found.party, existing.id, listing), 'opgeslagen', failed)
  })

  app.post('/beursvloer/:slug/aanmeldingen/:partyId/vraag-en-aanbod/:listingId/verwijderen', signedIn, async (request, reply) => {
    const found = await partyInAddress(request, reply)
    if (!found) return reply
    const listingId = idParam(request, 'listingId')
    if (listingId === undefined) return sendError(request, reply, 404)
    return answer(request, reply, found, await deleteListing(db, actorOf(request, clock.now()), found.event, found.party, listingId), 'verwijderd')
  })

  app.post('/beursvloer/:slug/aanmeldingen/:partyId/intrekken', signedIn, async (request, reply) => {
    const found = await partyInAddress(request, reply)
    if (!found) return reply
    const outcome = await withdrawParty(db, actorOf(request, clock.now()), found.event, found.party)
    if (outcome === 'saved') return reply.redirect(`/beursvloer/${found.event.slug}?bericht=ingetrokken`, 303)
    return answer(request, reply, found, outcome, '')
  })
}
