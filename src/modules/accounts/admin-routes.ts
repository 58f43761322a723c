import { idParam } from '../../platform/http/route-ids.ts'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { createApiToken, listApiTokens, revokeApiToken } from '../../platform/auth/api-tokens.ts'
import { requireRoles } from '../../platform/auth/guards.ts'
import { actorLabel, recordAudit, searchAudit } from '../../platform/audit/audit-log.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field, fieldList } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { AccountInputError, normaliseEmail } from './account-service.ts'
import { ApiTokensPage, AdminHomePage, AuditPage, StaffMemberPage, StaffPage, type InviteValues } from './admin-views.tsx'
import { isStaffRole, type StaffRole } from './person-table.ts'
import { inviteStaff } from './sign-in-service.ts'
import { findStaffMember, getWorkArea, listStaff, setStaffRoles, setWorkArea } from './staff-service.ts'
import { listAreas } from '../areas/area-repository.ts'
import { listThemes } from '../themes/theme-repository.ts'
import { localized } from '../../platform/i18n/translate.ts'

function actorOf(request: FastifyRequest) {
  const person = request.person!
  return { id: person.id, label: actorLabel(person) }
}

export function adminRoutes(app: FastifyInstance, { db, config }: ModuleDeps): void {
  const adminOnly = { preHandler: requireRoles('admin'), schema: { hide: true } }

  app.get('/beheer', adminOnly, async (request, reply) => sendHtml(reply, AdminHomePage({ ctx: viewContext(request, reply) })))

  async function staffPage(request: FastifyRequest, values: InviteValues, errors: FieldError[] = [], notice?: 'admin.staff.invited.notice') {
    return { staff: await listStaff(db, tenantOf(request).id), values, errors, notice }
  }
  const emptyInvite: InviteValues = { email: '', displayName: '', roles: [] }

  app.get('/beheer/medewerkers', adminOnly, async (request, reply) => {
    const notice = (request.query as { bericht?: string }).bericht === 'uitgenodigd' ? ('admin.staff.invited.notice' as const) : undefined
    return sendHtml(reply, StaffPage({ ctx: viewContext(request, reply), ...(await staffPage(request, emptyInvite, [], notice)) }))
  })

  app.post('/beheer/medewerkers', adminOnly, async (request, reply) => {
    const body = asFormBody(request.body)
    const rawRoles = fieldList(body, 'roles')
    const values: InviteValues = { email: field(body, 'email').slice(0, 254), displayName: field(body, 'displayName'), roles: rawRoles.filter(isStaffRole) }
    const errors: FieldError[] = []
    let email = ''
    try {
      email = normaliseEmail(values.email)
    } catch (error) {
      if (!(error instanceof AccountInputError)) throw error
      errors.push({ field: 'email', message: request.t(values.email ? 'form.email' : 'form.required') })
    }
    checkText(errors, request.t, 'displayName', values.displayName, { required: true, max: 120 })
    if (values.roles.length === 0 || values.roles.length !== rawRoles.length) errors.push({ field: 'roles', message: request.t('admin.staff.rolesRequired') })
    if (errors.length > 0) {
      return sendHtml(reply, StaffPage({ ctx: viewContext(request, reply), ...(await staffPage(request, { ...values, displayName: values.displayName.slice(0, 120) }, errors)) }), 400)
    }
    await inviteStaff(db, tenantOf(request), actorOf(request), { email, displayName: values.displayName, roles: values.roles }, request.locale, config.baseUrl)
    return reply.redirect('/beheer/medewerkers?bericht=uitgenodigd', 303)
  })

  app.post('/beheer/medewerkers/:id/rollen', adminOnly, async (request, reply) => {
    const id = idParam(request)
    const raw = fieldList(asFormBody(request.body), 'roles')
    const roles = raw.filter(isStaffRole) as StaffRole[]
    if (id === undefined) return sendError(request, reply, 404)
    if (roles.length !== raw.length) return sendError(request, reply, 400)
    // Nobody can lock the municipality out of its own administration by removing their own admin role.
    if (id === request.person!.id && !roles.includes('admin')) return sendError(request, reply, 400)
    const changed = await setStaffRoles(db, tenantOf(request).id, actorOf(request), id, roles)
    if (!changed) return sendError(request, reply, 404)
    return reply.redirect(`/beheer/medewerkers/${id}?bericht=rollen`, 303)
  })

  app.get('/beheer/medewerkers/:id', adminOnly, async (request, reply) => {
    const id = idParam(request)
    const tenant = tenantOf(request)
    const member = id === undefined ? undefined : await findStaffMember(db, tenant.id, id)
    if (!member) return sendError(request, reply, 404)
    const [workArea, areas, themes] = await Promise.all([getWorkArea(db, member.id), listAreas(db, tenant.id), listThemes(db, tenant.id)])
    const notice = ({ rollen: 'admin.staff.rolesSaved', werkgebied: 'admin.staff.workArea.saved' } as const)[(request.query as { bericht?: string }).bericht as 'rollen']
    return sendHtml(
      reply,
      StaffMemberPage({
        ctx: viewContext(request, reply),
        member,
        notice,
        areas: areas.map((area) => ({ id: area.id, label: area.name, checked: workArea.areaIds.includes(area.id) })),
        themes: themes.map((theme) => ({ id: theme.id, label: localized(theme.name, request.locale), checked: workArea.themeIds.includes(theme.id) })),
      }),
    )
  })

  app.post('/beheer/medewerkers/:id/werkgebied', adminOnly, async (request, reply) => {
    const id = idParam(request)
    if (id === undefined) return sendError(request, reply, 404)
    const body = asFormBody(request.body)
    const ids = (name: string) => fieldList(body, name).map((value) => (/^\d{1,15}$/.test(value) ? Number(value) : NaN))
    const workArea = { areaIds: ids('areas'), themeIds: ids('themes') }
    if ([...workArea.areaIds, ...workArea.themeIds].some(Number.isNaN)) return sendError(request, reply, 400)
    const outcome = await setWorkArea(db, tenantOf(request).id, actorOf(request), id, workArea)
    if (outcome === 'notBroker') return sendError(request, reply, 404)
    if (outcome === 'unknownIds') return sendError(request, reply, 400)
    return reply.redirect(`/beheer/medewerkers/${id}?bericht=werkgebied`, 303)
  })

  async function tokensPage(request: FastifyRequest) {
    return listApiTokens(db, tenantOf(request).id)
  }

  app.get('/beheer/api-sleutels', adminOnly, async (request, reply) => {
    return sendHtml(reply, ApiTokensPage({ ctx: viewContext(request, reply), tokens: await tokensPage(request), values: { name: '', role: 'coordinator' } }))
  })

  app.post('/beheer/api-sleutels', adminOnly, async (request, reply) => {
    const body = asFormBody(request.body)
    const values = { name: field(body, 'name'), role: field(body, 'role') }
    const errors: FieldError[] = []
    checkText(errors, request.t, 'name', values.name, { required: true, max: 100 })
    if (!isStaffRole(values.role)) errors.push({ field: 'role', message: request.t('admin.tokens.roleInvalid') })
    if (errors.length > 0 || !isStaffRole(values.role)) {
      return sendHtml(reply, ApiTokensPage({ ctx: viewContext(request, reply), tokens: await tokensPage(request), errors, values: { ...values, name: values.name.slice(0, 100) } }), 400)
    }
    const tenant = tenantOf(request)
    const actor = actorOf(request)
    const created = await db.transaction().execute(async (trx) => {
      const token = await createApiToken(trx, tenant.id, values.name, values.role as StaffRole, actor.id)
      await recordAudit(trx, { tenantId: tenant.id, actorId: actor.id, actorLabel: actor.label, action: 'apiToken.created', objectType: 'apiToken', objectId: token.id, after: values })
      return token
    })
    // Shown once, in this response only; the database keeps just its hash.
    return sendHtml(reply, ApiTokensPage({ ctx: viewContext(request, reply), tokens: await tokensPage(request), created: created.token, values: { name: '', role: 'coordinator' } }))
  })

  app.post('/beheer/api-sleutels/:id/intrekken', adminOnly, async (request, reply) => {
    const id = idParam(request)
    const tenant = tenantOf(request)
    const actor = actorOf(request)
    const revoked =
      id !== undefined &&
      (await db.transaction().execute(async (trx) => {
        const done = await revokeApiToken(trx, tenant.id, id)
        if (done) await recordAudit(trx, { tenantId: tenant.id, actorId: actor.id, actorLabel: actor.label, action: 'apiToken.revoked', objectType: 'apiToken', objectId: id })
        return done
      }))
    if (!revoked) return sendError(request, reply, 404)
    return reply.redirect('/beheer/api-sleutels', 303)
  })

  app.get('/beheer/logboek', adminOnly, async (request, reply) => {
    const text = String((request.query as { q?: unknown }).q ?? '').trim().slice(0, 200)
    const events = await searchAudit(db, tenantOf(request).id, { text: text || undefined })
    return sendHtml(reply, AuditPage({ ctx: viewContext(request, reply), events, text }))
  })
}
