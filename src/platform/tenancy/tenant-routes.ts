import type { FastifyInstance } from 'fastify'
import { makeAsset, sendCached } from '../http/assets.ts'
import { sendError } from '../http/errors.ts'
import { themeStylesheet } from './theme-stylesheet.ts'

/** The municipality's own look: its logo and the colours that theme the NL Design System tokens. */
export function registerTenantRoutes(app: FastifyInstance): void {
  app.get('/theme.css', { schema: { hide: true } }, (request, reply) => {
    const css = request.tenant ? themeStylesheet(request.tenant.colours) : ''
    return sendCached(request, reply, makeAsset(css, 'text/css; charset=utf-8'), 300)
  })
  app.get('/logo.svg', { schema: { hide: true } }, (request, reply) => {
    if (!request.tenant?.logo_svg) return sendError(request, reply, 404)
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'")
    return sendCached(request, reply, makeAsset(request.tenant.logo_svg, 'image/svg+xml'), 300)
  })
}
