import { Type, type Static } from 'typebox'
import { offerKinds, organisationKinds } from './vocabulary.ts'

/** The JSON shapes of `/api/v1/organisations`; the OpenAPI description is generated from these. */

const SLUG = '^[a-z0-9-]{1,80}$'
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()])
/** A string from a fixed list; `type` is spelled out so OpenAPI generators make it a string enum. */
const StringEnum = <const T extends string>(values: readonly T[], options: { description?: string } = {}) => Type.Enum([...values], { type: 'string', ...options })

export const OfferKindSchema = StringEnum(offerKinds, { description: 'What the organisation can give: money, materials, people (volunteers), rooms or expertise.' })

export const OrganisationSchema = Type.Object({
  slug: Type.String({ description: 'Stable identifier used in addresses; it stays when the organisation is renamed.' }),
  name: Type.String(),
  kind: StringEnum(organisationKinds, { description: 'Club, business, care and welfare organisation, school, church, foundation or other.' }),
  description: Type.String(),
  website: Nullable(Type.String({ description: 'http or https address.' })),
  address: Type.String({ description: 'Postal address as the organisation gave it; may be empty.' }),
  area: Nullable(Type.Object({ slug: Type.String(), name: Type.String() }, { description: 'Neighbourhood or village, as in /api/v1/areas.' })),
  location: Nullable(Type.Object({ lat: Type.Number(), lon: Type.Number() }, { description: 'WGS84; only when the organisation placed itself on the map.' })),
  offers: Type.Array(Type.Object({ kind: OfferKindSchema, description: Type.String() }), { description: 'Standing offers that are active now.' }),
  url: Type.String({ description: 'The organisation\u2019s page on this site; contact goes through it, never by e-mail addresses in the API.' }),
})
export type OrganisationItem = Static<typeof OrganisationSchema>

export const OrganisationListSchema = Type.Object({
  items: Type.Array(OrganisationSchema),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  total: Type.Integer({ minimum: 0, description: 'How many organisations match, on all pages together.' }),
})

export const OrganisationListQuerySchema = Type.Object({
  offer: Type.Optional(OfferKindSchema),
  area: Type.Optional(Type.String({ pattern: SLUG, description: 'Only organisations in this neighbourhood or village (slug).' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, default: 1, description: 'Page number, from 1.' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
})

export const OrganisationParamsSchema = Type.Object({ slug: Type.String({ pattern: SLUG }) })
