import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireRoles, requireSignedIn } from '../../platform/auth/guards.ts'
import { hasRole } from '../../platform/auth/session.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field, textFields } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { agendaStatuses, type AgendaStatus } from './agenda-tables.ts'
import { areaPhotoInfo } from './area-photo.ts'
import { findArea, listAreas } from './area-repository.ts'
import { areaAgenda, areaBrokers, areaFigures, isFollowingArea, recentAreaInitiatives, representsArea, saveAgendaItem, setFollowingArea } from './area-page-service.ts'
import type { AreaRow } from './area-table.ts'
import { AreaPage, AreasPage } from './area-views.tsx'

/** Pages of the neighbourhoods and villages, with their own agenda. */
export function areaPageRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  async function areaOf(request: FastifyRequest, reply: FastifyReply): Promise<AreaRow | undefined> {
    const slug = (request.params as { slug?: string }).slug ?? ''
    const area = /^[a-z0-9-]{1,80}$/.test(slug) ? await findArea(db, tenantOf(request).id, slug) : undefined
    if (!area) await sendError(request, reply, 404)
    return area
  }

  async function canEditAgenda(request: FastifyRequest, area: AreaRow): Promise<boolean> {
    if (hasRole(request.person, 'coordinator', 'admin')) return true
    return hasRole(request.person, 'areaRepresentative') && (await representsArea(db, request.person!.id, area.id))
  }

  const followers = ['broker', 'coordinator', 'admin', 'councilMember'] as const

  async function render(request: FastifyRequest, reply: FastifyReply, area: AreaRow, extra: { errors?: FieldError[]; values?: Record<string, string>; failedForm?: string } = {}, status = 200) {
    const canFollow = hasRole(request.person, ...followers)
    const [figures, brokers, agenda, initiatives, canEdit, following, photo] = await Promise.all([
      areaFigures(db, area.id, area.population),
      areaBrokers(db, area.id),
      areaAgenda(db, area.id),
      recentAreaInitiatives(db, area.id, 50),
      canEditAgenda(request, area),
      canFollow ? isFollowingArea(db, area.id, request.person!.id) : false,
      areaPhotoInfo(db, area.id),
    ])
    const notice: MessageKey | undefined = (request.query as { bericht?: string }).bericht === 'opgeslagen' ? 'case.saved' : undefined
    return sendHtml(reply, AreaPage({ ctx: viewContext(request, reply), area, photo, figures, brokers, agenda, initiatives, canEditAgenda: canEdit, canFollow, following, notice, ...extra }), status)
  }

  app.get('/wijken', { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => sendHtml(reply, AreasPage({ ctx: viewContext(request, reply), areas: await listAreas(db, tenantOf(request).id) })))

  app.get('/wijken/:slug', { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => {
    const area = await areaOf(request, reply)
    if (!area) return reply
    return render(request, reply, area)
  })

  async function agendaChange(request: FastifyRequest, reply: FastifyReply, itemId: number | undefined) {
    const area = await areaOf(request, reply)
    if (!area) return reply
    if (!(await canEditAgenda(request, area))) return sendError(request, reply, 403)
    const body = asFormBody(request.body)
    const input = { title: field(body, 'title'), description: field(body, 'description'), owner: field(body, 'owner'), status: field(body, 'status'), initiative: field(body, 'initiative') }
    const form = itemId === undefined ? 'agenda-new' : `agenda-${itemId}`
    const errors: FieldError[] = []
    checkText(errors, request.t, 'title', input.title, { required: true, min: 3, max: 150 })
    checkText(errors, request.t, 'description', input.description, { max: 3000 })
    checkText(errors, request.t, 'owner', input.owner, { max: 150 })
    if (!(agendaStatuses as readonly string[]).includes(input.status)) errors.push({ field: 'status', message: request.t('form.required') })
    if (input.initiative && !/^\d{1,15}$/.test(input.initiative)) errors.push({ field: 'initiative', message: request.t('area.agenda.initiative.invalid') })
    if (errors.length === 0) {
      const outcome = await saveAgendaItem(
        db,
        { tenantId: tenantOf(request).id, personId: request.person!.id, label: request.person!.email },
        area.id,
        itemId,
        { title: input.title, description: input.description, owner: input.owner, status: input.status as AgendaStatus, initiativeIds: input.initiative ? [Number(input.initiative)] : [] },
      )
      if (outcome === 'notFound') return sendError(request, reply, 404)
      if (outcome === 'saved') return reply.redirect(`/wijken/${area.slug}?bericht=opgeslagen#agenda-title`, 303)
      errors.push({ field: 'initiative', message: request.t('area.agenda.initiative.invalid') })
    }
    return render(request, reply, area, { errors, values: textFields(body) as Record<string, string>, failedForm: form }, 400)
  }

  app.post('/wijken/:slug/agenda', { preHandler: requireSignedIn, schema: { hide: true } }, async (request, reply) => agendaChange(request, reply, undefined))
  app.post('/wijken/:slug/agenda/:id', { preHandler: requireSignedIn, schema: { hide: true } }, async (request, reply) => {
    const raw = (request.params as { id?: string }).id ?? ''
    if (!/^\d{1,15}$/.test(raw)) return sendError(request, reply, 404)
    return agendaChange(request, reply, Number(raw))
  })

  for (const [path, follow] of [['volgen', true], ['ontvolgen', false]] as const) {
    app.post(`/wijken/:slug/${path}`, { preHandler: requireRoles(...followers), schema: { hide: true } }, async (request, reply) => {
      const area = await areaOf(request, reply)
      if (!area) return reply
      await setFollowingArea(db, area.id, request.person!.id, follow)
      return reply.redirect(`/wijken/${area.slug}`, 303)
    })
  }
}
