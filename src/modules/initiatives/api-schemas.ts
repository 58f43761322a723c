import { Type, type Static } from 'typebox'
import { governmentRoles, initiativeStatuses, initiatorKinds, needKinds, needStatuses, openStatuses, publicationStates } from './vocabulary.ts'

/** The JSON shapes of `/api/v1/initiatives`; the OpenAPI description is generated from these. */

const SLUG = '^[a-z0-9-]{1,80}$'
/** The same rule as the submission form's phone field. */
export const PHONE_PATTERN = '^\\+?[0-9 ()-]{6,30}$'
/** At least one character that is not white space. */
const NOT_BLANK = '\\S'

const Slug = (description?: string) => Type.String({ pattern: SLUG, ...(description ? { description } : {}) })
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])
const DateTime = (description: string) => Type.String({ format: 'date-time', description })
/** A string from a fixed list; `type` is spelled out so OpenAPI generators make it a string enum. */
export const StringEnum = <const T extends string>(values: readonly T[], options: { description?: string; default?: T } = {}) => Type.Enum([...values], { type: 'string', ...options })

export const StatusSchema = StringEnum(initiativeStatuses, { description: 'Where the initiative stands in its lifecycle.' })
export const PublicationSchema = StringEnum(publicationStates, { description: 'Whether the initiative may be shown on the public site.' })
export const NeedKindSchema = StringEnum(needKinds)
export const InitiatorKindSchema = StringEnum(initiatorKinds)

export const InitiativeSchema = Type.Object({
  id: Type.Integer(),
  title: Type.String(),
  summary: Type.String(),
  description: Nullable(Type.String({ description: 'Without a staff token: only when the initiator agreed to publish it, otherwise null.' })),
  status: StatusSchema,
  initiatorKind: InitiatorKindSchema,
  area: Nullable(Type.Object({ slug: Type.String(), name: Type.String() })),
  themes: Type.Array(Type.String(), { description: 'Slugs of the themes, as in /api/v1/themes.' }),
  needs: Type.Array(Type.Object({ kind: NeedKindSchema, status: StringEnum(needStatuses) }), { description: 'The help the initiator asks for.' }),
  location: Nullable(Type.Object({ lat: Type.Number(), lon: Type.Number() }, { description: 'WGS84' })),
  createdAt: DateTime('When the initiative was submitted.'),
  lastActivityAt: DateTime('When anything last happened in the initiative.'),
  // Only with a staff token:
  publication: Type.Optional(PublicationSchema),
  publishDescription: Type.Optional(Type.Boolean({ description: 'Staff only: whether the description may be shown publicly.' })),
  confirmedAt: Type.Optional(Nullable(DateTime('Staff only: when the initiative was confirmed.'))),
  contact: Type.Optional(
    Type.Object(
      { name: Type.String(), email: Type.String(), phone: Nullable(Type.String()) },
      { description: 'Staff only: the initiator\u2019s contact details. Never public.' },
    ),
  ),
  brokerId: Type.Optional(Nullable(Type.Integer({ description: 'Staff only: the broker who is the initiative\u2019s single contact.' }))),
  governmentRole: Type.Optional(Nullable(StringEnum(governmentRoles, { description: 'Staff only: the municipality\u2019s rung on the participation ladder.' }))),
})
export type InitiativeItem = Static<typeof InitiativeSchema>

export const InitiativeListSchema = Type.Object({
  items: Type.Array(InitiativeSchema),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  total: Type.Integer({ minimum: 0, description: 'How many initiatives match, on all pages together.' }),
})

export const InitiativeListQuerySchema = Type.Object({
  theme: Type.Optional(Slug('Only initiatives with this theme (slug).')),
  area: Type.Optional(Slug('Only initiatives in this neighbourhood or village (slug).')),
  status: Type.Optional(StatusSchema),
  need: Type.Optional(NeedKindSchema),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, default: 1, description: 'Page number, from 1.' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
})

export const InitiativeParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) })

const Title = Type.String({ minLength: 3, maxLength: 120, pattern: NOT_BLANK })
const Summary = Type.String({ minLength: 10, maxLength: 300, pattern: NOT_BLANK })
const Description = Type.String({ maxLength: 10000 })

export const OutcomeSchema = Type.Object(
  {
    achieved: Type.String({ minLength: 1, maxLength: 2000, pattern: NOT_BLANK }),
    municipalMoneyCents: Type.Integer({ minimum: 0, maximum: 99_999_999_999, description: 'Municipal money spent, in euro cents.' }),
    participants: Type.Integer({ minimum: 0, maximum: 9_999_999 }),
    helpedMost: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  { additionalProperties: false, description: 'Required when the status becomes realised, stopped or referred.' },
)

export const NewInitiativeSchema = Type.Object(
  {
    title: Title,
    summary: Summary,
    description: Type.Optional(Description),
    themes: Type.Array(Slug(), { minItems: 1, maxItems: 20, description: 'Theme slugs, as in /api/v1/themes.' }),
    area: Type.Optional(Slug('Neighbourhood or village slug, as in /api/v1/areas.')),
    initiatorKind: InitiatorKindSchema,
    needs: Type.Optional(
      Type.Array(Type.Object({ kind: NeedKindSchema, explanation: Type.String({ minLength: 1, maxLength: 1000, pattern: NOT_BLANK }) }, { additionalProperties: false }), {
        maxItems: needKinds.length,
        description: 'Each kind at most once.',
      }),
    ),
    contact: Type.Object(
      { name: Type.String({ minLength: 1, maxLength: 120, pattern: NOT_BLANK }), email: Type.String({ minLength: 3, maxLength: 254 }), phone: Type.Optional(Type.String({ pattern: PHONE_PATTERN })) },
      { additionalProperties: false },
    ),
    status: Type.Optional(StringEnum(openStatuses, { default: 'new', description: 'An imported case may already be under way; closed cases cannot be imported.' })),
    publication: Type.Optional(StringEnum(publicationStates, { default: 'private', description: 'Publish only with the initiator\u2019s consent.' })),
    publishDescription: Type.Optional(Type.Boolean({ default: false })),
    location: Type.Optional(Type.Object({ lat: Type.Number({ minimum: -90, maximum: 90 }), lon: Type.Number({ minimum: -180, maximum: 180 }) }, { additionalProperties: false })),
  },
  { additionalProperties: false },
)
export type NewInitiative = Static<typeof NewInitiativeSchema>

export const InitiativeChangeSchema = Type.Object(
  {
    title: Type.Optional(Title),
    summary: Type.Optional(Summary),
    description: Type.Optional(Description),
    status: Type.Optional(StatusSchema),
    outcome: Type.Optional(OutcomeSchema),
    publication: Type.Optional(PublicationSchema),
    publishDescription: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, description: 'Only the fields given change. A status change must be allowed from the current status.' },
)
export type InitiativeChange = Static<typeof InitiativeChangeSchema>

const ProblemSchema = Type.Object({
  type: Type.String(),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.Optional(Type.String()),
  instance: Type.Optional(Type.String()),
  invalidParams: Type.Optional(Type.Array(Type.Object({ name: Type.String(), reason: Type.String() }))),
})

/** An error answer in the OpenAPI description: application/problem+json (RFC 9457), as the Dutch API Design Rules ask. */
export function problemResponse(description: string) {
  return { description, content: { 'application/problem+json': { schema: ProblemSchema } } }
}
