import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sendError } from '../../platform/http/errors.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { findArea, listAreas, type AreaListing } from './area-repository.ts'
import { AreaListSchema, AreaParamsSchema, AreaSchema, type AreaSummary } from './area-schemas.ts'

function present(area: AreaListing): AreaSummary {
  return {
    slug: area.slug,
    name: area.name,
    kind: area.kind,
    population: area.population,
    description: area.description,
    bbox: [area.min_lon, area.min_lat, area.max_lon, area.max_lat],
  }
}

export function areaRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>()

  api.get(
    '/api/v1/areas',
    { config: { publicCache: true }, schema: { tags: ['areas'], summary: 'Neighbourhoods and villages of the municipality', response: { 200: AreaListSchema } } },
    async (request) => ({ items: (await listAreas(db, tenantOf(request).id)).map(present) }),
  )

  api.get(
    '/api/v1/areas/:slug',
    {
      config: { publicCache: true },
      schema: {
        tags: ['areas'],
        summary: 'One neighbourhood or village, with its boundary',
        params: AreaParamsSchema,
        response: { 200: AreaSchema },
      },
    },
    async (request, reply) => {
      const area = await findArea(db, tenantOf(request).id, request.params.slug)
      if (!area) return sendError(request, reply, 404)
      return { ...present(area), boundary: area.boundary }
    },
  )
}
