import type { FastifyInstance } from 'fastify'
import type { VNode } from 'preact'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { getSetting } from '../../platform/settings/settings.ts'
import { listAreas } from '../areas/area-repository.ts'
import { listThemes } from '../themes/theme-repository.ts'
import { aboutContent } from './content/about.tsx'
import { accessibilityContent } from './content/accessibility.tsx'
import { privacyContent } from './content/privacy.tsx'
import type { StatementProps } from './content/statement-props.ts'
import { ContentPage } from './content-page.tsx'
import { HomePage } from './home-page.tsx'
import { NetworkPage } from './network-page.tsx'

type Content = Record<Locale, (props: StatementProps) => VNode>

const contentPages: { path: string; title: MessageKey; content: Content }[] = [
  { path: '/over', title: 'page.about.title', content: aboutContent },
  { path: '/toegankelijkheid', title: 'page.accessibility.title', content: accessibilityContent },
  { path: '/privacy', title: 'page.privacy.title', content: privacyContent },
]

export function pageRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get('/', { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => {
    const tenant = tenantOf(request)
    const [areas, themes] = await Promise.all([listAreas(db, tenant.id), listThemes(db, tenant.id)])
    return sendHtml(reply, HomePage({ ctx: viewContext(request, reply), welcome: tenant.welcome, areas, themes }))
  })

  app.get('/netwerk', { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => sendHtml(reply, NetworkPage({ ctx: viewContext(request, reply) })))

  for (const page of contentPages) {
    app.get(page.path, { schema: { hide: true }, config: { publicCache: true } }, async (request, reply) => {
      const tenant = tenantOf(request)
      const props: StatementProps = {
        tenantName: tenant.name,
        contactEmail: tenant.contact_email ?? '',
        contactPhone: await getSetting(db, tenant.id, 'contact.phone'),
      }
      const ctx = viewContext(request, reply)
      return sendHtml(reply, ContentPage({ ctx, title: ctx.t(page.title), children: page.content[request.locale](props) }))
    })
  }
}
