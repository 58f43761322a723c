import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { sendError } from '../../platform/http/errors.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { findArea } from '../areas/area-repository.ts'
import { problemResponse } from '../initiatives/api-schemas.ts'
import type { OrganisationOfferRow, OrganisationRow } from './network-tables.ts'
import { findOrganisation, listPublicOrganisations } from './organisation-queries.ts'
import { OrganisationListQuerySchema, OrganisationListSchema, OrganisationParamsSchema, OrganisationSchema, type OrganisationItem } from './organisation-schemas.ts'

function present(organisation: OrganisationRow, area: { slug: string; name: string } | null, offers: OrganisationOfferRow[]): OrganisationItem {
  return {
    slug: organisation.slug,
    name: organisation.name,
    kind: organisation.kind,
    description: organisation.description,
    website: organisation.website,
    address: organisation.address,
    area,
    location: organisation.latitude !== null && organisation.longitude !== null ? { lat: organisation.latitude, lon: organisation.longitude } : null,
    offers: offers.filter((offer) => offer.active).map((offer) => ({ kind: offer.kind, description: offer.description })),
    url: `/organisaties/${organisation.slug}`,
  }
}

/** `/api/v1/organisations`: the public organisations of the municipality with their standing offers. Hidden ones do not exist here. */
export function organisationApiRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>()

  api.get(
    '/api/v1/organisations',
    {
      schema: {
        tags: ['organisations'],
        summary: 'Organisations that offer help, alphabetical, one page at a time',
        description: 'Clubs, businesses, care and welfare organisations, schools, churches and foundations, with what they can give. Filter by offer kind and area.',
        querystring: OrganisationListQuerySchema,
        response: { 200: OrganisationListSchema, 400: problemResponse('Invalid parameters; `invalidParams` names each one.') },
      },
    },
    async (request) => {
      const tenantId = tenantOf(request).id
      const { offer, area, page = 1, pageSize = 20 } = request.query
      const areaRow = area ? await findArea(db, tenantId, area) : undefined
      if (area && !areaRow) return { items: [], page, pageSize, total: 0 }
      const result = await listPublicOrganisations(db, tenantId, { offerKind: offer, areaId: areaRow?.id }, page, pageSize)
      return { items: result.items.map((item) => present(item.organisation, item.area, item.offers)), page, pageSize, total: result.total }
    },
  )

  api.get(
    '/api/v1/organisations/:slug',
    {
      schema: {
        tags: ['organisations'],
        summary: 'One organisation with its active offers',
        params: OrganisationParamsSchema,
        response: { 200: OrganisationSchema, 400: problemResponse('Invalid parameters.'), 404: problemResponse('No such public organisation.') },
      },
    },
    async (request, reply) => {
      const detail = await findOrganisation(db, tenantOf(request).id, request.params.slug)
      if (!detail || detail.organisation.visibility !== 'public') return sendError(request, reply, 404)
      return present(detail.organisation, detail.area ? { slug: detail.area.slug, name: detail.area.name } : null, detail.offers)
    },
  )
}
