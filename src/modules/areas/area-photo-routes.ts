import type { FastifyInstance } from 'fastify'
import { sendError } from '../../platform/http/errors.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { readAreaPhoto } from './area-photo.ts'

/**
 * Serves an area's photo. Pages link to it with the photo's version in the address, so a browser
 * may keep that copy for a year; a new photo gets a new address. Without the current version it
 * is kept briefly, and the ETag spares sending it again.
 */
export function areaPhotoRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get('/wijken/:slug/foto', { schema: { hide: true } }, async (request, reply) => {
    const slug = (request.params as { slug?: string }).slug ?? ''
    const photo = /^[a-z0-9-]{1,80}$/.test(slug) ? await readAreaPhoto(db, tenantOf(request).id, slug) : undefined
    if (!photo) return sendError(request, reply, 404)
    const etag = `"${photo.version}"`
    const current = (request.query as { v?: string }).v === String(photo.version)
    reply
      .header('etag', etag)
      .header('cache-control', current ? 'public, max-age=31536000, immutable' : 'public, max-age=300')
      .header('content-security-policy', "default-src 'none'; sandbox")
    if (request.headers['if-none-match'] === etag) return reply.code(304).send()
    return reply.type(photo.contentType).send(photo.content)
  })
}
