import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import { LANGUAGE_COOKIE } from '../http/request-context.ts'
import type { Config } from '../config/config.ts'

const ONE_YEAR_SECONDS = 365 * 24 * 3600

/** Only a path on this site may be returned to; anything else could send people to another site. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/'
  return value
}

/** The language switch: remembers the choice in a cookie and returns the reader to the same page. */
export function registerLanguageRoutes(app: FastifyInstance, config: Config): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/taal/:locale',
    {
      schema: {
        hide: true,
        params: Type.Object({ locale: Type.Union([Type.Literal('nl'), Type.Literal('en')]) }),
        querystring: Type.Object({ terug: Type.Optional(Type.String({ maxLength: 2000 })) }),
      },
    },
    async (request, reply) => {
      reply.setCookie(LANGUAGE_COOKIE, request.params.locale, {
        path: '/',
        maxAge: ONE_YEAR_SECONDS,
        sameSite: 'lax',
        httpOnly: true,
        secure: config.environment === 'production',
      })
      return reply.redirect(safeReturnPath(request.query.terug), 303)
    },
  )
}
