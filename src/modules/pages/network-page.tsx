import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'

/** Every way into the municipality's network, each with one sentence on what it is for. */
const doors: { href: string; title: MessageKey; text: MessageKey }[] = [
  { href: '/helpers', title: 'network.hub.helpers.title', text: 'network.hub.helpers.text' },
  { href: '/organisaties', title: 'network.hub.organisations.title', text: 'network.hub.organisations.text' },
  { href: '/ruimtes', title: 'network.hub.spaces.title', text: 'network.hub.spaces.text' },
  { href: '/buurtvragen', title: 'network.hub.neighbours.title', text: 'network.hub.neighbours.text' },
  { href: '/beursvloer', title: 'network.hub.marketplace.title', text: 'network.hub.marketplace.text' },
]

export function NetworkPage({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('network.hub.title')}>
      <h1 class="utrecht-heading-1">{t('network.hub.title')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('network.hub.intro')}</p>
      <ul class="noaber-grid">
        {doors.map((door) => (
          <li class="noaber-card">
            <h2 class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={door.href}>{t(door.title)}</a></h2>
            <p class="utrecht-paragraph">{t(door.text)}</p>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/mijn/hulpaanbod">{t('network.hub.offer')}</a></p>
    </Shell>
  )
}
