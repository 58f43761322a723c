import type { FastifyInstance } from 'fastify'
import { requireRoles } from '../../platform/auth/guards.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { getSetting, setSetting } from '../../platform/settings/settings.ts'
import { SettingsPage } from './settings-views.tsx'

/** The municipality's own settings: its service standard and how residents reach it. */
export function settingsRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const adminOnly = { preHandler: requireRoles('admin'), schema: { hide: true } }

  app.get('/beheer/instellingen', adminOnly, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const values = {
      firstContactWorkingDays: String(await getSetting(db, tenantId, 'serviceStandards.firstContactWorkingDays')),
      phone: await getSetting(db, tenantId, 'contact.phone'),
    }
    const saved = (request.query as { bericht?: string }).bericht === 'opgeslagen'
    return sendHtml(reply, SettingsPage({ ctx: viewContext(request, reply), values, saved }))
  })

  app.post('/beheer/instellingen', adminOnly, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const body = asFormBody(request.body)
    const values = { firstContactWorkingDays: field(body, 'firstContactWorkingDays'), phone: field(body, 'phone') }
    const errors: FieldError[] = []
    const days = /^\d{1,2}$/.test(values.firstContactWorkingDays) ? Number(values.firstContactWorkingDays) : NaN
    if (!(days >= 1 && days <= 20)) errors.push({ field: 'firstContactWorkingDays', message: request.t('admin.settings.days.invalid') })
    checkText(errors, request.t, 'phone', values.phone, { required: true, max: 30 })
    if (errors.length > 0) return sendHtml(reply, SettingsPage({ ctx: viewContext(request, reply), values, errors, saved: false }), 400)
    const person = request.person!
    await db.transaction().execute(async (trx) => {
      const before = {
        firstContactWorkingDays: await getSetting(trx, tenantId, 'serviceStandards.firstContactWorkingDays'),
        phone: await getSetting(trx, tenantId, 'contact.phone'),
      }
      await setSetting(trx, tenantId, 'serviceStandards.firstContactWorkingDays', days)
      await setSetting(trx, tenantId, 'contact.phone', values.phone)
      await recordAudit(trx, { tenantId, actorId: person.id, actorLabel: person.email, action: 'settings.changed', objectType: 'tenant', objectId: tenantId, before, after: { firstContactWorkingDays: days, phone: values.phone } })
    })
    return reply.redirect('/beheer/instellingen?bericht=opgeslagen', 303)
  })
}
