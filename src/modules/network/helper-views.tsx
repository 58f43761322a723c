import { listHref } from '../../platform/http/list-href.ts'
import { Notice, Select, SubmitButton, type SelectOption } from '../../platform/forms/fields.tsx'
import { localized } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { calendarDayInAmsterdam } from '../../platform/time/calendar-day.ts'
import { formatDay } from '../../platform/time/format.ts'
import type { Contribution, HelperSummary } from './helper-queries.ts'
import { availabilityLabel, helperVisibilityLabel, timeLabel } from './labels.ts'
import { Pagination } from '../../platform/layout/pagination.tsx'

/** The directory's filters as typed in the address, with Dutch names like the other lists. */
export interface HelperListFilters {
  vaardigheid: string
  wijk: string
  beschikbaar: string
}

function helperName(ctx: ViewContext, helper: HelperSummary): string {
  return helper.name || ctx.t('network.helper.anonymousName')
}

/** Where a helper helps, in words: the whole municipality or the areas they listed. */
function servedAreas(ctx: ViewContext, helper: HelperSummary): string {
  return helper.profile.whole_municipality ? ctx.t('network.helper.wholeMunicipality') : helper.areas.map((area) => area.name).join(', ')
}

function timeText(ctx: ViewContext, helper: HelperSummary): string {
  const { t } = ctx
  const base = t(timeLabel[helper.profile.time_commitment])
  return helper.profile.hours_per_month ? `${base} · ${t('network.helper.hoursPerMonth', { hours: helper.profile.hours_per_month })}` : base
}

function skillNames(ctx: ViewContext, helper: HelperSummary): string[] {
  return [...helper.skills.map((skill) => localized(skill.name, ctx.locale)), ...helper.profile.tags]
}

function HelperCard({ ctx, helper }: { ctx: ViewContext; helper: HelperSummary }) {
  const { t } = ctx
  const description = helper.profile.description
  return (
    <li class="noaber-card">
      <h2 class="utrecht-heading-3 noaber-card__title">
        <a class="utrecht-link" href={`/helpers/${helper.profile.id}`}>{helperName(ctx, helper)}</a>
      </h2>
      <p class="noaber-card__meta">
        {skillNames(ctx, helper).map((name) => (
          <>
            <span class="noaber-tag">{name}</span>{' '}
          </>
        ))}
      </p>
      <p class="utrecht-paragraph">{description.length > 220 ? `${description.slice(0, 217)}…` : description}</p>
      <p class="noaber-card__meta">
        {servedAreas(ctx, helper)} · {helper.profile.availability.map((value) => t(availabilityLabel[value]).toLowerCase()).join(', ')}
      </p>
    </li>
  )
}

export interface HelpersPageProps {
  ctx: ViewContext
  filters: HelperListFilters
  choices: { skills: SelectOption[]; areas: SelectOption[]; availability: SelectOption[] }
  items: HelperSummary[]
  total: number
  page: number
  pageSize: number
}

/** Residents who offer their know-how, as far as the reader may see them; filtered with an ordinary GET form. */
export function HelpersPage({ ctx, filters, choices, items, total, page, pageSize }: HelpersPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('network.helpers.title')}>
      <h1 class="utrecht-heading-1">{t('network.helpers.title')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('network.helpers.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/mijn/hulpaanbod">{t('network.helpers.offerYourself')}</a> · <a class="utrecht-link" href="/organisaties">{t('network.organisations.title')}</a>
      </p>
      {ctx.person ? null : <p class="utrecht-paragraph">{t('network.helpers.signInForMore')}</p>}
      <form class="utrecht-form" method="get" action="/helpers" aria-labelledby="filter-title">
        <h2 id="filter-title" class="utrecht-heading-2">{t('network.filters')}</h2>
        <div class="noaber-filter-form">
          <Select idPrefix="filter" name="vaardigheid" label={t('network.helper.skills')} placeholder={t('inbox.filter.all')} value={filters.vaardigheid} options={choices.skills} />
          <Select idPrefix="filter" name="wijk" label={t('inbox.filter.area')} placeholder={t('inbox.filter.all')} value={filters.wijk} options={choices.areas} />
          <Select idPrefix="filter" name="beschikbaar" label={t('network.helper.availability')} placeholder={t('network.filter.anyTime')} value={filters.beschikbaar} options={choices.availability} />
        </div>
        <SubmitButton>{t('network.filter.apply')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph noaber-result-count" role="status">
        {total === 1 ? t('network.helpers.countOne') : t('network.helpers.count', { count: total })}
      </p>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('network.helpers.none')}</p> : null}
      {items.length > 0 ? (
        <ul class="noaber-grid">
          {items.map((helper) => (
            <HelperCard ctx={ctx} helper={helper} />
          ))}
        </ul>
      ) : null}
      <Pagination ctx={ctx} page={page} pages={Math.max(1, Math.ceil(total / pageSize))} href={(to) => listHref('/helpers', filters, to)} />
    </Shell>
  )
}

export interface HelperPageProps {
  ctx: ViewContext
  helper: HelperSummary
  /** Undefined when the helper does not show what they helped with. */
  contributions: Contribution[] | undefined
  own: boolean
}

/** One helper's page: what they offer, where and when, and a way to contact them through Noaber. */
export function HelperPage({ ctx, helper, contributions, own }: HelperPageProps) {
  const { t, locale } = ctx
  const name = helperName(ctx, helper)
  const { profile } = helper
  return (
    <Shell ctx={ctx} title={name}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/helpers">{t('network.helper.back')}</a></p>
      <h1 class="utrecht-heading-1">{name}</h1>
      {own ? (
        <Notice>
          <p class="utrecht-paragraph">
            {t('network.helper.ownNotice', { visibility: t(helperVisibilityLabel[profile.visibility]).toLowerCase() })}{' '}
            <a class="utrecht-link" href="/mijn/hulpaanbod">{t('network.helper.ownEdit')}</a>
          </p>
        </Notice>
      ) : null}
      <p class="utrecht-paragraph utrecht-paragraph--lead noaber-prewrap">{profile.description}</p>
      <dl class="noaber-facts">
        <div>
          <dt>{t('network.helper.skills')}</dt>
          <dd>{helper.skills.map((skill) => localized(skill.name, locale)).join(', ') || '—'}</dd>
        </div>
        {profile.tags.length > 0 ? (
          <div>
            <dt>{t('network.helper.tags')}</dt>
            <dd>{profile.tags.join(', ')}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('network.helper.areas')}</dt>
          <dd>{servedAreas(ctx, helper)}</dd>
        </div>
        <div>
          <dt>{t('network.helper.availability')}</dt>
          <dd>{profile.availability.map((value) => t(availabilityLabel[value])).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('network.helper.time')}</dt>
          <dd>{timeText(ctx, helper)}</dd>
        </div>
      </dl>

      {own ? null : (
        <section class="noaber-case-section" aria-labelledby="contact-title">
          <h2 id="contact-title" class="utrecht-heading-2">{t('network.helper.contact.title', { name })}</h2>
          <p class="utrecht-paragraph">{t('network.contact.intro')}</p>
          <p class="utrecht-paragraph">
            {ctx.person ? (
              <a class="utrecht-link" href={`/helpers/${profile.id}/contact`}>{t('network.helper.contact.link', { name })}</a>
            ) : (
              <a class="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(`/helpers/${profile.id}/contact`)}`}>{t('network.contact.signIn')}</a>
            )}
          </p>
        </section>
      )}

      {contributions ? (
        <section class="noaber-case-section" aria-labelledby="contributions-title">
          <h2 id="contributions-title" class="utrecht-heading-2">{t('network.helper.contributions')}</h2>
          {contributions.length === 0 ? <p class="utrecht-paragraph">{t('network.helper.contributions.none')}</p> : null}
          <ul class="noaber-list">
            {contributions.map((contribution) => (
              <li>
                <a class="utrecht-link" href={`/initiatieven/${contribution.initiativeId}`}>{contribution.title}</a>{' '}
                <span class="noaber-card__meta">({formatDay(calendarDayInAmsterdam(contribution.connectedAt), locale)})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Shell>
  )
}
