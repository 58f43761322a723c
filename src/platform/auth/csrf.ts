import fastifyCsrf from '@fastify/csrf-protection'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config/config.ts'
import { isApiPath } from '../http/problem.ts'

export const CSRF_FIELD = '_csrf'
export const CSRF_COOKIE = 'noaber_csrf'
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/**
 * Every form carries a token bound to a secret in a signed cookie; every state-changing request
 * to a page route must return it. The API is exempt: it only accepts bearer tokens, never cookies.
 */
export async function registerCsrf(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(fastifyCsrf, {
    cookieKey: CSRF_COOKIE,
    cookieOpts: { path: '/', httpOnly: true, sameSite: 'lax', signed: true, secure: config.environment === 'production' },
  })
  app.addHook('preHandler', (request, reply, done) => {
    if (!UNSAFE_METHODS.has(request.method) || isApiPath(request.url)) return done()
    app.csrfProtection(request, reply, done)
  })
}
