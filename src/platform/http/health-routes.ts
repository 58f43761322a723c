import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { isReachable, type Db } from '../db/database.ts'
import { PROBLEM_CONTENT_TYPE } from './problem.ts'

const HealthSchema = Type.Object({ status: Type.String() })

/** Liveness (the process answers) and readiness (it can reach its database), for load balancers and monitoring. */
export function registerHealthRoutes(app: FastifyInstance, db: Db): void {
  app.get('/healthz', { schema: { hide: true, response: { 200: HealthSchema } } }, async () => ({ status: 'ok' }))
  app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
    if (await isReachable(db)) return { status: 'ready' }
    return reply
      .code(503)
      .type(PROBLEM_CONTENT_TYPE)
      .send({ type: 'about:blank', title: request.t('problem.unavailable'), status: 503, instance: request.url })
  })
}
