import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { redirectNotice } from '../../platform/http/redirect-notice.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import { translator, type MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit } from '../../platform/rate-limit/rate-limit.ts'
import { problemField, readBookingForm, validateBookingForm } from './booking-form.ts'
import { cancelBooking, decideBooking, listOwnBookings, listRequestsForOwner, ownInitiatives, requestBooking, revokeBooking, upcomingAcceptedTimes, type BookingContext } from './booking-service.ts'
import { BookingPage, MyBookingsPage, MySpacesPage, type BookingFormValues, type BookingRefusal } from './booking-views.tsx'
import { listOwnSpaces, type SpaceDetail } from './space-queries.ts'
import { visibleSpace } from './space-routes.ts'
import { LIMITS } from './vocabulary.ts'

export const bookingRateLimit = { name: 'spaceBooking:person', limit: 30, windowSeconds: 3600 }
const ID = /^\d{1,15}$/

const myNotices: Record<string, MessageKey> = { aangevraagd: 'spaces.notice.requested', geannuleerd: 'spaces.notice.cancelled', geaccepteerd: 'spaces.notice.accepted', afgewezen: 'spaces.notice.declined', ingetrokken: 'spaces.notice.revoked' }

function noticeOf(request: FastifyRequest): MessageKey | undefined {
  return redirectNotice(request, myNotices)
}

function bookingIdOf(request: FastifyRequest): number | undefined {
  const raw = (request.params as { id?: string }).id ?? ''
  return ID.test(raw) ? Number(raw) : undefined
}

/** Asking for a space, the owner's answers at /mijn/ruimtes and the requester's own list at /mijn/reserveringen. */
export function bookingRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config, clock } = deps
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  function contextOf(request: FastifyRequest): BookingContext {
    return {
      tenant: tenantOf(request),
      baseUrl: config.baseUrl,
      now: clock.now(),
      anonymousName: { nl: translator('nl')('spaces.anonymousName'), en: translator('en')('spaces.anonymousName') },
    }
  }

  async function bookingPage(request: FastifyRequest, reply: FastifyReply, space: SpaceDetail, form: BookingFormValues, errors: FieldError[] = [], status = 200) {
    const [initiatives, taken] = await Promise.all([ownInitiatives(db, tenantOf(request).id, request.person!.id), upcomingAcceptedTimes(db, space.id, clock.now())])
    return sendHtml(reply, BookingPage({ ctx: viewContext(request, reply), space, form, initiatives, taken, errors }), status)
  }

  app.get('/ruimtes/:id/reserveren', signedIn, async (request, reply) => {
    const space = await visibleSpace(deps, request, reply)
    if (!space) return reply
    return bookingPage(request, reply, space, { date: '', from: '', to: '', people: '', purpose: '', initiative: '' })
  })

  app.post('/ruimtes/:id/reserveren', signedIn, async (request, reply) => {
    const space = await visibleSpace(deps, request, reply)
    if (!space) return reply
    const form = readBookingForm(asFormBody(request.body))
    const shown = { ...form, purpose: form.purpose.slice(0, LIMITS.purpose), date: form.date.slice(0, 10), from: form.from.slice(0, 5), to: form.to.slice(0, 5), people: form.people.slice(0, 6) }
    const checked = validateBookingForm(form, request.locale, request.t)
    if ('errors' in checked) return bookingPage(request, reply, space, shown, checked.errors, 400)
    const limit = await hitRateLimit(db, bookingRateLimit, `${tenantOf(request).id}:${request.person!.id}`)
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds))
      return sendError(request, reply, 429)
    }
    const outcome = await requestBooking(db, contextOf(request), space, { id: request.person!.id, name: request.person!.displayName }, checked.request)
    if ('problem' in outcome) {
      const { field: name, message } = problemField[outcome.problem]
      return bookingPage(request, reply, space, shown, [{ field: name, message: request.t(message, { count: space.capacity }) }], 400)
    }
    return reply.redirect('/mijn/reserveringen?bericht=aangevraagd', 303)
  })

  async function mySpacesPage(request: FastifyRequest, reply: FastifyReply, extra: { refusal?: BookingRefusal } = {}, status = 200) {
    const tenantId = tenantOf(request).id
    const now = clock.now()
    const [spaces, requests] = await Promise.all([listOwnSpaces(db, tenantId, request.person!.id), listRequestsForOwner(db, tenantId, request.person!.id, now)])
    return sendHtml(
      reply,
      MySpacesPage({ ctx: viewContext(request, reply), spaces, requests, now, notice: noticeOf(request), anonymousName: request.t('spaces.anonymousName'), ...extra }),
      status,
    )
  }

  app.get('/mijn/ruimtes', signedIn, async (request, reply) => mySpacesPage(request, reply))

  const refusals: Record<string, MessageKey> = { overlap: 'spaces.mine.refused.overlap', notPending: 'spaces.mine.refused.notPending', past: 'spaces.mine.refused.past' }

  for (const [path, decision] of [['accepteren', 'accept'], ['afwijzen', 'decline']] as const) {
    app.post(`/mijn/ruimtes/reserveringen/:id/${path}`, signedIn, async (request, reply) => {
      const bookingId = bookingIdOf(request)
      if (bookingId === undefined) return sendError(request, reply, 404)
      const reason = decision === 'decline' ? field(asFormBody(request.body), 'reason') : ''
      const errors: FieldError[] = []
      checkText(errors, request.t, 'reason', reason, { max: LIMITS.decisionReason })
      if (errors.length > 0) return mySpacesPage(request, reply, { refusal: { bookingId, errors, reason: reason.slice(0, LIMITS.decisionReason) } }, 400)
      const outcome = await decideBooking(db, contextOf(request), request.person!.id, bookingId, decision, reason)
      if (outcome === 'notFound') return sendError(request, reply, 404)
      if (outcome === 'accepted' || outcome === 'declined') return reply.redirect(`/mijn/ruimtes?bericht=${outcome === 'accepted' ? 'geaccepteerd' : 'afgewezen'}`, 303)
      return mySpacesPage(request, reply, { refusal: { bookingId, errors: [{ field: 'reason', message: request.t(refusals[outcome]!) }] } }, 409)
    })
  }

  app.post('/mijn/ruimtes/reserveringen/:id/intrekken', signedIn, async (request, reply) => {
    const bookingId = bookingIdOf(request)
    if (bookingId === undefined) return sendError(request, reply, 404)
    const reason = field(asFormBody(request.body), 'reason')
    const errors: FieldError[] = []
    checkText(errors, request.t, 'reason', reason, { required: true, min: 10, max: LIMITS.decisionReason })
    if (errors.length > 0) return mySpacesPage(request, reply, { refusal: { bookingId, errors, reason: reason.slice(0, LIMITS.decisionReason) } }, 400)
    const outcome = await revokeBooking(db, contextOf(request), request.person!.id, bookingId, reason)
    if (outcome === 'notFound') return sendError(request, reply, 404)
    if (outcome === 'revoked') return reply.redirect('/mijn/ruimtes?bericht=ingetrokken', 303)
    return mySpacesPage(request, reply, { refusal: { bookingId, errors: [{ field: 'reason', message: request.t('spaces.mine.refused.notRevocable') }], reason } }, 409)
  })

  app.get('/mijn/reserveringen', signedIn, async (request, reply) => {
    const bookings = await listOwnBookings(db, tenantOf(request).id, request.person!.id)
    return sendHtml(reply, MyBookingsPage({ ctx: viewContext(request, reply), bookings, now: clock.now(), notice: noticeOf(request) }))
  })

  app.post('/mijn/reserveringen/:id/annuleren', signedIn, async (request, reply) => {
    const bookingId = bookingIdOf(request)
    const outcome = bookingId === undefined ? 'notFound' : await cancelBooking(db, contextOf(request), request.person!.id, bookingId)
    if (outcome === 'notFound') return sendError(request, reply, 404)
    if (outcome === 'cancelled') return reply.redirect('/mijn/reserveringen?bericht=geannuleerd', 303)
    const bookings = await listOwnBookings(db, tenantOf(request).id, request.person!.id)
    return sendHtml(reply, MyBookingsPage({ ctx: viewContext(request, reply), bookings, now: clock.now(), error: 'spaces.myBookings.notCancellable' }), 409)
  })
}
