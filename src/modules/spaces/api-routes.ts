import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sendError } from '../../platform/http/errors.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { problemResponse } from '../initiatives/api-schemas.ts'
import { formatClockTime, localTime } from './local-time.ts'
import { SpaceListQuerySchema, SpaceListSchema, SpaceParamsSchema, SpaceSchema, type SpaceItem, type SpaceSummaryItem } from './api-schemas.ts'
import { findSpace, isListed, listSpaces, type SpaceSummary } from './space-queries.ts'

function presentSummary(space: SpaceSummary, baseUrl: URL): SpaceSummaryItem {
  return {
    id: space.id,
    name: space.name,
    description: space.description,
    address: space.address,
    area: { slug: space.areaSlug, name: space.areaName },
    capacity: space.capacity,
    accessibility: space.accessibility,
    facilities: space.facilities,
    price: { kind: space.priceKind, centsPerPartOfDay: space.priceCents, note: space.priceNote },
    location: space.latitude !== null && space.longitude !== null ? { lat: space.latitude, lon: space.longitude } : null,
    url: new URL(`/ruimtes/${space.id}`, baseUrl).href,
    updatedAt: space.updatedAt.toISOString(),
  }
}

/**
 * `/api/v1/spaces`: the listed spaces, for anyone (other municipal sites, a later matching step).
 * Owners are never named and their e-mail addresses never given; contact goes through Noaber.
 */
export function spaceApiRoutes(app: FastifyInstance, { db, config, clock }: ModuleDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>()

  api.get(
    '/api/v1/spaces',
    {
      schema: {
        tags: ['spaces'],
        summary: 'Rooms and places for neighbourhood activities, by name, one page at a time',
        querystring: SpaceListQuerySchema,
        response: { 200: SpaceListSchema, 400: problemResponse('Invalid parameters; `invalidParams` names each one.') },
      },
    },
    async (request) => {
      const { area, minCapacity, accessible, free, facility, page = 1, pageSize = 20 } = request.query
      const result = await listSpaces(db, tenantOf(request).id, { areaSlug: area, minCapacity, accessible, free, facility }, page, pageSize)
      return { items: result.items.map((space) => presentSummary(space, config.baseUrl)), page, pageSize, total: result.total }
    },
  )

  api.get(
    '/api/v1/spaces/:id',
    {
      schema: {
        tags: ['spaces'],
        summary: 'One space, with its weekly availability and closed periods',
        params: SpaceParamsSchema,
        response: { 200: SpaceSchema, 400: problemResponse('Invalid parameters.'), 404: problemResponse('No such space, or it is not listed.') },
      },
    },
    async (request, reply): Promise<SpaceItem> => {
      const space = await findSpace(db, tenantOf(request).id, request.params.id)
      if (!space || !isListed(space)) return sendError(request, reply, 404) as never
      const today = localTime(clock.now()).day
      const summary = presentSummary(
        {
          id: space.id, name: space.name, description: space.description, address: space.address, areaName: space.areaName, areaSlug: space.areaSlug, capacity: space.capacity,
          accessibility: space.accessibility, facilities: space.facilities, priceKind: space.price_kind, priceCents: space.price_cents, priceNote: space.price_note,
          latitude: space.latitude, longitude: space.longitude, photo: null, updatedAt: space.updated_at,
        },
        config.baseUrl,
      )
      return {
        ...summary,
        availability: space.windows.map((window) => ({ weekday: window.weekday, from: formatClockTime(window.startMinute), to: formatClockTime(window.endMinute) })),
        closedPeriods: space.closures.filter((closure) => closure.endsOn >= today).map((closure) => ({ from: closure.startsOn, to: closure.endsOn, reason: closure.reason })),
        photos: space.photos.map((photo) => ({ url: new URL(`/ruimtes/${space.id}/fotos/${photo.id}`, config.baseUrl).href, alt: photo.altText })),
      }
    },
  )
}
