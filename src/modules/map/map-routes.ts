import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { listAreaBoundaries, listAreas } from '../areas/area-repository.ts'
import { listThemes } from '../themes/theme-repository.ts'
import { initiativeStatuses, needKinds } from '../initiatives/vocabulary.ts'
import { clusterInitiatives, parseBoundingBox } from './clusters.ts'
import { MapPage } from './map-views.tsx'

const SLUG = '^[a-z0-9-]{1,80}$'
const PointSchema = Type.Object({ type: Type.Literal('Point'), coordinates: Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }) })
const ClusterCollectionSchema = Type.Object({
  type: Type.Literal('FeatureCollection'),
  features: Type.Array(
    Type.Object({
      type: Type.Literal('Feature'),
      geometry: PointSchema,
      properties: Type.Union([
        Type.Object({ cluster: Type.Literal(true), count: Type.Integer() }),
        Type.Object({ cluster: Type.Literal(false), id: Type.Integer(), title: Type.String(), status: Type.String(), url: Type.String() }),
      ]),
    }),
  ),
})

export function mapRoutes(app: FastifyInstance, { db, config }: ModuleDeps): void {
  app.get('/kaart', { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => {
    const tenant = tenantOf(request)
    const query = request.query as Record<string, unknown>
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim().slice(0, 80) : '')
    const [areas, themes] = await Promise.all([listAreas(db, tenant.id), listThemes(db, tenant.id)])
    const filters = { thema: text('thema'), wijk: text('wijk'), status: text('status'), hulpvraag: text('hulpvraag') }
    return sendHtml(reply, MapPage({ ctx: viewContext(request, reply), tileUrl: config.tileUrl, areas, themes, filters }))
  })

  const api = app.withTypeProvider<TypeBoxTypeProvider>()
  api.get(
    '/api/v1/map/clusters',
    {
      config: { publicCache: true },
      schema: {
        tags: ['map'],
        summary: 'Public initiatives inside a bounding box, clustered on the server for the zoom level',
        querystring: Type.Object({
          bbox: Type.String({ maxLength: 100, description: 'minLon,minLat,maxLon,maxLat in WGS84' }),
          zoom: Type.Integer({ minimum: 0, maximum: 22 }),
          theme: Type.Optional(Type.String({ pattern: SLUG })),
          area: Type.Optional(Type.String({ pattern: SLUG })),
          status: Type.Optional(Type.Union(initiativeStatuses.map((status) => Type.Literal(status)))),
          need: Type.Optional(Type.Union(needKinds.map((kind) => Type.Literal(kind)))),
        }),
        response: { 200: ClusterCollectionSchema },
      },
    },
    async (request, reply) => {
      const box = parseBoundingBox(request.query.bbox)
      if (!box) {
        const error = Object.assign(new Error(request.t('map.bbox.invalid')), { statusCode: 400 })
        return sendError(request, reply, 400, error as never)
      }
      const { theme, area, status, need, zoom } = request.query
      return clusterInitiatives(db, tenantOf(request).id, box, zoom, { themeSlug: theme, areaSlug: area, status, need })
    },
  )

  api.get(
    '/api/v1/map/areas',
    {
      config: { publicCache: true },
      schema: {
        tags: ['map'],
        summary: 'Outlines of the neighbourhoods and villages, as GeoJSON',
        response: {
          200: Type.Object({
            type: Type.Literal('FeatureCollection'),
            features: Type.Array(
              Type.Object({
                type: Type.Literal('Feature'),
                geometry: Type.Object({ type: Type.String(), coordinates: Type.Array(Type.Any()) }),
                properties: Type.Object({ slug: Type.String(), name: Type.String(), kind: Type.String() }),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const areas = await listAreaBoundaries(db, tenantOf(request).id)
      return {
        type: 'FeatureCollection' as const,
        features: areas.map((area) => ({ type: 'Feature' as const, geometry: area.boundary, properties: { slug: area.slug, name: area.name, kind: area.kind } })),
      }
    },
  )
}
