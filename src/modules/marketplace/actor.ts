import { actorLabel } from '../../platform/audit/audit-log.ts'
import type { FastifyRequest } from 'fastify'
import { hasRole } from '../../platform/auth/session.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { Locale } from '../../platform/i18n/locale.ts'

/** Who acts, as the services and the audit log need it. */
export interface MarketplaceActor {
  tenantId: number
  personId: number
  /** For the audit log: who acted, in words. */
  label: string
  locale: Locale
  now: Date
}

/** The signed-in person as an actor. Only for routes behind a sign-in guard. */
export function actorOf(request: FastifyRequest, now: Date): MarketplaceActor {
  const person = request.person!
  return { tenantId: tenantOf(request).id, personId: person.id, label: actorLabel(person), locale: request.locale, now }
}

/** Coordinators (and admins) organise events, see every registration and record agreements. */
export function isOrganiser(request: FastifyRequest): boolean {
  return hasRole(request.person, 'coordinator', 'admin')
}

