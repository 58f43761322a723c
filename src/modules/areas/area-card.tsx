import { formatNumber, localized } from '../../platform/i18n/translate.ts'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AreaListing } from './area-repository.ts'

/** A neighbourhood or village as a card: name linking to its page, kind, residents, description. */
export function AreaCard({ ctx, area, headingLevel }: { ctx: ViewContext; area: AreaListing; headingLevel: 2 | 3 }) {
  const { t, locale } = ctx
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <li class="noaber-card">
      <Heading class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={`/wijken/${area.slug}`}>{area.name}</a></Heading>
      <p class="noaber-card__meta">
        <span class="noaber-tag">{t(area.kind === 'village' ? 'area.kind.village' : 'area.kind.neighbourhood')}</span>{' '}
        {t('home.areas.residents', { count: formatNumber(area.population, locale) })}
      </p>
      <p class="utrecht-paragraph">{localized(area.description, locale)}</p>
    </li>
  )
}
