import { LocalizedTextSchema } from '../../platform/http/common-schemas.ts'
import { Type, type Static } from 'typebox'


export const AreaSummarySchema = Type.Object(
  {
    slug: Type.String({ description: 'Stable identifier used in addresses.' }),
    name: Type.String(),
    kind: Type.Union([Type.Literal('village'), Type.Literal('neighbourhood')]),
    population: Type.Integer({ minimum: 0 }),
    description: LocalizedTextSchema,
    bbox: Type.Array(Type.Number(), { minItems: 4, maxItems: 4, description: 'minLon, minLat, maxLon, maxLat (WGS84)' }),
  },
  { $id: 'AreaSummary' },
)

export const AreaSchema = Type.Intersect(
  [
    AreaSummarySchema,
    Type.Object({
      boundary: Type.Object(
        { type: Type.Union([Type.Literal('Polygon'), Type.Literal('MultiPolygon')]), coordinates: Type.Array(Type.Any()) },
        { description: 'GeoJSON geometry in WGS84.' },
      ),
    }),
  ],
  { $id: 'Area' },
)

export const AreaListSchema = Type.Object({ items: Type.Array(AreaSummarySchema) })
export const AreaParamsSchema = Type.Object({ slug: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }) })

export type AreaSummary = Static<typeof AreaSummarySchema>
