import { randomBytes } from 'node:crypto'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { startSession } from '../../platform/auth/session.ts'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit } from '../../platform/rate-limit/rate-limit.ts'
import { listAreaBoundaries } from '../areas/area-repository.ts'
import { listThemes } from '../themes/theme-repository.ts'
import { confirmInitiative, inspectConfirmation, submitInitiative } from './initiative-service.ts'
import { findSimilarInitiatives } from './similar.ts'
import { readSubmissionForm, validateSubmission, type SubmissionForm } from './submission.ts'
import { ConfirmInitiativePage, ConfirmProblemPage, SubmissionPage, SubmittedPage } from './submission-views.tsx'

export const submissionRateLimit = { name: 'initiativeSubmission:ip', limit: 10, windowSeconds: 3600 }

function emptyForm(): SubmissionForm {
  return {
    title: '', summary: '', description: '', themeIds: [], areaId: '', initiatorKind: '', needs: {}, chosenNeeds: [],
    contactName: '', contactEmail: '', contactPhone: '', publish: '', publishDescription: false, latitude: '', longitude: '',
    submissionKey: randomBytes(18).toString('base64url'),
  }
}

export function submissionRoutes(app: FastifyInstance, { db, config, clock }: ModuleDeps): void {
  async function choices(tenantId: number) {
    // Boundaries too: a point on the map decides the area.
    const [areas, themes] = await Promise.all([listAreaBoundaries(db, tenantId), listThemes(db, tenantId)])
    return { areas, themes, tileUrl: config.tileUrl }
  }

  app.get('/initiatieven/nieuw', { schema: { hide: true } }, async (request, reply) => {
    const form = emptyForm()
    if (request.person) {
      form.contactName = request.person.displayName
      form.contactEmail = request.person.email
    }
    return sendHtml(reply, SubmissionPage({ ctx: viewContext(request, reply), form, ...(await choices(tenantOf(request).id)) }))
  })

  app.post('/initiatieven/nieuw', { schema: { hide: true } }, async (request, reply) => {
    const tenant = tenantOf(request)
    const form = readSubmissionForm(asFormBody(request.body))
    const known = await choices(tenant.id)
    const outcome = validateSubmission(form, { areas: known.areas, themeIds: known.themes.map((theme) => theme.id) }, request.t)
    if ('errors' in outcome) {
      // Show what was typed again, cut to size, with a fresh key if the old one was unusable.
      const shown = { ...form, title: form.title.slice(0, 120), summary: form.summary.slice(0, 300), description: form.description.slice(0, 10000) }
      if (!/^[A-Za-z0-9_-]{16,64}$/.test(form.submissionKey)) shown.submissionKey = emptyForm().submissionKey
      return sendHtml(reply, SubmissionPage({ ctx: viewContext(request, reply), form: shown, errors: outcome.errors, ...known }), 400)
    }
    const limit = await hitRateLimit(db, submissionRateLimit, `${tenant.id}:${request.ip}`)
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds))
      return sendError(request, reply, 429)
    }
    await submitInitiative(db, tenant, outcome.submission, request.locale, config.baseUrl, clock)
    return sendHtml(reply, SubmittedPage({ ctx: viewContext(request, reply), email: outcome.submission.contactEmail }))
  })

  app.get('/initiatieven/bevestigen', { schema: { hide: true } }, async (request, reply) => {
    const token = String((request.query as { token?: unknown }).token ?? '').slice(0, 200)
    const problem = await inspectConfirmation(db, tenantOf(request).id, token, clock)
    const ctx = viewContext(request, reply)
    if (problem) return sendHtml(reply, ConfirmProblemPage({ ctx, problem }), 400)
    return sendHtml(reply, ConfirmInitiativePage({ ctx, token }))
  })

  app.post('/initiatieven/bevestigen', { schema: { hide: true } }, async (request, reply) => {
    const token = field(asFormBody(request.body), 'token').slice(0, 200)
    const outcome = await confirmInitiative(db, tenantOf(request), token, request.locale, config.baseUrl, clock)
    if ('problem' in outcome) return sendHtml(reply, ConfirmProblemPage({ ctx: viewContext(request, reply), problem: outcome.problem }), 400)
    if (request.person?.id !== outcome.initiator.id) await startSession(db, config, reply, outcome.initiator.id)
    return reply.redirect(`/mijn/initiatieven/${outcome.initiative.id}`, 303)
  })

  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/initiative-suggestions',
    {
      schema: {
        tags: ['initiatives'],
        summary: 'Public initiatives whose title resembles the given one (for "maybe join this one?")',
        querystring: Type.Object({ title: Type.String({ maxLength: 200 }) }),
        response: { 200: Type.Object({ items: Type.Array(Type.Object({ id: Type.Integer(), title: Type.String(), summary: Type.String() })) }) },
      },
    },
    async (request) => ({ items: await findSimilarInitiatives(db, tenantOf(request).id, request.query.title) }),
  )
}
