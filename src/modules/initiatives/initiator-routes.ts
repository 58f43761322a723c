import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field, fieldList, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { getSetting } from '../../platform/settings/settings.ts'
import { calendarDayInAmsterdam } from '../../platform/time/calendar-day.ts'
import { loadCaseFile, type CaseFile } from './case-queries.ts'
import { CaseRuleError, addJournalEntry, editInitiative, withdrawInitiative, type Actor } from './case-service.ts'
import { postPublicUpdate } from './followers.ts'
import { checkUpload } from '../../platform/uploads/file-check.ts'
import { uploadedFile } from '../../platform/uploads/multipart.ts'
import { InitiatorPage, MyInitiativesPage } from './initiator-views.tsx'
import { LIMITS } from './submission.ts'

const ID = /^\d{1,15}$/

/** The initiator's own view of their initiative: status, their broker, promises, messages. */
export function initiatorRoutes(app: FastifyInstance, { db, clock, config, secret }: ModuleDeps): void {
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  function actorOf(request: FastifyRequest): Actor {
    const person = request.person!
    return { tenantId: tenantOf(request).id, personId: person.id, label: person.email, clock }
  }

  /** Only the initiator's own initiatives; anyone else's is a 404, not a hint that it exists. */
  async function ownCase(request: FastifyRequest, reply: FastifyReply): Promise<CaseFile | undefined> {
    const raw = (request.params as { id?: string }).id ?? ''
    const file = ID.test(raw) ? await loadCaseFile(db, tenantOf(request).id, Number(raw)) : undefined
    if (!file || file.initiative.initiator_id !== request.person!.id) {
      await sendError(request, reply, 404)
      return undefined
    }
    return file
  }

  async function render(request: FastifyRequest, reply: FastifyReply, file: CaseFile, extra: { failedForm?: string; errors?: FieldError[]; body?: FormBody; notice?: MessageKey } = {}, status = 200) {
    const values = extra.body ? Object.fromEntries(Object.keys(extra.body).map((name) => [name, field(extra.body!, name)])) : {}
    return sendHtml(
      reply,
      InitiatorPage({
        ctx: viewContext(request, reply),
        file,
        today: calendarDayInAmsterdam(clock.now()),
        municipalityPhone: await getSetting(db, tenantOf(request).id, 'contact.phone'),
        failedForm: extra.failedForm,
        errors: extra.errors,
        values,
        notice: extra.notice,
      }),
      status,
    )
  }

  app.get('/mijn/initiatieven', signedIn, async (request, reply) => {
    const items = await db
      .selectFrom('initiatives')
      .select(['id', 'title', 'status'])
      .where('tenant_id', '=', tenantOf(request).id)
      .where('initiator_id', '=', request.person!.id)
      .orderBy('created_at', 'desc')
      .execute()
    return sendHtml(reply, MyInitiativesPage({ ctx: viewContext(request, reply), items }))
  })

  app.get('/mijn/initiatieven/:id', signedIn, async (request, reply) => {
    const file = await ownCase(request, reply)
    if (!file) return reply
    const notice = (request.query as { bericht?: string }).bericht === 'opgeslagen' ? ('case.saved' as const) : undefined
    return render(request, reply, file, { notice })
  })

  app.post('/mijn/initiatieven/:id/bericht', signedIn, async (request, reply) => {
    const file = await ownCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const text = field(body, 'body')
    const errors: FieldError[] = []
    checkText(errors, request.t, 'body', text, { required: true, max: 5000 })
    const upload = uploadedFile(body, 'bijlage')
    const checked = upload ? await checkUpload(upload) : undefined
    if (checked && 'problem' in checked) errors.push({ field: 'bijlage', message: request.t(checked.problem === 'empty' ? 'attachment.empty' : 'attachment.type') })
    if (errors.length > 0) return render(request, reply, file, { failedForm: 'message', errors, body }, 400)
    const attachment = checked && 'upload' in checked ? checked.upload : undefined
    if (fieldList(body, 'public').includes('yes')) {
      await postPublicUpdate(db, actorOf(request), tenantOf(request), file.initiative.id, text, { baseUrl: config.baseUrl, secret, locale: request.locale }, attachment)
    } else {
      await addJournalEntry(db, actorOf(request), file.initiative.id, { kind: 'message', visibility: 'shared', body: text, attachment })
    }
    return reply.redirect(`/mijn/initiatieven/${file.initiative.id}?bericht=opgeslagen`, 303)
  })

  app.post('/mijn/initiatieven/:id/wijzigen', signedIn, async (request, reply) => {
    const file = await ownCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const texts = { title: field(body, 'title'), summary: field(body, 'summary'), description: field(body, 'description') }
    const errors: FieldError[] = []
    checkText(errors, request.t, 'title', texts.title, { required: true, min: 3, max: LIMITS.title })
    checkText(errors, request.t, 'summary', texts.summary, { required: true, min: 10, max: LIMITS.summary })
    checkText(errors, request.t, 'description', texts.description, { max: LIMITS.description })
    if (errors.length > 0) return render(request, reply, file, { failedForm: 'edit', errors, body }, 400)
    try {
      await editInitiative(db, actorOf(request), file.initiative.id, texts)
    } catch (error) {
      if (error instanceof CaseRuleError) return sendError(request, reply, 409)
      throw error
    }
    return reply.redirect(`/mijn/initiatieven/${file.initiative.id}?bericht=opgeslagen`, 303)
  })

  app.post('/mijn/initiatieven/:id/intrekken', signedIn, async (request, reply) => {
    const file = await ownCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    if (!fieldList(body, 'confirm').includes('yes')) {
      return render(request, reply, file, { failedForm: 'withdraw', errors: [{ field: 'confirm', message: request.t('initiator.withdraw.notConfirmed') }] }, 400)
    }
    try {
      await withdrawInitiative(db, actorOf(request), file.initiative.id)
    } catch (error) {
      if (error instanceof CaseRuleError) return sendError(request, reply, 409)
      throw error
    }
    return reply.redirect(`/mijn/initiatieven/${file.initiative.id}?bericht=opgeslagen`, 303)
  })
}
