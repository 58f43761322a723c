import type { FastifyInstance } from 'fastify'
import { hasRole } from '../../platform/auth/session.ts'
import { sendError } from '../../platform/http/errors.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { readableAttachment } from './attachments.ts'

/** Serves an uploaded file to those who may read it, in a way that no browser can run it as a page. */
export function attachmentRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get('/bijlagen/:id', { schema: { hide: true } }, async (request, reply) => {
    const raw = (request.params as { id?: string }).id ?? ''
    const file = /^\d{1,15}$/.test(raw)
      ? await readableAttachment(db, tenantOf(request).id, Number(raw), {
          personId: request.person?.id,
          isStaff: hasRole(request.person, 'broker', 'coordinator', 'admin'),
        })
      : undefined
    if (!file) return sendError(request, reply, 404)
    const disposition = file.contentType === 'application/pdf' ? 'attachment' : 'inline'
    return reply
      .type(file.contentType)
      .header('content-disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, max-age=300')
      .send(file.content)
  })
}
