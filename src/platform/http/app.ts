import { randomUUID } from 'node:crypto'
import fastifyCookie from '@fastify/cookie'
import fastifyFormbody from '@fastify/formbody'
import fastifyHelmet from '@fastify/helmet'
import Fastify, { type FastifyInstance } from 'fastify'
import { modules } from '../../modules/index.ts'
import type { Config } from '../config/config.ts'
import type { Db } from '../db/database.ts'
import { systemClock, type Clock } from '../time/clock.ts'
import { registerLanguageRoutes } from '../i18n/language-routes.ts'
import { registerDevMailRoutes } from '../mail/dev-mail-routes.ts'
import { registerTenantRoutes } from '../tenancy/tenant-routes.ts'
import { registerCsrf } from '../auth/csrf.ts'
import { registerApiTokens } from '../auth/api-tokens.ts'
import { registerSessions } from '../auth/session.ts'
import { registerMultipart } from '../uploads/multipart.ts'
import { registerAssets } from './assets.ts'
import { registerErrorHandling } from './errors.ts'
import { registerHealthRoutes } from './health-routes.ts'
import { registerOpenApi } from './openapi.ts'
import { registerRequestContext } from './request-context.ts'
import { registerPublicCache } from './public-cache.ts'

declare module 'fastify' {
  interface FastifyInstance {
    registeredRoutes: { method: string; url: string }[]
  }
}

export interface AppDeps {
  config: Config
  db: Db
  cookieSecret: string
  clock?: Clock
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/

function tileOrigin(tileUrl: string): string {
  return new URL(tileUrl.replace(/\{[a-z]\}/g, '0')).origin
}

export async function buildApp({ config, db, cookieSecret, clock = systemClock }: AppDeps): Promise<FastifyInstance> {
  const production = config.environment === 'production'
  const app = Fastify({
    logger: { level: config.logLevel },
    // A caller's id is kept when it looks like one, so a request can be followed through a proxy's logs too.
    genReqId: (request) => {
      const given = request.headers['x-request-id']
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID()
    },
    bodyLimit: 1024 * 1024,
    ...(config.trustProxy ? { trustProxy: config.trustProxy } : {}),
  })

  // Every route, as registered: the role × route test checks that each one has an expected answer.
  const registeredRoutes: { method: string; url: string }[] = []
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') registeredRoutes.push({ method, url: route.url })
  })
  app.decorate('registeredRoutes', registeredRoutes)

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', tileOrigin(config.tileUrl)],
        // PDOK's Locatieserver suggests addresses when someone places their initiative on the map.
        connectSrc: ["'self'", 'https://api.pdok.nl'],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: production ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  })
  await app.register(fastifyCookie, { secret: cookieSecret })
  await app.register(fastifyFormbody)
  await registerMultipart(app)
  await registerOpenApi(app, config)

  registerRequestContext(app, db)
  registerSessions(app, db, config)
  registerApiTokens(app, db)
  await registerCsrf(app, config)
  registerErrorHandling(app)
  registerPublicCache(app)
  registerHealthRoutes(app, db)
  registerAssets(app)
  registerTenantRoutes(app)
  registerLanguageRoutes(app, config)
  registerDevMailRoutes(app, config)
  for (const module of modules) module.routes(app, { db, config, clock, secret: cookieSecret })

  return app
}
