import { actorLabel } from '../../platform/audit/audit-log.ts'
import type { FastifyRequest } from 'fastify'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { Actor } from './skills.ts'
import type { Viewer } from './visibility.ts'

/** The signed-in person as the audit log names them. Only for routes behind a sign-in guard. */
export function actorOf(request: FastifyRequest): Actor {
  const person = request.person!
  return { tenantId: tenantOf(request).id, personId: person.id, label: actorLabel(person) }
}

export function viewerOf(request: FastifyRequest): Viewer | undefined {
  return request.person ? { id: request.person.id, roles: request.person.roles } : undefined
}

