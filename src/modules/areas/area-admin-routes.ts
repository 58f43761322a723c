import { actorLabel } from '../../platform/audit/audit-log.ts'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireRoles } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field, fieldList } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { checkUpload } from '../../platform/uploads/file-check.ts'
import { uploadedFile, type UploadedFile } from '../../platform/uploads/multipart.ts'
import type { AreaPhotoType } from './area-admin-tables.ts'
import { saveAreaDetails } from './area-admin-service.ts'
import { AreaEditPage, AreasAdminPage, BoundaryPreviewPage, areaEditValues, type AreasAdminProps, type AreaEditValues } from './area-admin-views.tsx'
import { applyAreaCsv, readAreaCsv } from './area-csv-import.ts'
import { MAX_AREA_PHOTO_BYTES, areaPhotoAreaIds, areaPhotoInfo, areaPhotoTypes } from './area-photo.ts'
import { findArea, listAreas } from './area-repository.ts'
import type { AreaKind, AreaRow } from './area-table.ts'
import { readBoundaryFile } from './boundary-import.ts'
import { confirmImport, findPendingImport, planImport, storePendingImport, type Actor } from './boundary-import-service.ts'
import { boundaryProblemText, csvProblemText, problemsAsErrors } from './import-problems.ts'
import { readPopulation } from './population.ts'

const TOKEN = /^[A-Za-z0-9_-]{43}$/
const COUNT = /^\d{1,7}$/

function actorOf(request: FastifyRequest): Actor {
  const person = request.person!
  return { tenantId: tenantOf(request).id, personId: person.id, label: actorLabel(person) }
}

/** The name the file had on the admin's computer, for display only. */
function displayName(file: UploadedFile, fallback: string): string {
  return (file.fileName.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200) || fallback
}

/** What the last import did, told after the redirect; the counts in the address are only ever displayed. */
function noticesFrom(request: FastifyRequest): string[] {
  const query = request.query as Record<string, string | undefined>
  const count = (name: string) => (COUNT.test(query[name] ?? '') ? Number(query[name]) : 0)
  if (query.bericht === 'grenzen') {
    const notices = [request.t('areaAdmin.boundaries.imported', { added: count('nieuw'), replaced: count('vervangen'), moved: count('verplaatst') })]
    if (count('buiten') > 0) notices.push(request.t('areaAdmin.boundaries.importedOutside', { count: count('buiten') }))
    return notices
  }
  if (query.bericht === 'gegevens') return [request.t('areaAdmin.csv.done', { count: count('aantal') })]
  return []
}

/** The admin's pages for neighbourhoods and villages: boundaries from GeoJSON, figures from CSV, and each area's details and photo. */
export function areaAdminRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const adminOnly = { preHandler: requireRoles('admin'), schema: { hide: true } }

  async function listPage(request: FastifyRequest, reply: FastifyReply, extra: Pick<AreasAdminProps, 'notices' | 'failed'>, status = 200) {
    const tenantId = tenantOf(request).id
    const [areas, withPhoto] = await Promise.all([listAreas(db, tenantId), areaPhotoAreaIds(db, tenantId)])
    return sendHtml(reply, AreasAdminPage({ ctx: viewContext(request, reply), areas, withPhoto, ...extra }), status)
  }

  app.get('/beheer/wijken', adminOnly, async (request, reply) => listPage(request, reply, { notices: noticesFrom(request) }))

  app.post('/beheer/wijken/grenzen', adminOnly, async (request, reply) => {
    const t = request.t
    const file = uploadedFile(request.body, 'bestand')
    if (!file || file.content.length === 0) return listPage(request, reply, { failed: { form: 'grenzen', errors: [{ field: 'bestand', message: t('areaAdmin.boundaries.missing') }] } }, 400)
    const outcome = readBoundaryFile(file.content)
    if (!outcome.ok) {
      const errors = [{ field: 'bestand', message: t('areaAdmin.boundaries.refused') }, ...problemsAsErrors(t, 'bestand', outcome.problems, boundaryProblemText)]
      return listPage(request, reply, { failed: { form: 'grenzen', errors } }, 400)
    }
    const token = await storePendingImport(db, actorOf(request), { fileName: displayName(file, 'grenzen.geojson'), crs: outcome.crs, areas: outcome.areas }, clock.now())
    return reply.redirect(`/beheer/wijken/grenzen/${token}`, 303)
  })

  app.get('/beheer/wijken/grenzen/:token', adminOnly, async (request, reply) => {
    const token = (request.params as { token?: string }).token ?? ''
    const pending = TOKEN.test(token) ? await findPendingImport(db, actorOf(request), token, clock.now()) : undefined
    if (!pending) return sendError(request, reply, 404)
    const plan = await planImport(db, tenantOf(request).id, pending.areas)
    return sendHtml(reply, BoundaryPreviewPage({ ctx: viewContext(request, reply), token, pending, plan }))
  })

  app.post('/beheer/wijken/grenzen/:token', adminOnly, async (request, reply) => {
    const token = (request.params as { token?: string }).token ?? ''
    const result = TOKEN.test(token) ? await confirmImport(db, actorOf(request), token, clock.now()) : undefined
    if (!result) return listPage(request, reply, { failed: { form: 'grenzen', errors: [{ field: 'bestand', message: request.t('areaAdmin.boundaries.expired') }] } }, 400)
    const query = new URLSearchParams({ bericht: 'grenzen', nieuw: String(result.added), vervangen: String(result.replaced), verplaatst: String(result.moved), buiten: String(result.outside) })
    return reply.redirect(`/beheer/wijken?${query}`, 303)
  })

  app.post('/beheer/wijken/gegevens', adminOnly, async (request, reply) => {
    const t = request.t
    const file = uploadedFile(request.body, 'bestand')
    if (!file || file.content.length === 0) return listPage(request, reply, { failed: { form: 'gegevens', errors: [{ field: 'bestand', message: t('areaAdmin.csv.missing') }] } }, 400)
    const known = new Set((await listAreas(db, tenantOf(request).id)).map((area) => area.slug))
    const outcome = readAreaCsv(file.content, known)
    if (!outcome.ok) {
      const errors = [{ field: 'bestand', message: t('areaAdmin.csv.refused') }, ...problemsAsErrors(t, 'bestand', outcome.problems, csvProblemText)]
      return listPage(request, reply, { failed: { form: 'gegevens', errors } }, 400)
    }
    const count = await applyAreaCsv(db, actorOf(request), outcome.rows)
    return reply.redirect(`/beheer/wijken?bericht=gegevens&aantal=${count}`, 303)
  })

  async function areaOf(request: FastifyRequest, reply: FastifyReply): Promise<AreaRow | undefined> {
    const slug = (request.params as { slug?: string }).slug ?? ''
    const area = /^[a-z0-9-]{1,80}$/.test(slug) ? await findArea(db, tenantOf(request).id, slug) : undefined
    if (!area) await sendError(request, reply, 404)
    return area
  }

  app.get('/beheer/wijken/gebied/:slug', adminOnly, async (request, reply) => {
    const area = await areaOf(request, reply)
    if (!area) return reply
    const photo = await areaPhotoInfo(db, area.id)
    const saved = (request.query as { bericht?: string }).bericht === 'opgeslagen'
    return sendHtml(reply, AreaEditPage({ ctx: viewContext(request, reply), area, photo, values: areaEditValues(area, photo), saved }))
  })

  app.post('/beheer/wijken/gebied/:slug', adminOnly, async (request, reply) => {
    const area = await areaOf(request, reply)
    if (!area) return reply
    const t = request.t
    const body = asFormBody(request.body)
    const values: AreaEditValues = {
      name: field(body, 'name').replace(/\s+/g, ' '),
      kind: field(body, 'kind'),
      population: field(body, 'population'),
      descriptionNl: field(body, 'descriptionNl'),
      descriptionEn: field(body, 'descriptionEn'),
      photoAltNl: field(body, 'photoAltNl'),
      photoAltEn: field(body, 'photoAltEn'),
    }
    const errors: FieldError[] = []
    checkText(errors, t, 'name', values.name, { required: true, max: 200 })
    if (values.kind !== 'village' && values.kind !== 'neighbourhood') errors.push({ field: 'kind', message: t('form.required') })
    const population = readPopulation(values.population)
    if (population === undefined) errors.push({ field: 'population', message: t(values.population ? 'areaAdmin.edit.population.invalid' : 'form.required') })
    checkText(errors, t, 'descriptionNl', values.descriptionNl, { max: 3000 })
    checkText(errors, t, 'descriptionEn', values.descriptionEn, { max: 3000 })

    const photo = await areaPhotoInfo(db, area.id)
    const file = uploadedFile(body, 'photo')
    let upload: { contentType: AreaPhotoType; content: Buffer } | undefined
    if (file && file.content.length > MAX_AREA_PHOTO_BYTES) errors.push({ field: 'photo', message: t('areaAdmin.edit.photo.tooLarge') })
    else if (file) {
      const checked = await checkUpload(file)
      if ('problem' in checked) errors.push({ field: 'photo', message: t(checked.problem === 'empty' ? 'areaAdmin.edit.photo.empty' : 'areaAdmin.edit.photo.type') })
      else if (!areaPhotoTypes.includes(checked.upload.contentType)) errors.push({ field: 'photo', message: t('areaAdmin.edit.photo.type') })
      else upload = { contentType: checked.upload.contentType as AreaPhotoType, content: checked.upload.content }
    }
    const remove = !upload && fieldList(body, 'removePhoto').includes('yes')
    const photoAfterSave = upload !== undefined || (photo !== undefined && !remove)
    checkText(errors, t, 'photoAltNl', values.photoAltNl, { max: 300 })
    if (photoAfterSave && !values.photoAltNl) errors.push({ field: 'photoAltNl', message: t('areaAdmin.edit.photoAlt.required') })
    checkText(errors, t, 'photoAltEn', values.photoAltEn, { max: 300 })

    if (errors.length > 0) return sendHtml(reply, AreaEditPage({ ctx: viewContext(request, reply), area, photo, values, errors }), 400)
    await saveAreaDetails(
      db,
      actorOf(request),
      area,
      { name: values.name, kind: values.kind as AreaKind, population: population!, description: { nl: values.descriptionNl, en: values.descriptionEn } },
      { upload, remove, alt: { nl: values.photoAltNl, en: values.photoAltEn } },
      clock.now(),
    )
    return reply.redirect(`/beheer/wijken/gebied/${area.slug}?bericht=opgeslagen`, 303)
  })
}
