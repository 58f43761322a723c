import type { FastifyInstance } from 'fastify'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { isOrganiser } from './actor.ts'
import { listAgreements } from './agreement-service.ts'
import { noticeOf, visibleEvent } from './event-access.ts'
import { listEvents, registrationOpen, splitByTime } from './event-queries.ts'
import { listParties, partiesOfPerson } from './party-queries.ts'
import { EventPage, EventsPage } from './public-views.tsx'
import { eventResults } from './results.ts'
import { ResultsPage } from './results-views.tsx'

/** The public side: the list of events, each event's page and its results. */
export function publicRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, clock } = deps
  const page = { schema: { hide: true } }

  app.get('/beursvloer', page, async (request, reply) => {
    const events = await listEvents(db, tenantOf(request).id, { withDrafts: false })
    const { upcoming, past } = splitByTime(events, clock.now())
    return sendHtml(reply, EventsPage({ ctx: viewContext(request, reply), upcoming, past, isOrganiser: isOrganiser(request) }))
  })

  app.get('/beursvloer/:slug', page, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    const [parties, mine] = await Promise.all([listParties(db, event.id), request.person ? partiesOfPerson(db, event.id, request.person.id) : []])
    return sendHtml(
      reply,
      EventPage({ ctx: viewContext(request, reply), event, parties, mine, registrationOpen: registrationOpen(event, clock.now()), isOrganiser: isOrganiser(request), notice: noticeOf(request) }),
    )
  })

  app.get('/beursvloer/:slug/resultaten', page, async (request, reply) => {
    const event = await visibleEvent(deps, request, reply)
    if (!event) return reply
    const [results, agreements, parties] = await Promise.all([eventResults(db, event.id), listAgreements(db, event.id), listParties(db, event.id)])
    return sendHtml(reply, ResultsPage({ ctx: viewContext(request, reply), event, results, agreements, parties, notice: noticeOf(request) }))
  })
}
