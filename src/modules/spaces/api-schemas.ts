import { Type, type Static } from 'typebox'
import { accessibilityFeatures, facilities, LIMITS, priceKinds } from './vocabulary.ts'

/** The JSON shapes of `/api/v1/spaces`; the OpenAPI description is generated from these. */

const StringEnum = <const T extends string>(values: readonly T[], options: { description?: string } = {}) => Type.Enum([...values], { type: 'string', ...options })
const ClockTime = (description: string) => Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$', description })
const Day = (description: string) => Type.String({ format: 'date', description })

export const SpaceSummarySchema = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  description: Type.String(),
  address: Type.String(),
  area: Type.Object({ slug: Type.String(), name: Type.String() }, { description: 'The neighbourhood or village, as in /api/v1/areas.' }),
  capacity: Type.Integer({ minimum: 1, description: 'How many people fit.' }),
  accessibility: Type.Array(StringEnum(accessibilityFeatures)),
  facilities: Type.Array(StringEnum(facilities)),
  price: Type.Object(
    {
      kind: StringEnum(priceKinds),
      centsPerPartOfDay: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], { description: 'Euro cents per part of the day (morning, afternoon or evening); null when free.' }),
      note: Type.String(),
    },
  ),
  location: Type.Union([Type.Object({ lat: Type.Number(), lon: Type.Number() }, { description: 'WGS84' }), Type.Null()]),
  url: Type.String({ description: 'The space\u2019s page, where a signed-in person can ask to use it.' }),
  updatedAt: Type.String({ format: 'date-time' }),
})
export type SpaceSummaryItem = Static<typeof SpaceSummarySchema>

export const SpaceSchema = Type.Intersect([
  SpaceSummarySchema,
  Type.Object({
    availability: Type.Array(
      Type.Object({
        weekday: Type.Integer({ minimum: 1, maximum: 7, description: 'ISO weekday: 1 = Monday … 7 = Sunday.' }),
        from: ClockTime('Local time (Europe/Amsterdam), HH:MM.'),
        to: ClockTime('Local time (Europe/Amsterdam), HH:MM; 24:00 is midnight at the end of the day.'),
      }),
      { description: 'The weekly windows in which the space can be asked for.' },
    ),
    closedPeriods: Type.Array(Type.Object({ from: Day('First closed day.'), to: Day('Last closed day.'), reason: Type.String() }), { description: 'Closed periods that have not ended yet.' }),
    photos: Type.Array(Type.Object({ url: Type.String(), alt: Type.String({ description: 'Text alternative.' }) })),
  }),
])
export type SpaceItem = Static<typeof SpaceSchema>

export const SpaceListSchema = Type.Object({
  items: Type.Array(SpaceSummarySchema),
  page: Type.Integer({ minimum: 1 }),
  pageSize: Type.Integer({ minimum: 1 }),
  total: Type.Integer({ minimum: 0, description: 'How many spaces match, on all pages together.' }),
})

export const SpaceListQuerySchema = Type.Object({
  area: Type.Optional(Type.String({ pattern: '^[a-z0-9-]{1,80}$', description: 'Only spaces in this neighbourhood or village (slug).' })),
  minCapacity: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.capacity, description: 'Only spaces where at least this many people fit.' })),
  accessible: Type.Optional(Type.Boolean({ description: 'Only spaces a wheelchair user can enter.' })),
  free: Type.Optional(Type.Boolean({ description: 'Only spaces that cost nothing.' })),
  facility: Type.Optional(StringEnum(facilities, { description: 'Only spaces with this facility.' })),
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, default: 1, description: 'Page number, from 1.' })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
})

export const SpaceParamsSchema = Type.Object({ id: Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER }) })
