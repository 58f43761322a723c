import { Notice } from '../../platform/forms/fields.tsx'
import { formatNumber, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { EventSummary } from './event-queries.ts'
import { formatEventTime, formatLastRegistrationDay } from './event-time.ts'
import { eventStatusLabel } from './labels.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'
import type { PartyView } from './party-queries.ts'
import { Listings, PublicPartyName } from './party-views.tsx'

function EventCard({ ctx, event }: { ctx: ViewContext; event: EventSummary }) {
  const { t, locale } = ctx
  return (
    <li class="noaber-card">
      <h3 class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={`/beursvloer/${event.slug}`}>{event.title}</a></h3>
      <p class="noaber-card__meta">
        <span class="noaber-tag">{t(eventStatusLabel[event.status])}</span> {formatEventTime(event.starts_at, event.ends_at, locale)} · {event.place}
      </p>
      <p class="utrecht-paragraph">
        {t('marketplace.card.figures', { parties: formatNumber(event.parties, locale), agreements: formatNumber(event.agreements, locale) })}
        {event.status === 'held' ? <> · <a class="utrecht-link" href={`/beursvloer/${event.slug}/resultaten`}>{t('marketplace.results.link')}</a></> : null}
      </p>
    </li>
  )
}

/** Upcoming and past marketplace events of the municipality. */
export function EventsPage({ ctx, upcoming, past, isOrganiser }: { ctx: ViewContext; upcoming: EventSummary[]; past: EventSummary[]; isOrganiser: boolean }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('marketplace.title')}>
      <h1 class="utrecht-heading-1">{t('marketplace.title')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('marketplace.intro')}</p>
      {isOrganiser ? <p class="utrecht-paragraph"><a class="utrecht-link" href="/werk/beursvloer">{t('marketplace.staff.title')}</a></p> : null}
      <section class="noaber-section" aria-labelledby="upcoming-title">
        <h2 id="upcoming-title" class="utrecht-heading-2">{t('marketplace.upcoming')}</h2>
        {upcoming.length === 0 ? <p class="utrecht-paragraph">{t('marketplace.upcoming.none')}</p> : <ul class="noaber-list">{upcoming.map((event) => <EventCard ctx={ctx} event={event} />)}</ul>}
      </section>
      <section class="noaber-section" aria-labelledby="past-title">
        <h2 id="past-title" class="utrecht-heading-2">{t('marketplace.past')}</h2>
        {past.length === 0 ? <p class="utrecht-paragraph">{t('marketplace.past.none')}</p> : <ul class="noaber-list">{past.map((event) => <EventCard ctx={ctx} event={event} />)}</ul>}
      </section>
    </Shell>
  )
}

const steps: { title: MessageKey; text: MessageKey }[] = [
  { title: 'marketplace.how.step1.title', text: 'marketplace.how.step1.text' },
  { title: 'marketplace.how.step2.title', text: 'marketplace.how.step2.text' },
  { title: 'marketplace.how.step3.title', text: 'marketplace.how.step3.text' },
  { title: 'marketplace.how.step4.title', text: 'marketplace.how.step4.text' },
]

export interface EventPageProps {
  ctx: ViewContext
  event: MarketplaceEventRow
  parties: PartyView[]
  /** The parties the reader registered, with a way to change them. */
  mine: PartyView[]
  registrationOpen: boolean
  isOrganiser: boolean
  notice?: MessageKey
}

/** One event: what it is, how it works, who takes part and what they offer and ask. */
export function EventPage({ ctx, event, parties, mine, registrationOpen, isOrganiser, notice }: EventPageProps) {
  const { t, locale } = ctx
  return (
    <Shell ctx={ctx} title={event.title}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/beursvloer">{t('marketplace.title')}</a></p>
      <h1 class="utrecht-heading-1">{event.title}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {event.status === 'draft' ? <Notice kind="warning"><p class="utrecht-paragraph">{t('marketplace.draft.notice')}</p></Notice> : null}
      <dl class="noaber-facts">
        <div><dt>{t('marketplace.field.when')}</dt><dd>{formatEventTime(event.starts_at, event.ends_at, locale)}</dd></div>
        <div><dt>{t('marketplace.field.place')}</dt><dd>{event.place}</dd></div>
        <div><dt>{t('marketplace.field.status')}</dt><dd>{t(eventStatusLabel[event.status])}</dd></div>
        {event.status === 'open' || event.status === 'draft' ? <div><dt>{t('marketplace.field.deadline')}</dt><dd>{formatLastRegistrationDay(event.registration_closes_at, locale)}</dd></div> : null}
      </dl>
      <p class="utrecht-paragraph noaber-prewrap">{event.description}</p>
      <div class="noaber-actions">
        {registrationOpen ? <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action noaber-button noaber-button--primary" href={`/beursvloer/${event.slug}/aanmelden`}>{t('marketplace.register.action')}</a> : null}
        {event.status === 'held' ? <a class="utrecht-link" href={`/beursvloer/${event.slug}/resultaten`}>{t('marketplace.results.link')}</a> : null}
        {isOrganiser ? <a class="utrecht-link" href={`/werk/beursvloer/${event.slug}`}>{t('marketplace.staff.manage')}</a> : null}
      </div>
      {!registrationOpen && event.status === 'open' ? <p class="utrecht-paragraph">{t('marketplace.register.closed')}</p> : null}

      {mine.length > 0 ? (
        <section class="noaber-case-section" aria-labelledby="mine-title">
          <h2 id="mine-title" class="utrecht-heading-2">{t('marketplace.mine.heading')}</h2>
          <ul class="utrecht-unordered-list">
            {mine.map((party) => <li><a class="utrecht-link" href={`/beursvloer/${event.slug}/aanmeldingen/${party.id}`}>{party.name}</a></li>)}
          </ul>
        </section>
      ) : null}

      <section class="noaber-section" aria-labelledby="how-title">
        <h2 id="how-title" class="utrecht-heading-2">{t('marketplace.how.heading')}</h2>
        <ol class="noaber-steps">
          {steps.map((step, index) => (
            <li class="noaber-card noaber-steps__step">
              <span class="noaber-steps__number" aria-hidden="true">{index + 1}</span>
              <h3 class="utrecht-heading-3">{t(step.title)}</h3>
              <p class="utrecht-paragraph">{t(step.text)}</p>
            </li>
          ))}
        </ol>
      </section>

      <section class="noaber-section" aria-labelledby="parties-title">
        <h2 id="parties-title" class="utrecht-heading-2">{t('marketplace.parties.heading')}</h2>
        {parties.length === 0 ? <p class="utrecht-paragraph">{t('marketplace.parties.none')}</p> : (
          <>
            <p class="utrecht-paragraph">{parties.length === 1 ? t('marketplace.parties.countOne') : t('marketplace.parties.count', { count: formatNumber(parties.length, locale) })}</p>
            <ul class="noaber-list">
              {parties.map((party) => (
                <li class="noaber-card">
                  <h3 class="utrecht-heading-3 noaber-card__title"><PublicPartyName ctx={ctx} party={party} /></h3>
                  <Listings ctx={ctx} listings={party.listings} headingLevel={4} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </Shell>
  )
}
