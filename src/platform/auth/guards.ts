import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Role } from '../../modules/accounts/person-table.ts'
import { sendError } from '../http/errors.ts'
import { hasRole } from './session.ts'

function signInRedirect(request: FastifyRequest, reply: FastifyReply) {
  const back = request.method === 'GET' ? request.url : '/'
  return reply.redirect(`/inloggen?terug=${encodeURIComponent(back)}`, 303)
}

/** Route guard: anyone signed in. Others are sent to the sign-in page and back afterwards. */
export async function requireSignedIn(request: FastifyRequest, reply: FastifyReply) {
  if (!request.person) return signInRedirect(request, reply)
}

/** Route guard: signed in and holding one of the roles; signed in without it is a 403. */
export function requireRoles(...roles: Role[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.person) return signInRedirect(request, reply)
    if (!hasRole(request.person, ...roles)) return sendError(request, reply, 403)
  }
}
