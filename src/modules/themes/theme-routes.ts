import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import { LocalizedTextSchema } from '../../platform/http/common-schemas.ts'
import { Type } from 'typebox'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { listThemes } from './theme-repository.ts'

const ThemeSchema = Type.Object(
  { slug: Type.String(), name: LocalizedTextSchema, description: LocalizedTextSchema },
  { $id: 'Theme' },
)

export function themeRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/themes',
    {
      config: { publicCache: true },
      schema: {
        tags: ['themes'],
        summary: 'Themes the municipality sorts initiatives by',
        response: { 200: Type.Object({ items: Type.Array(ThemeSchema) }) },
      },
    },
    async (request) => {
      const themes = await listThemes(db, tenantOf(request).id)
      return { items: themes.map(({ slug, name, description }) => ({ slug, name, description })) }
    },
  )
}
