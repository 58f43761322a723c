import { Pagination } from '../../platform/layout/pagination.tsx'
import { Form, Notice, Select, SubmitButton, TextArea, TextField, CheckboxGroup, ErrorSummary, errorFor, type FieldError, type SelectOption } from '../../platform/forms/fields.tsx'
import { formatNumber, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { CalendarDay } from '../../platform/time/calendar-day.ts'
import { formatDay } from '../../platform/time/format.ts'
import { openingsOn } from './availability.ts'
import { accessibilityLabel, facilityLabel, weekdayLabel } from './labels.ts'
import { formatBookingTime, formatClockTime } from './local-time.ts'
import type { SpaceDetail, SpaceSummary } from './space-queries.ts'
import { LIMITS, weekdays, type PriceKind } from './vocabulary.ts'

export function formatPrice(ctx: ViewContext, price: { priceKind: PriceKind; priceCents: number | null }): string {
  if (price.priceKind === 'free' || price.priceCents === null) return ctx.t('spaces.price.free')
  const amount = new Intl.NumberFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR' }).format(price.priceCents / 100)
  return ctx.t('spaces.price.perPartOfDay', { amount })
}

export interface DirectoryFilters {
  wijk: string
  capaciteit: string
  toegankelijk: boolean
  voorziening: string
  gratis: boolean
}

function directoryHref(filters: DirectoryFilters, page: number): string {
  const params = new URLSearchParams()
  if (filters.wijk) params.set('wijk', filters.wijk)
  if (filters.capaciteit) params.set('capaciteit', filters.capaciteit)
  if (filters.voorziening) params.set('voorziening', filters.voorziening)
  if (filters.toegankelijk) params.append('extra', 'toegankelijk')
  if (filters.gratis) params.append('extra', 'gratis')
  if (page > 1) params.set('pagina', String(page))
  const query = params.toString()
  return query ? `/ruimtes?${query}` : '/ruimtes'
}

export interface SpacesPageProps {
  ctx: ViewContext
  filters: DirectoryFilters
  capacityError?: string
  choices: { areas: SelectOption[]; facilities: SelectOption[] }
  items: SpaceSummary[]
  total: number
  page: number
  pageSize: number
}

/** The directory of listed spaces: filters on top, then the spaces as a list (no map needed to find one). */
export function SpacesPage({ ctx, filters, capacityError, choices, items, total, page, pageSize }: SpacesPageProps) {
  const { t, locale } = ctx
  const pages = Math.max(1, Math.ceil(total / pageSize))
  return (
    <Shell ctx={ctx} title={t('spaces.directory.title')}>
      <h1 class="utrecht-heading-1">{t('spaces.directory.title')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('spaces.directory.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/ruimtes/nieuw">{t('spaces.directory.offer')}</a>
        {ctx.person ? <> · <a class="utrecht-link" href="/mijn/ruimtes">{t('spaces.mine.title')}</a> · <a class="utrecht-link" href="/mijn/reserveringen">{t('spaces.myBookings.title')}</a></> : null}
      </p>
      <form class="utrecht-form" method="get" action="/ruimtes" aria-labelledby="filter-title">
        <h2 id="filter-title" class="utrecht-heading-2">{t('spaces.directory.filters')}</h2>
        <div class="noaber-filter-form">
          <Select idPrefix="filter" name="wijk" label={t('spaces.field.area')} placeholder={t('spaces.directory.all')} value={filters.wijk} options={choices.areas} />
          <TextField idPrefix="filter" name="capaciteit" type="number" label={t('spaces.directory.minCapacity')} value={filters.capaciteit} error={capacityError} />
          <Select idPrefix="filter" name="voorziening" label={t('spaces.directory.facility')} placeholder={t('spaces.directory.all')} value={filters.voorziening} options={choices.facilities} />
        </div>
        <CheckboxGroup
          idPrefix="filter"
          name="extra"
          legend={t('spaces.directory.also')}
          options={[
            { value: 'toegankelijk', label: t('spaces.directory.accessible'), checked: filters.toegankelijk },
            { value: 'gratis', label: t('spaces.directory.free'), checked: filters.gratis },
          ]}
        />
        <SubmitButton>{t('spaces.directory.apply')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph noaber-result-count" role="status">
        {total === 1 ? t('spaces.directory.countOne') : t('spaces.directory.count', { count: formatNumber(total, locale) })}
      </p>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('spaces.directory.none')}</p> : null}
      {items.length > 0 ? (
        <ul class="noaber-list">
          {items.map((space) => (
            <li class="noaber-card">
              <h2 class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={`/ruimtes/${space.id}`}>{space.name}</a></h2>
              <p class="noaber-card__meta">
                {space.areaName} · {t('spaces.capacity.upTo', { count: formatNumber(space.capacity, locale) })} · <span class="noaber-tag">{formatPrice(ctx, space)}</span>
                {space.accessibility.includes('wheelchair') ? <> <span class="noaber-tag">{t('spaces.accessibility.wheelchair')}</span></> : null}
              </p>
              {space.photo ? <img class="noaber-attachments__image" src={`/ruimtes/${space.id}/fotos/${space.photo.id}`} alt={space.photo.altText} loading="lazy" /> : null}
              <p class="utrecht-paragraph">{space.description.length > 240 ? `${space.description.slice(0, 237)}…` : space.description}</p>
              {space.facilities.length > 0 ? <p class="noaber-card__meta">{space.facilities.map((facility) => t(facilityLabel[facility])).join(', ')}</p> : null}
            </li>
          ))}
        </ul>
      ) : null}
      <Pagination ctx={ctx} page={page} pages={pages} href={(to) => directoryHref(filters, to)} />
    </Shell>
  )
}

/** The weekly windows as "maandag 09:00–12:00, 19:00–22:00", one line per open weekday. */
export function OpeningHours({ ctx, space }: { ctx: ViewContext; space: Pick<SpaceDetail, 'windows'> }) {
  const { t } = ctx
  const days = weekdays.map((weekday) => ({ weekday, openings: openingsOn(space.windows, weekday) })).filter((day) => day.openings.length > 0)
  if (days.length === 0) return <p class="utrecht-paragraph">{t('spaces.hours.none')}</p>
  return (
    <table class="utrecht-table noaber-table noaber-table--compact">
      <caption class="utrecht-table__caption">{t('spaces.hours.title')}</caption>
      <tbody class="utrecht-table__body">
        {days.map((day) => (
          <tr class="utrecht-table__row">
            <th class="utrecht-table__header-cell" scope="row">{t(weekdayLabel[day.weekday]!)}</th>
            <td class="utrecht-table__cell">{day.openings.map((opening) => `${formatClockTime(opening.startMinute)}\u2013${formatClockTime(opening.endMinute)}`).join(', ')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export interface SpacePageProps {
  ctx: ViewContext
  space: SpaceDetail
  today: CalendarDay
  taken: { startsAt: Date; endsAt: Date }[]
  canManage: boolean
  isOwner: boolean
  isCoordinator: boolean
  notice?: MessageKey
  errors?: FieldError[]
  hideReason?: string
}

export function SpacePage({ ctx, space, today, taken, canManage, isOwner, isCoordinator, notice, errors = [], hideReason }: SpacePageProps) {
  const { t, locale } = ctx
  const closures = space.closures.filter((closure) => closure.endsOn >= today)
  return (
    <Shell ctx={ctx} title={space.name}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/ruimtes">{t('spaces.directory.title')}</a></p>
      <h1 class="utrecht-heading-1">{space.name}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      <ErrorSummary ctx={ctx} errors={errors} idPrefix="hide" />
      {space.hidden_at ? (
        <Notice kind="warning"><p class="utrecht-paragraph">{t('spaces.hidden.notice', { reason: space.hidden_reason ?? '' })}</p></Notice>
      ) : space.visibility === 'unlisted' ? (
        <Notice kind="info"><p class="utrecht-paragraph">{t('spaces.unlisted.notice')}</p></Notice>
      ) : null}
      {space.description ? <p class="utrecht-paragraph utrecht-paragraph--lead noaber-prewrap">{space.description}</p> : null}
      {space.photos.length > 0 ? (
        <ul class="noaber-attachments">
          {space.photos.map((photo) => (
            <li><img class="noaber-attachments__image" src={`/ruimtes/${space.id}/fotos/${photo.id}`} alt={photo.altText} loading="lazy" /></li>
          ))}
        </ul>
      ) : null}
      <dl class="noaber-facts">
        <div><dt>{t('spaces.field.address')}</dt><dd>{space.address}</dd></div>
        <div><dt>{t('spaces.field.area')}</dt><dd><a class="utrecht-link" href={`/wijken/${space.areaSlug}`}>{space.areaName}</a></dd></div>
        <div><dt>{t('spaces.field.capacity')}</dt><dd>{t('spaces.capacity.upTo', { count: formatNumber(space.capacity, locale) })}</dd></div>
        <div><dt>{t('spaces.field.price')}</dt><dd>{formatPrice(ctx, { priceKind: space.price_kind, priceCents: space.price_cents })}{space.price_note ? ` (${space.price_note})` : ''}</dd></div>
        <div><dt>{t('spaces.field.accessibility')}</dt><dd>{space.accessibility.length > 0 ? space.accessibility.map((feature) => t(accessibilityLabel[feature])).join(', ') : t('spaces.notGiven')}</dd></div>
        <div><dt>{t('spaces.field.facilities')}</dt><dd>{space.facilities.length > 0 ? space.facilities.map((facility) => t(facilityLabel[facility])).join(', ') : t('spaces.notGiven')}</dd></div>
        {space.ownerName ? <div><dt>{t('spaces.offeredBy')}</dt><dd>{space.ownerName}</dd></div> : null}
      </dl>
      <div class="noaber-actions">
        {!isOwner ? <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action noaber-button noaber-button--primary" href={`/ruimtes/${space.id}/reserveren`}>{t('spaces.book.action')}</a> : null}
        {!isOwner ? <a class="utrecht-link" href={`/ruimtes/${space.id}/contact`}>{t('spaces.contact.action')}</a> : null}
        {canManage ? <a class="utrecht-link" href={`/ruimtes/${space.id}/bewerken`}>{t('spaces.edit.action')}</a> : null}
      </div>

      <section class="noaber-case-section" aria-labelledby="hours-title">
        <h2 id="hours-title" class="utrecht-heading-2">{t('spaces.hours.heading')}</h2>
        <OpeningHours ctx={ctx} space={space} />
        {closures.length > 0 ? (
          <>
            <h3 class="utrecht-heading-3">{t('spaces.closures.heading')}</h3>
            <ul class="utrecht-unordered-list">
              {closures.map((closure) => (
                <li>{closure.startsOn === closure.endsOn ? formatDay(closure.startsOn, locale) : t('spaces.closures.range', { from: formatDay(closure.startsOn, locale), to: formatDay(closure.endsOn, locale) })}{closure.reason ? ` (${closure.reason})` : ''}</li>
              ))}
            </ul>
          </>
        ) : null}
        <h3 class="utrecht-heading-3">{t('spaces.taken.heading')}</h3>
        {taken.length === 0 ? <p class="utrecht-paragraph">{t('spaces.taken.none')}</p> : (
          <ul class="utrecht-unordered-list">
            {taken.map((booking) => <li>{formatBookingTime(booking.startsAt, booking.endsAt, locale)}</li>)}
          </ul>
        )}
      </section>

      {isCoordinator ? (
        <section class="noaber-case-section" aria-labelledby="moderation-title">
          <h2 id="moderation-title" class="utrecht-heading-2">{t('spaces.moderation.heading')}</h2>
          {space.hidden_at ? (
            <Form ctx={ctx} action={`/ruimtes/${space.id}/tonen`}>
              <SubmitButton variant="secondary">{t('spaces.moderation.show')}</SubmitButton>
            </Form>
          ) : (
            <Form ctx={ctx} action={`/ruimtes/${space.id}/verbergen`} class="noaber-case-form">
              <TextArea idPrefix="hide" name="reason" rows={3} required maxLength={LIMITS.hiddenReason} label={t('spaces.moderation.reason')} description={t('spaces.moderation.reason.description')} value={hideReason ?? ''} error={errorFor(errors, 'reason')} />
              <SubmitButton variant="secondary">{t('spaces.moderation.hide')}</SubmitButton>
            </Form>
          )}
        </section>
      ) : null}
    </Shell>
  )
}
