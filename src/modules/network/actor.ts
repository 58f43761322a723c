import type { FastifyRequest } from 'fastify'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { Actor } from './skills.ts'
import type { Viewer } from './visibility.ts'

/** The signed-in person as the audit log names them. Only for routes behind a sign-in guard. */
export function actorOf(request: FastifyRequest): Actor {
  const person = request.person!
  return { tenantId: tenantOf(request).id, personId: person.id, label: person.displayName ? `${person.displayName} <${person.email}>` : person.email }
}

export function viewerOf(request: FastifyRequest): Viewer | undefined {
  return request.person ? { id: request.person.id, roles: request.person.roles } : undefined
}

const ID = /^\d{1,15}$/

/** A numeric route parameter, or undefined when it is not one (the route then answers 404). */
export function idParam(request: FastifyRequest, name = 'id'): number | undefined {
  const raw = (request.params as Record<string, string | undefined>)[name] ?? ''
  return ID.test(raw) ? Number(raw) : undefined
}
