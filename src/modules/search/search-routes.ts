import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { Type } from 'typebox'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import { LocalizedTextSchema } from '../../platform/http/common-schemas.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { initiativeStatuses, isOneOf, needKinds } from '../initiatives/vocabulary.ts'
import { searchDirectory } from './directory-search.ts'
import { MAX_QUERY_LENGTH, searchInitiatives } from './search-service.ts'
import { SearchPage, type SearchFormValues } from './search-views.tsx'

const SLUG = '^[a-z0-9-]{1,80}$'
const FacetSchema = Type.Object({ value: Type.String(), label: Type.Union([Type.String(), LocalizedTextSchema]), count: Type.Integer() })
const SearchResponseSchema = Type.Object({
  query: Type.String(),
  total: Type.Integer({ description: 'Matches found; when totalIsExact is false, more matched and the newest this many are ranked, paged and counted.' }),
  totalIsExact: Type.Boolean(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  items: Type.Array(
    Type.Object({
      type: Type.Literal('initiative'),
      id: Type.Integer(),
      title: Type.String(),
      summary: Type.String(),
      snippet: Type.Array(Type.String(), { description: 'The summary in parts; parts at odd positions are the matched words.' }),
      status: Type.String(),
      area: Type.Union([Type.String(), Type.Null()]),
      url: Type.String(),
    }),
  ),
  facets: Type.Object({ theme: Type.Array(FacetSchema), area: Type.Array(FacetSchema), status: Type.Array(FacetSchema), need: Type.Array(FacetSchema) }),
  directory: Type.Array(
    Type.Object({
      type: Type.Union([Type.Literal('helper'), Type.Literal('organisation'), Type.Literal('space')]),
      id: Type.Integer(),
      title: Type.String(),
      snippet: Type.String(),
      url: Type.String(),
    }),
    { description: 'Helpers who show themselves publicly, organisations and spaces matching the query: a few of each, on the first page only.' },
  ),
})

/** One search for the whole site: a page for people and the same search as JSON. */
export function searchRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get('/zoeken', { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => {
    const query = request.query as Record<string, unknown>
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim() : '')
    const values: SearchFormValues = { q: text('q'), thema: text('thema'), wijk: text('wijk'), status: text('status'), hulpvraag: text('hulpvraag') }
    const ctx = viewContext(request, reply)
    if (values.q.length > MAX_QUERY_LENGTH) {
      return sendHtml(reply, SearchPage({ ctx, values: { ...values, q: values.q.slice(0, MAX_QUERY_LENGTH) }, result: undefined, error: request.t('form.tooLong', { max: MAX_QUERY_LENGTH }) }), 400)
    }
    const page = /^\d{1,5}$/.test(text('pagina')) ? Math.max(1, Number(text('pagina'))) : 1
    const tenantId = tenantOf(request).id
    const [result, directory] = await Promise.all([
      searchInitiatives(db, tenantId, values.q, {
        themeSlug: new RegExp(SLUG).test(values.thema) ? values.thema : undefined,
        areaSlug: new RegExp(SLUG).test(values.wijk) ? values.wijk : undefined,
        status: isOneOf(initiativeStatuses, values.status) ? values.status : undefined,
        need: isOneOf(needKinds, values.hulpvraag) ? values.hulpvraag : undefined,
      }, page),
      page === 1 ? searchDirectory(db, tenantId, request.person, values.q) : undefined,
    ])
    return sendHtml(reply, SearchPage({ ctx, values, result, directory }))
  })

  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/search',
    {
      config: { publicCache: true },
      schema: {
        tags: ['search'],
        summary: 'Search public initiatives (Dutch stemming, tolerant of typos), with facets',
        querystring: Type.Object({
          q: Type.String({ maxLength: MAX_QUERY_LENGTH }),
          theme: Type.Optional(Type.String({ pattern: SLUG })),
          area: Type.Optional(Type.String({ pattern: SLUG })),
          status: Type.Optional(Type.Union(initiativeStatuses.map((status) => Type.Literal(status)))),
          need: Type.Optional(Type.Union(needKinds.map((kind) => Type.Literal(kind)))),
          page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, default: 1 })),
          pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })),
        }),
        response: { 200: SearchResponseSchema },
      },
    },
    async (request) => {
      const { q, theme, area, status, need, page = 1, pageSize = 20 } = request.query
      const tenantId = tenantOf(request).id
      // The API answers as for a visitor: only helpers who show themselves to everyone.
      const [result, directory] = await Promise.all([
        searchInitiatives(db, tenantId, q, { themeSlug: theme, areaSlug: area, status, need }, page, pageSize),
        page === 1 ? searchDirectory(db, tenantId, undefined, q) : undefined,
      ])
      const found = directory ? [...directory.helpers, ...directory.organisations, ...directory.spaces] : []
      return {
        directory: found.map((hit) => ({ type: hit.kind, id: hit.id, title: hit.title, snippet: hit.snippet, url: hit.url })),
        query: result.query,
        total: result.total,
        totalIsExact: result.totalIsExact,
        page: result.page,
        pageSize: result.pageSize,
        facets: result.facets,
        items: result.items.map((item) => ({ type: 'initiative' as const, id: item.id, title: item.title, summary: item.summary, snippet: item.snippet, status: item.status, area: item.areaName, url: `/initiatieven/${item.id}` })),
      }
    },
  )
}
