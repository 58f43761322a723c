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
  return { tenantId: tenantOf(request).id, personId: person.id, label: person.displayName ? `${person.displayName} <${person.email}>` : person.email, locale: request.locale, now }
}

/** Coordinators (and admins) organise events, see every registration and record agreements. */
export function isOrganiser(request: FastifyRequest): boolean {
  return hasRole(request.person, 'coordinator', 'admin')
}

const ID = /^\d{1,15}$/

/** A numeric route parameter, or undefined when it is not one (the route then answers 404). */
export function idParam(request: FastifyRequest, name: string): number | undefined {
  const raw = (request.params as Record<string, string | undefined>)[name] ?? ''
  return ID.test(raw) ? Number(raw) : undefined
}
