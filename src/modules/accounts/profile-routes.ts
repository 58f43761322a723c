import type { FastifyInstance } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import { endAllSessions, endSession } from '../../platform/auth/session.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field, fieldList } from '../../platform/forms/form-body.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { deleteAccount, exportPersonalData, getProfile, updateProfile } from './profile-service.ts'
import { MyDataPage, MyPage, ProfilePage } from './profile-views.tsx'

const PHONE = /^\+?[0-9 ()-]{6,30}$/

export function profileRoutes(app: FastifyInstance, { db, config }: ModuleDeps): void {
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  app.get('/mijn', signedIn, async (request, reply) => {
    const notice = (request.query as { bericht?: string }).bericht === 'profiel' ? ('profile.saved' as const) : undefined
    return sendHtml(reply, MyPage({ ctx: viewContext(request, reply), notice }))
  })

  app.get('/mijn/profiel', signedIn, async (request, reply) => {
    const profile = await getProfile(db, request.person!.id)
    const values = { displayName: profile.display_name, phone: profile.phone ?? '', showNamePublicly: profile.show_name_publicly }
    return sendHtml(reply, ProfilePage({ ctx: viewContext(request, reply), values }))
  })

  app.post('/mijn/profiel', signedIn, async (request, reply) => {
    const body = asFormBody(request.body)
    const values = { displayName: field(body, 'displayName'), phone: field(body, 'phone'), showNamePublicly: fieldList(body, 'showNamePublicly').includes('yes') }
    const errors: FieldError[] = []
    if (values.displayName.length > 120) errors.push({ field: 'displayName', message: request.t('form.tooLong', { max: 120 }) })
    if (values.phone && !PHONE.test(values.phone)) errors.push({ field: 'phone', message: request.t('profile.phone.invalid') })
    if (errors.length > 0) {
      const shown = { ...values, displayName: values.displayName.slice(0, 120), phone: values.phone.slice(0, 30) }
      return sendHtml(reply, ProfilePage({ ctx: viewContext(request, reply), values: shown, errors }), 400)
    }
    await updateProfile(db, request.person!.id, { ...values, phone: values.phone || null })
    return reply.redirect('/mijn?bericht=profiel', 303)
  })

  app.get('/mijn/gegevens', signedIn, async (request, reply) => sendHtml(reply, MyDataPage({ ctx: viewContext(request, reply) })))

  app.get('/mijn/gegevens.json', signedIn, async (request, reply) => {
    const data = await exportPersonalData(db, request.person!.id)
    return reply
      .type('application/json; charset=utf-8')
      .header('content-disposition', 'attachment; filename="mijn-gegevens-noaber.json"')
      .header('cache-control', 'no-store')
      .send(JSON.stringify(data, null, 2))
  })

  app.post('/mijn/account-verwijderen', signedIn, async (request, reply) => {
    if (!fieldList(asFormBody(request.body), 'confirm').includes('yes')) {
      return sendHtml(reply, MyDataPage({ ctx: viewContext(request, reply), error: request.t('data.delete.notConfirmed') }), 400)
    }
    await deleteAccount(db, request.person!.id)
    await endSession(db, config, request, reply)
    return reply.redirect('/', 303)
  })

  app.post('/uitloggen', { schema: { hide: true } }, async (request, reply) => {
    await endSession(db, config, request, reply)
    return reply.redirect('/', 303)
  })

  app.post('/uitloggen/overal', signedIn, async (request, reply) => {
    await endAllSessions(db, request.person!.id)
    await endSession(db, config, request, reply)
    return reply.redirect('/', 303)
  })
}
