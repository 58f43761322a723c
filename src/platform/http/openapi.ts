import fastifySwagger from '@fastify/swagger'
import type { FastifyInstance } from 'fastify'
import type { Config } from '../config/config.ts'
import { isApiPath } from './problem.ts'

const ProblemSchema = {
  type: 'object',
  description: 'An error, as RFC 9457 problem details.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    instance: { type: 'string' },
    invalidParams: {
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, reason: { type: 'string' } } },
    },
  },
  required: ['type', 'title', 'status'],
}

/** The OpenAPI description is generated from the route schemas, so it cannot drift from what the API does. */
export async function registerOpenApi(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Noaber API',
        version: '1.0.0',
        description: 'Public and staff API of Noaber. Errors are application/problem+json (RFC 9457).',
        license: { name: 'EUPL-1.2' },
      },
      servers: [{ url: config.baseUrl.origin }],
      components: {
        schemas: { Problem: ProblemSchema } as never,
        securitySchemes: { bearerToken: { type: 'http', scheme: 'bearer', description: 'An API token created by an administrator; it carries one staff role.' } },
      },
    },
    transform: ({ schema, url }) => ({ schema: { ...schema, hide: schema?.hide || !isApiPath(url) } as never, url }),
  })

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger())
}
