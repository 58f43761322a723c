import { localized } from '../../platform/i18n/translate.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AreaListing } from '../areas/area-repository.ts'
import { AreaCard } from '../areas/area-card.tsx'
import type { ThemeRow } from '../themes/theme-table.ts'

export interface HomePageProps {
  ctx: ViewContext
  welcome: LocalizedText
  areas: AreaListing[]
  themes: ThemeRow[]
}

const steps = [
  { title: 'home.how.step1.title', text: 'home.how.step1.text' },
  { title: 'home.how.step2.title', text: 'home.how.step2.text' },
  { title: 'home.how.step3.title', text: 'home.how.step3.text' },
] as const

export function HomePage({ ctx, welcome, areas, themes }: HomePageProps) {
  const { t, locale } = ctx
  const title = t('home.title', { tenant: ctx.tenant.name })
  return (
    <Shell ctx={ctx} title={title}>
      <section class="noaber-hero" aria-labelledby="home-title">
        <h1 id="home-title" class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{localized(welcome, locale)}</p>
      </section>

      <section class="noaber-section" aria-labelledby="how-title">
        <h2 id="how-title" class="utrecht-heading-2">{t('home.how.heading')}</h2>
        <ol class="noaber-steps">
          {steps.map((step, index) => (
            <li class="noaber-card noaber-steps__step">
              <span class="noaber-steps__number" aria-hidden="true">{index + 1}</span>
              <h3 class="utrecht-heading-3">{t(step.title)}</h3>
              <p class="utrecht-paragraph">{t(step.text)}</p>
            </li>
          ))}
        </ol>
        <p class="utrecht-paragraph">{t('marketplace.home.text')} <a class="utrecht-link" href="/beursvloer">{t('marketplace.home.link')}</a></p>
      </section>

      <section class="noaber-section" aria-labelledby="areas-title">
        <h2 id="areas-title" class="utrecht-heading-2">{t('home.areas.heading')}</h2>
        <p class="utrecht-paragraph">{t('home.areas.intro', { tenant: ctx.tenant.name, count: areas.length })}</p>
        <ul class="noaber-grid">
          {areas.map((area) => (
            <AreaCard ctx={ctx} area={area} headingLevel={3} />
          ))}
        </ul>
      </section>

      <section class="noaber-section" aria-labelledby="themes-title">
        <h2 id="themes-title" class="utrecht-heading-2">{t('home.themes.heading')}</h2>
        <p class="utrecht-paragraph">{t('home.themes.intro')}</p>
        <ul class="noaber-theme-list">
          {themes.map((theme) => (
            <li class="noaber-theme-list__item">
              <strong>{localized(theme.name, locale)}</strong>
              <span>{localized(theme.description, locale)}</span>
            </li>
          ))}
        </ul>
      </section>
    </Shell>
  )
}
