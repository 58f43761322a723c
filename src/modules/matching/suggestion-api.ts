import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type, type Static } from 'typebox'
import { requireApiRoles } from '../../platform/auth/api-tokens.ts'
import { sendError } from '../../platform/http/errors.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { InitiativeParamsSchema, NeedKindSchema, problemResponse, StringEnum } from '../initiatives/api-schemas.ts'
import { reasonCodes } from './reasons.ts'
import { loadMatchCase } from './matching-routes.ts'
import { suggestionsForNeed, type Suggestion } from './suggestions.ts'

const SuggestionSchema = Type.Object({
  party: Type.Object({
    kind: StringEnum(['helper', 'organisation', 'space', 'initiative']),
    id: Type.Integer({ description: 'The helper\u2019s person id, or the id of the organisation, space or initiative.' }),
    name: Type.String(),
    url: Type.String({ description: 'The party\u2019s page on this site.' }),
  }),
  score: Type.Integer(),
  reasons: Type.Array(Type.Object({
    code: StringEnum(reasonCodes),
    points: Type.Integer(),
    params: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  })),
  request: Type.Optional(Type.Object({ id: Type.Integer(), status: StringEnum(['pending', 'accepted', 'declined', 'withdrawn']) })),
})

const SuggestionsSchema = Type.Object({
  initiativeId: Type.Integer(),
  needs: Type.Array(Type.Object({
    id: Type.Integer(),
    kind: NeedKindSchema,
    helpers: Type.Array(SuggestionSchema),
    organisations: Type.Array(SuggestionSchema),
    spaces: Type.Array(SuggestionSchema),
    initiatives: Type.Array(SuggestionSchema),
  })),
})

type SuggestionItem = Static<typeof SuggestionSchema>
const present = (suggestion: Suggestion): SuggestionItem => suggestion

/** `GET /api/v1/initiatives/{id}/suggestions`: the matching a broker sees, for staff integrations. */
export function suggestionApiRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/initiatives/:id/suggestions',
    {
      onRequest: requireApiRoles('broker', 'coordinator', 'admin'),
      // Scoring every candidate per request is the heaviest read of the API; the answer only changes with the data.
      config: { tokenCache: true },
      schema: {
        tags: ['initiatives'],
        summary: 'Suggested helpers, organisations, spaces and initiatives for each open need (staff token)',
        description: 'Each suggestion carries its score and the reasons that make it up, so the ranking can be explained. Helpers who show themselves to nobody are never included. Send a staff API token as `Authorization: Bearer nbr_…`.',
        params: InitiativeParamsSchema,
        response: { 200: SuggestionsSchema, 401: problemResponse('Missing or invalid API token.'), 403: problemResponse('The token\u2019s role may not do this.'), 404: problemResponse('No such initiative.') },
      },
    },
    async (request, reply) => {
      const tenantId = tenantOf(request).id
      const match = await loadMatchCase(db, tenantId, request.params.id)
      if (!match) return sendError(request, reply, 404)
      const needs = await Promise.all(
        match.openNeeds.map(async (need) => {
          const found = await suggestionsForNeed(db, tenantId, match.initiative, need, 'staff')
          return { id: need.id, kind: need.kind, helpers: found.helpers.map(present), organisations: found.organisations.map(present), spaces: found.spaces.map(present), initiatives: found.initiatives.map(present) }
        }),
      )
      return { initiativeId: match.initiative.id, needs }
    },
  )
}
