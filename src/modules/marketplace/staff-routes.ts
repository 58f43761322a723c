import type { FastifyInstance } from 'fastify'
import { requireRoles } from '../../platform/auth/guards.ts'
import { asFormBody } from '../../platform/forms/form-body.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { actorOf } from './actor.ts'
import { noticeOf, visibleEvent } from './event-access.ts'
import { emptyEventForm, eventFormOf, readEventForm, shownAgain, validateEventForm } from './event-form.ts'
import { listEvents } from './event-queries.ts'
import { createEvent, updateEvent } from './event-service.ts'
import { listParties } from './party-queries.ts'
import { EventFormPage, RegistrationsPage, StaffEventsPage } from './staff-views.tsx'

/** Coordinators organise events: the list with drafts, creating and changing an event, and every registration. */
export function staffRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps
  const organisers = { preHandler: requireRoles('coordinator', 'admin'), schema: { hide: true } }

  app.get('/werk/beursvloer', organisers, async (request, reply) => {
    const events = await listEvents(db, tenantOf(request).id, { withDrafts: true })
    return sendHtml(reply, StaffEventsPage({ ctx: viewContext(request, reply), events }))
  })

  app.get('/werk/beursvloer/nieuw', organisers, async (request, reply) => sendHtml(reply, EventFormPage({ ctx: viewContext(request, reply), form: emptyEventForm })))

  app.post('/werk/beursvloer/nieuw', organisers, async (request, reply) => {
    const form = readEventForm(asFormBody(request.body))
    const checked = validateEventForm(form, request.t)
    if ('errors' in checked) return sendHtml(reply, EventFormPage({ ctx: viewContext(request, reply), form: shownAgain(form), errors: checked.errors }), 400)
    const { slug } = await createEvent(db, actorOf(request, clock.now()), checked.event)
    return reply.redirect(`/werk/beursvloer/${slug}?bericht=aangemaakt`, 303)
  })

  app.get('/werk/beursvloer/:slug', organisers, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    return sendHtml(reply, EventFormPage({ ctx: viewContext(request, reply), event, form: eventFormOf(event), notice: noticeOf(request) }))
  })

  app.post('/werk/beursvloer/:slug', organisers, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    const form = readEventForm(asFormBody(request.body))
    const checked = validateEventForm(form, request.t)
    if ('errors' in checked) return sendHtml(reply, EventFormPage({ ctx: viewContext(request, reply), event, form: shownAgain(form), errors: checked.errors }), 400)
    await updateEvent(db, actorOf(request, clock.now()), event.id, checked.event)
    return reply.redirect(`/werk/beursvloer/${event.slug}?bericht=opgeslagen`, 303)
  })

  app.get('/werk/beursvloer/:slug/aanmeldingen', organisers, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    return sendHtml(reply, RegistrationsPage({ ctx: viewContext(request, reply), event, parties: await listParties(db, event.id) }))
  })
}
