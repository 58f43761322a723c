import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireApiRoles } from '../../platform/auth/api-tokens.ts'
import { sendError } from '../../platform/http/errors.ts'
import { PROBLEM_CONTENT_TYPE, type Problem } from '../../platform/http/problem.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { findInitiativeListing, listInitiatives, type Audience, type InitiativeListing } from './initiative-queries.ts'
import {
  InitiativeChangeSchema,
  InitiativeListQuerySchema,
  InitiativeListSchema,
  InitiativeParamsSchema,
  InitiativeSchema,
  NewInitiativeSchema,
  problemResponse,
  type InitiativeItem,
} from './api-schemas.ts'
import { ApiConflictError, ApiInputError, changeInitiativeFromApi, createInitiativeFromApi, type ApiActor, type ApiTexts } from './api-service.ts'

/**
 * Token roles that see the case side of an initiative (all confirmed ones, contact details included):
 * the same roles that may open a case file in the work area. A council member's token, like a
 * council member in the work area, gets only what the public gets.
 */
const CASE_ROLES = ['broker', 'coordinator', 'admin'] as const

export function audienceOf(request: FastifyRequest): Audience {
  const role = request.apiClient?.role
  return role && (CASE_ROLES as readonly string[]).includes(role) ? 'staff' : 'public'
}

/** An initiative as JSON: the public part for everyone, the case part only for staff. */
export function presentInitiative({ initiative, area, themes, needs }: InitiativeListing, audience: Audience): InitiativeItem {
  const item: InitiativeItem = {
    id: initiative.id,
    title: initiative.title,
    summary: initiative.summary,
    description: audience === 'staff' || initiative.publish_description ? initiative.description : null,
    status: initiative.status,
    initiatorKind: initiative.initiator_kind,
    area,
    themes: themes.map((theme) => theme.slug),
    needs: needs.map((need) => ({ kind: need.kind, status: need.status })),
    location: initiative.latitude !== null && initiative.longitude !== null ? { lat: initiative.latitude, lon: initiative.longitude } : null,
    createdAt: initiative.created_at.toISOString(),
    lastActivityAt: initiative.last_activity_at.toISOString(),
  }
  if (audience === 'public') return item
  return {
    ...item,
    publication: initiative.publication,
    publishDescription: initiative.publish_description,
    confirmedAt: initiative.confirmed_at?.toISOString() ?? null,
    contact: { name: initiative.contact_name, email: initiative.contact_email, phone: initiative.contact_phone },
    brokerId: initiative.broker_id,
    governmentRole: initiative.government_role,
  }
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, status: 400 | 409, fields: Partial<Problem>): FastifyReply {
  const problem: Problem = {
    type: 'about:blank',
    title: request.t(status === 409 ? 'initiative.api.conflict' : 'problem.badRequest'),
    status,
    instance: request.url,
    ...fields,
  }
  return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problem)
}

function apiTexts(request: FastifyRequest): ApiTexts {
  const t = request.t
  return {
    unknownTheme: (slug) => t('initiative.api.unknownTheme', { slug }),
    unknownArea: (slug) => t('initiative.api.unknownArea', { slug }),
    duplicateNeed: (kind) => t('initiative.api.duplicateNeed', { kind }),
    invalidEmail: t('form.email'),
    transition: (from, to) => t('initiative.api.transition', { from, to }),
    outcomeRequired: t('initiative.api.outcomeRequired'),
    consentFirst: t('initiative.api.consentFirst'),
    withdrawnNotPublic: t('initiative.api.withdrawnNotPublic'),
    nothingToChange: t('initiative.api.nothingToChange'),
  }
}

const TOKEN_NOTE = 'Send a staff API token as `Authorization: Bearer nbr_…`.'
const errors = {
  400: problemResponse('Invalid parameters; `invalidParams` names each one.'),
  401: problemResponse('Missing or invalid API token.'),
  403: problemResponse('The token\u2019s role may not do this.'),
  404: problemResponse('No such initiative, or not for this caller.'),
  409: problemResponse('The change does not fit the initiative\u2019s current state.'),
}

/** `/api/v1/initiatives`: the public list for everyone, the case view and imports for staff integrations. */
export function initiativeApiRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>()
  const writers = requireApiRoles('coordinator', 'admin')

  function actorOf(request: FastifyRequest): ApiActor {
    return { tenantId: tenantOf(request).id, label: `API: ${request.apiClient!.name}`, clock }
  }

  api.get(
    '/api/v1/initiatives',
    {
      schema: {
        tags: ['initiatives'],
        summary: 'Initiatives, newest first, one page at a time',
        description: `Without a token: the published initiatives. With a broker, coordinator or admin token: every confirmed initiative of the municipality, with the case fields. ${TOKEN_NOTE}`,
        querystring: InitiativeListQuerySchema,
        response: { 200: InitiativeListSchema, 400: errors[400], 401: errors[401] },
      },
    },
    async (request) => {
      const { theme, area, status, need, page = 1, pageSize = 20 } = request.query
      const audience = audienceOf(request)
      const result = await listInitiatives(db, tenantOf(request).id, audience, { themeSlug: theme, areaSlug: area, status, need }, page, pageSize)
      return { items: result.items.map((listing) => presentInitiative(listing, audience)), page, pageSize, total: result.total }
    },
  )

  api.get(
    '/api/v1/initiatives/:id',
    {
      schema: {
        tags: ['initiatives'],
        summary: 'One initiative',
        description: `Without a token only a published initiative is found. ${TOKEN_NOTE}`,
        params: InitiativeParamsSchema,
        response: { 200: InitiativeSchema, 400: errors[400], 401: errors[401], 404: errors[404] },
      },
    },
    async (request, reply) => {
      const audience = audienceOf(request)
      const listing = await findInitiativeListing(db, tenantOf(request).id, request.params.id, audience)
      if (!listing) return sendError(request, reply, 404)
      return presentInitiative(listing, audience)
    },
  )

  api.post(
    '/api/v1/initiatives',
    {
      onRequest: writers,
      schema: {
        tags: ['initiatives'],
        summary: 'Import an initiative from another system (coordinator or admin token)',
        description: `The initiative is stored as confirmed, gets a broker by area and theme, and no mail is sent. ${TOKEN_NOTE}`,
        body: NewInitiativeSchema,
        response: { 201: InitiativeSchema, 400: errors[400], 401: errors[401], 403: errors[403] },
      },
    },
    async (request, reply) => {
      let id: number
      try {
        id = await createInitiativeFromApi(db, actorOf(request), request.body, apiTexts(request))
      } catch (error) {
        if (error instanceof ApiInputError) return sendProblem(request, reply, 400, { invalidParams: error.invalidParams })
        throw error
      }
      const listing = await findInitiativeListing(db, tenantOf(request).id, id, 'staff')
      return reply.code(201).header('location', `/api/v1/initiatives/${id}`).send(presentInitiative(listing!, 'staff'))
    },
  )

  api.patch(
    '/api/v1/initiatives/:id',
    {
      onRequest: writers,
      schema: {
        tags: ['initiatives'],
        summary: 'Change an initiative\u2019s texts, status or publication (coordinator or admin token)',
        description: `Status changes follow the case lifecycle (new → inConversation → underWay → realised, stopped or referred); others are refused with 409. Publishing needs the initiator\u2019s consent: from \`private\` only \`pendingReview\` can follow. ${TOKEN_NOTE}`,
        params: InitiativeParamsSchema,
        body: InitiativeChangeSchema,
        response: { 200: InitiativeSchema, 400: errors[400], 401: errors[401], 403: errors[403], 404: errors[404], 409: errors[409] },
      },
    },
    async (request, reply) => {
      let found: boolean
      try {
        found = await changeInitiativeFromApi(db, actorOf(request), request.params.id, request.body, apiTexts(request))
      } catch (error) {
        if (error instanceof ApiInputError) return sendProblem(request, reply, 400, { invalidParams: error.invalidParams })
        if (error instanceof ApiConflictError) return sendProblem(request, reply, 409, { detail: error.detail })
        throw error
      }
      if (!found) return sendError(request, reply, 404)
      const listing = await findInitiativeListing(db, tenantOf(request).id, request.params.id, 'staff')
      return presentInitiative(listing!, 'staff')
    },
  )
}
