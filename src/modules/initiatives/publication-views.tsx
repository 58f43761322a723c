import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { formatInstant } from '../../platform/time/format.ts'

export function PublicationQueuePage({ ctx, items }: { ctx: ViewContext; items: { id: number; title: string; summary: string; created_at: Date }[] }) {
  const { t, locale } = ctx
  return (
    <Shell ctx={ctx} title={t('publication.queue.title')}>
      <h1 class="utrecht-heading-1">{t('publication.queue.title')}</h1>
      <p class="utrecht-paragraph">{t('publication.queue.intro')}</p>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('publication.queue.empty')}</p> : null}
      <ul class="noaber-grid">
        {items.map((item) => (
          <li class="noaber-card">
            <h2 class="utrecht-heading-3 noaber-card__title">
              <a class="utrecht-link" href={`/werk/initiatieven/${item.id}#coordinatie`}>{item.title}</a>
            </h2>
            <p class="noaber-card__meta">{formatInstant(item.created_at, locale)}</p>
            <p class="utrecht-paragraph">{item.summary}</p>
          </li>
        ))}
      </ul>
    </Shell>
  )
}
