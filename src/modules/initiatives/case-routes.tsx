import { actorLabel } from '../../platform/audit/audit-log.ts'
import { idParam, parseId } from '../../platform/http/route-ids.ts'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireRoles } from '../../platform/auth/guards.ts'
import { hasRole } from '../../platform/auth/session.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field, textFields, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { calendarDayInAmsterdam } from '../../platform/time/calendar-day.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import { listAreas } from '../areas/area-repository.ts'
import { listThemes } from '../themes/theme-repository.ts'
import { adviseSupport, parseAnswers } from '../support-assessment/advice.ts'
import { AssessmentAdvice, AssessmentForm } from '../support-assessment/assessment-views.tsx'
import type { AssessmentAnswers } from '../support-assessment/questionnaire.ts'
import { listBrokers, listInbox, loadCaseFile, type CaseFile } from './case-queries.ts'
import {
  CaseRuleError,
  addConnection,
  addJournalEntry,
  answerNeed,
  changeStatus,
  decidePublication,
  makePromise,
  markCaseRead,
  reassignBroker,
  recordObstacle,
  renegotiatePromise,
  resolvePromise,
  saveAssessment,
  setGovernmentRole,
  type Actor,
} from './case-service.ts'
import { CasePage } from './case-views.tsx'
import { InboxPage } from './inbox-views.tsx'
import { PublicationQueuePage } from './publication-views.tsx'
import { connectionKinds, governmentRoles, initiativeStatuses, isOneOf, needKinds, needStatuses, type NeedKind } from './vocabulary.ts'

const caseWorkers = requireRoles('broker', 'coordinator', 'admin')
const coordinators = requireRoles('coordinator', 'admin')

/** Parses a euro amount as typed in the Netherlands or elsewhere ("1250,50", "1.250,50", "1250.50") into cents. */
export function parseEuros(raw: string): number | undefined {
  const text = raw.trim().replace(/^€\s*/, '')
  if (text === '') return 0
  const normalised = /,\d{1,2}$/.test(text) ? text.replace(/\./g, '').replace(',', '.') : text.replace(/,/g, '')
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(normalised)) return undefined
  return Math.round(Number(normalised) * 100)
}

export function caseRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const isCoordinator = (request: FastifyRequest) => hasRole(request.person, 'coordinator', 'admin')

  function actorOf(request: FastifyRequest): Actor {
    const person = request.person!
    return { tenantId: tenantOf(request).id, personId: person.id, label: actorLabel(person), clock }
  }

  /** The case file, if this person may work on it: its broker, or a coordinator. Otherwise the reply is sent. */
  async function accessibleCase(request: FastifyRequest, reply: FastifyReply): Promise<CaseFile | undefined> {
    const id = idParam(request, 'id')
    const file = id === undefined ? undefined : await loadCaseFile(db, tenantOf(request).id, id)
    if (!file || file.initiative.status === 'unconfirmed') {
      await sendError(request, reply, 404)
      return undefined
    }
    if (!isCoordinator(request) && file.initiative.broker_id !== request.person!.id) {
      await sendError(request, reply, 403)
      return undefined
    }
    return file
  }

  async function renderCase(request: FastifyRequest, reply: FastifyReply, file: CaseFile, extra: { failedForm?: string; errors?: FieldError[]; values?: Record<string, string>; notice?: MessageKey } = {}, status = 200) {
    const brokers = isCoordinator(request) ? await listBrokers(db, tenantOf(request).id) : []
    return sendHtml(
      reply,
      CasePage({ ctx: viewContext(request, reply), file, today: calendarDayInAmsterdam(clock.now()), isCoordinator: isCoordinator(request), brokers, ...extra }),
      status,
    )
  }

  /** Re-shows the case with the form's problems marked; nothing was stored. */
  async function refuse(request: FastifyRequest, reply: FastifyReply, file: CaseFile, failedForm: string, errors: FieldError[], body: FormBody, status = 400) {
    const values = Object.fromEntries(Object.keys(body).map((name) => [name, field(body, name)]))
    return renderCase(request, reply, file, { failedForm, errors, values }, status)
  }

  function done(reply: FastifyReply, file: CaseFile, anchor: string) {
    return reply.redirect(`/werk/initiatieven/${file.initiative.id}?bericht=opgeslagen#${anchor}`, 303)
  }

  /** Runs a change; a broken case rule becomes a marked form, not an error page. */
  async function attempt(request: FastifyRequest, reply: FastifyReply, file: CaseFile, form: string, fieldName: string, body: FormBody, change: () => Promise<unknown>, anchor: string) {
    try {
      await change()
    } catch (error) {
      if (!(error instanceof CaseRuleError)) throw error
      const key: Record<CaseRuleError['reason'], MessageKey> = {
        dueInPast: 'case.promise.dueInPast',
        invalidDay: 'case.promise.invalidDay',
        notOpen: 'case.promise.notOpen',
        transition: 'case.status.transition',
        outcomeRequired: 'case.outcome.required',
        notFound: 'error.notFound.title',
      }
      if (error.reason === 'notFound') return sendError(request, reply, 404)
      return refuse(request, reply, file, form, [{ field: fieldName, message: request.t(key[error.reason]) }], body, error.reason === 'transition' || error.reason === 'notOpen' ? 409 : 400)
    }
    return done(reply, file, anchor)
  }

  app.get('/werk', { preHandler: caseWorkers, schema: { hide: true }, config: { sessionCache: true } }, async (request, reply) => {
    const tenant = tenantOf(request)
    const query = request.query as Record<string, string | undefined>
    const filter = { status: query.status ?? '', area: query.area ?? '', theme: query.theme ?? '', need: query.need ?? '', broker: query.broker ?? '' }
    const coordinator = isCoordinator(request)
    const page = /^\d{1,4}$/.test(query.pagina ?? '') ? Math.max(1, Number(query.pagina)) : 1
    const { items, total } = await listInbox(
      db,
      tenant.id,
      request.person!.id,
      {
        status: isOneOf(initiativeStatuses, filter.status) ? filter.status : undefined,
        areaId: parseId(filter.area),
        themeId: parseId(filter.theme),
        need: isOneOf(needKinds, filter.need) ? filter.need : undefined,
        brokerId: coordinator ? parseId(filter.broker) : request.person!.id,
      },
      calendarDayInAmsterdam(clock.now()),
      page,
    )
    const [areas, themes, brokers] = await Promise.all([listAreas(db, tenant.id), listThemes(db, tenant.id), coordinator ? listBrokers(db, tenant.id) : undefined])
    return sendHtml(reply, InboxPage({ ctx: viewContext(request, reply), items, total, page, filter, areas, themes, brokers }))
  })

  app.get('/werk/publicatie', { preHandler: coordinators, schema: { hide: true } }, async (request, reply) => {
    const items = await db
      .selectFrom('initiatives')
      .select(['id', 'title', 'summary', 'created_at'])
      .where('tenant_id', '=', tenantOf(request).id)
      .where('publication', '=', 'pendingReview')
      .where('status', 'not in', ['unconfirmed', 'withdrawn'])
      .orderBy('created_at')
      .execute()
    return sendHtml(reply, PublicationQueuePage({ ctx: viewContext(request, reply), items }))
  })

  app.get('/werk/initiatieven/:id', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    await markCaseRead(db, request.person!.id, file.initiative.id, clock.now())
    const notice = (request.query as { bericht?: string }).bericht === 'opgeslagen' ? ('case.saved' as const) : undefined
    return renderCase(request, reply, file, { notice })
  })

  app.post('/werk/initiatieven/:id/logboek', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const kind = field(body, 'kind')
    const visibility = field(body, 'visibility')
    const text = field(body, 'body')
    const errors: FieldError[] = []
    checkText(errors, request.t, 'body', text, { required: true, max: 5000 })
    if (!['contact', 'note', 'message'].includes(kind) || !['internal', 'shared'].includes(visibility)) errors.push({ field: 'visibility', message: request.t('form.required') })
    if (errors.length > 0) return refuse(request, reply, file, 'journal', errors, body)
    await addJournalEntry(db, actorOf(request), file.initiative.id, { kind: kind as 'contact', visibility: visibility as 'shared', body: text })
    return done(reply, file, 'logboek')
  })

  app.post('/werk/initiatieven/:id/beloften', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const description = field(body, 'description')
    const dueOn = field(body, 'dueOn')
    const errors: FieldError[] = []
    checkText(errors, request.t, 'description', description, { required: true, min: 3, max: 500 })
    if (!dueOn) errors.push({ field: 'dueOn', message: request.t('form.required') })
    if (errors.length > 0) return refuse(request, reply, file, 'promise', errors, body)
    return attempt(request, reply, file, 'promise', 'dueOn', body, () => makePromise(db, actorOf(request), file.initiative.id, { description, dueOn }), 'beloften')
  })

  for (const [path, status] of [['nagekomen', 'kept'], ['niet-nagekomen', 'broken']] as const) {
    app.post(`/werk/initiatieven/:id/beloften/:promiseId/${path}`, { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
      const file = await accessibleCase(request, reply)
      if (!file) return reply
      const promiseId = idParam(request, 'promiseId')
      if (promiseId === undefined) return sendError(request, reply, 404)
      return attempt(request, reply, file, 'promise', 'description', {}, () => resolvePromise(db, actorOf(request), file.initiative.id, promiseId, status), 'beloften')
    })
  }

  app.post('/werk/initiatieven/:id/beloften/:promiseId/nieuwe-afspraak', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const promiseId = idParam(request, 'promiseId')
    if (promiseId === undefined) return sendError(request, reply, 404)
    const body = asFormBody(request.body)
    const dueOn = field(body, 'dueOn')
    const explanation = field(body, 'explanation')
    const form = `renegotiate-${promiseId}`
    const errors: FieldError[] = []
    if (!dueOn) errors.push({ field: 'dueOn', message: request.t('form.required') })
    checkText(errors, request.t, 'explanation', explanation, { required: true, max: 5000 })
    if (errors.length > 0) return refuse(request, reply, file, form, errors, body)
    return attempt(request, reply, file, form, 'dueOn', body, () => renegotiatePromise(db, actorOf(request), file.initiative.id, promiseId, { dueOn, explanation }), 'beloften')
  })

  app.post('/werk/initiatieven/:id/hulpvragen/:needId', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const needId = idParam(request, 'needId')
    const body = asFormBody(request.body)
    const status = field(body, 'status')
    const answer = field(body, 'answer')
    if (needId === undefined || !file.needs.some((need) => need.id === needId)) return sendError(request, reply, 404)
    if (!isOneOf(needStatuses, status) || answer.length > 2000) {
      return refuse(request, reply, file, `need-${needId}`, [{ field: 'answer', message: request.t(answer.length > 2000 ? 'form.tooLong' : 'form.required', { max: 2000 }) }], body)
    }
    return attempt(request, reply, file, `need-${needId}`, 'answer', body, () => answerNeed(db, actorOf(request), file.initiative.id, needId, { status, answer }), 'hulpvragen')
  })

  app.post('/werk/initiatieven/:id/rol', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const role = field(body, 'role')
    const reason = field(body, 'reason')
    const errors: FieldError[] = []
    if (!isOneOf(governmentRoles, role)) errors.push({ field: 'role', message: request.t('case.role.required') })
    checkText(errors, request.t, 'reason', reason, { required: true, min: 3, max: 2000 })
    if (errors.length > 0 || !isOneOf(governmentRoles, role)) return refuse(request, reply, file, 'role', errors, body)
    await setGovernmentRole(db, actorOf(request), file.initiative.id, role, reason)
    return done(reply, file, 'rol')
  })

  app.post('/werk/initiatieven/:id/belemmeringen', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const obstacle = {
      rule: field(body, 'rule'),
      department: field(body, 'department'),
      whatHappened: field(body, 'whatHappened'),
      delayDays: field(body, 'delayDays') || '0',
      suggestedChange: field(body, 'suggestedChange'),
    }
    const errors: FieldError[] = []
    checkText(errors, request.t, 'rule', obstacle.rule, { required: true, min: 3, max: 300 })
    checkText(errors, request.t, 'department', obstacle.department, { max: 200 })
    checkText(errors, request.t, 'whatHappened', obstacle.whatHappened, { required: true, min: 3, max: 3000 })
    checkText(errors, request.t, 'suggestedChange', obstacle.suggestedChange, { max: 3000 })
    const delayDays = /^\d{1,4}$/.test(obstacle.delayDays) ? Number(obstacle.delayDays) : NaN
    if (!(delayDays >= 0 && delayDays <= 3650)) errors.push({ field: 'delayDays', message: request.t('case.obstacle.delayDays.invalid') })
    if (errors.length > 0) return refuse(request, reply, file, 'obstacle', errors, body)
    await recordObstacle(db, actorOf(request), file.initiative.id, { ...obstacle, delayDays })
    return done(reply, file, 'belemmeringen')
  })

  app.post('/werk/initiatieven/:id/verbindingen', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const kind = field(body, 'kind')
    const description = field(body, 'description')
    const url = field(body, 'url')
    const errors: FieldError[] = []
    if (!isOneOf(connectionKinds, kind)) errors.push({ field: 'kind', message: request.t('form.required') })
    checkText(errors, request.t, 'description', description, { required: true, min: 3, max: 1000 })
    if (url && (!/^https?:\/\/[^\s]+$/.test(url) || url.length > 500 || !URL.canParse(url))) errors.push({ field: 'url', message: request.t('case.connection.url.invalid') })
    if (errors.length > 0 || !isOneOf(connectionKinds, kind)) return refuse(request, reply, file, 'connection', errors, body)
    await addConnection(db, actorOf(request), file.initiative.id, { kind, description, url: url || null })
    return done(reply, file, 'verbindingen')
  })

  app.post('/werk/initiatieven/:id/status', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const status = field(body, 'status')
    const achieved = field(body, 'achieved')
    const helpedMost = field(body, 'helpedMost')
    const money = parseEuros(field(body, 'municipalMoney'))
    const participantsRaw = field(body, 'participants') || '0'
    const participants = /^\d{1,7}$/.test(participantsRaw) ? Number(participantsRaw) : undefined
    const errors: FieldError[] = []
    if (!isOneOf(initiativeStatuses, status)) errors.push({ field: 'status', message: request.t('case.status.required') })
    const ending = ['realised', 'stopped', 'referred'].includes(status)
    if (ending && !achieved) errors.push({ field: 'achieved', message: request.t('case.outcome.required') })
    checkText(errors, request.t, 'achieved', achieved, { max: 2000 })
    checkText(errors, request.t, 'helpedMost', helpedMost, { max: 2000 })
    if (money === undefined) errors.push({ field: 'municipalMoney', message: request.t('case.outcome.money.invalid') })
    if (participants === undefined) errors.push({ field: 'participants', message: request.t('case.outcome.participants.invalid') })
    if (errors.length > 0 || !isOneOf(initiativeStatuses, status)) return refuse(request, reply, file, 'status', errors, body)
    const outcome = ending ? { achieved, municipalMoneyCents: money!, participants: participants!, helpedMost } : undefined
    return attempt(request, reply, file, 'status', 'status', body, () => changeStatus(db, actorOf(request), file.initiative.id, status, outcome), 'status')
  })

  app.post('/werk/initiatieven/:id/publicatie', { preHandler: coordinators, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const body = asFormBody(request.body)
    const decision = field(body, 'decision')
    const note = field(body, 'note')
    const errors: FieldError[] = []
    if (!['published', 'changesRequested', 'rejected'].includes(decision)) errors.push({ field: 'decision', message: request.t('publication.decision.required') })
    if (decision !== 'published' && decision && !note) errors.push({ field: 'note', message: request.t('publication.note.required') })
    checkText(errors, request.t, 'note', note, { max: 2000 })
    if (errors.length > 0) return refuse(request, reply, file, 'publication', errors, body)
    return attempt(request, reply, file, 'publication', 'decision', body, () => decidePublication(db, actorOf(request), file.initiative.id, decision as 'published', note), 'coordinatie')
  })

  app.post('/werk/initiatieven/:id/toewijzen', { preHandler: coordinators, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const brokerId = parseId(field(asFormBody(request.body), 'broker'))
    if (brokerId === undefined || !(await reassignBroker(db, actorOf(request), file.initiative.id, brokerId))) return sendError(request, reply, 400)
    return done(reply, file, 'coordinatie')
  })

  async function assessmentPage(request: FastifyRequest, reply: FastifyReply, file: CaseFile, answers: AssessmentAnswers, errors: ReturnType<typeof parseAnswers> extends infer P ? (P extends { errors: infer E } ? E : never) : never, status = 200) {
    const ctx = viewContext(request, reply)
    const advice = adviseSupport(answers, { needs: file.needs.map((need) => need.kind as NeedKind) })
    const title = `${ctx.t('case.assessment')}: ${file.initiative.title}`
    return sendHtml(
      reply,
      Shell({
        ctx,
        title,
        children: [
          <p class="utrecht-paragraph"><a class="utrecht-link" href={`/werk/initiatieven/${file.initiative.id}`}>{file.initiative.title}</a></p>,
          <h1 class="utrecht-heading-1">{title}</h1>,
          file.assessment ? <AssessmentAdvice ctx={ctx} advice={advice} /> : null,
          <AssessmentForm ctx={ctx} action={`/werk/initiatieven/${file.initiative.id}/ondersteuning`} answers={answers} errors={errors} />,
        ],
      }),
      status,
    )
  }

  app.get('/werk/initiatieven/:id/ondersteuning', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    return assessmentPage(request, reply, file, (file.assessment?.answers ?? {}) as AssessmentAnswers, [])
  })

  app.post('/werk/initiatieven/:id/ondersteuning', { preHandler: caseWorkers, schema: { hide: true } }, async (request, reply) => {
    const file = await accessibleCase(request, reply)
    if (!file) return reply
    const parsed = parseAnswers(textFields(asFormBody(request.body)))
    if ('errors' in parsed) return assessmentPage(request, reply, file, parsed.validAnswers, parsed.errors, 400)
    await saveAssessment(db, actorOf(request), file.initiative.id, parsed.answers as Record<string, number | null>)
    return reply.redirect(`/werk/initiatieven/${file.initiative.id}/ondersteuning`, 303)
  })
}
