import type { FastifyInstance } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { checkUpload } from '../../platform/uploads/file-check.ts'
import { uploadedFile } from '../../platform/uploads/multipart.ts'
import { listAreas } from '../areas/area-repository.ts'
import { canManage, isListed } from './space-queries.ts'
import { actorOf, formOfSpace, managedSpace, readerOf } from './space-routes.ts'
import { SpaceFormPage } from './space-form-views.tsx'
import { addSpacePhoto, findSpacePhoto, removeSpacePhoto } from './space-service.ts'
import { LIMITS } from './vocabulary.ts'

const ID = /^\d{1,15}$/
/** Cached this long by browsers (and, for listed spaces, shared caches); a changed photo gets a new id. */
const PUBLIC_MAX_AGE = 3600

/** Photos of a space: up to five, each checked by its content, with a text alternative; served with caching. */
export function photoRoutes(app: FastifyInstance, deps: ModuleDeps): void {
  const { db, config, clock } = deps
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  app.post('/ruimtes/:id/fotos', signedIn, async (request, reply) => {
    const space = await managedSpace(deps, request, reply)
    if (!space) return reply
    const body = asFormBody(request.body)
    const altText = field(body, 'altText')
    const errors: FieldError[] = []
    const upload = uploadedFile(body, 'photo')
    const checked = upload ? await checkUpload(upload) : undefined
    if (!checked) errors.push({ field: 'photo', message: request.t('spaces.photos.required') })
    else if ('problem' in checked || checked.upload.contentType === 'application/pdf') errors.push({ field: 'photo', message: request.t('spaces.photos.type') })
    checkText(errors, request.t, 'altText', altText, { required: true, min: 3, max: LIMITS.altText })
    if (errors.length === 0 && checked && 'upload' in checked) {
      const outcome = await addSpacePhoto(db, actorOf(request, clock.now()), space.id, checked.upload, altText)
      if (outcome === 'added') return reply.redirect(`/ruimtes/${space.id}/bewerken?bericht=foto#fotos`, 303)
      errors.push({ field: 'photo', message: request.t('spaces.photos.full', { max: LIMITS.photos }) })
    }
    const areas = await listAreas(db, tenantOf(request).id)
    return sendHtml(reply, SpaceFormPage({ ctx: viewContext(request, reply), space, form: formOfSpace(space), areas, tileUrl: config.tileUrl, photoErrors: errors, photoAlt: altText.slice(0, LIMITS.altText) }), 400)
  })

  app.post('/ruimtes/:id/fotos/:photoId/verwijderen', signedIn, async (request, reply) => {
    const space = await managedSpace(deps, request, reply)
    if (!space) return reply
    const raw = (request.params as { photoId?: string }).photoId ?? ''
    if (!ID.test(raw) || !(await removeSpacePhoto(db, space.id, Number(raw)))) return sendError(request, reply, 404)
    return reply.redirect(`/ruimtes/${space.id}/bewerken#fotos`, 303)
  })

  app.get('/ruimtes/:id/fotos/:photoId', { schema: { hide: true } }, async (request, reply) => {
    const { id, photoId } = request.params as { id?: string; photoId?: string }
    const photo = ID.test(id ?? '') && ID.test(photoId ?? '') ? await findSpacePhoto(db, tenantOf(request).id, Number(id), Number(photoId)) : undefined
    const listed = photo !== undefined && isListed({ visibility: photo.visibility, hidden_at: photo.hidden_at, ownerDeleted: photo.ownerDeleted })
    if (!photo || !(listed || canManage(photo, readerOf(request)))) return sendError(request, reply, 404)
    const etag = `"space-photo-${photoId}"`
    reply
      .header('etag', etag)
      .header('cache-control', listed ? `public, max-age=${PUBLIC_MAX_AGE}` : 'private, max-age=300')
      .header('content-security-policy', "default-src 'none'; sandbox")
    if (request.headers['if-none-match'] === etag) return reply.code(304).send()
    return reply.type(photo.content_type).send(photo.content)
  })
}
