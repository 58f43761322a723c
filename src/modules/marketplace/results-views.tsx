import { Notice } from '../../platform/forms/fields.tsx'
import { formatNumber, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AgreementView } from './agreement-service.ts'
import { formatEventTime } from './event-time.ts'
import { listingKindLabel } from './labels.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'
import { formatEuros } from './money.ts'
import type { PartyView } from './party-queries.ts'
import { PublicPartyName } from './party-views.tsx'
import type { EventResults } from './results.ts'

export interface ResultsPageProps {
  ctx: ViewContext
  event: MarketplaceEventRow
  results: EventResults
  agreements: AgreementView[]
  parties: PartyView[]
  notice?: MessageKey
}

/** What an event brought: parties, agreements, their estimated value by kind, and how many were kept. */
export function ResultsPage({ ctx, event, results, agreements, parties, notice }: ResultsPageProps) {
  const { t, locale } = ctx
  const party = (id: number) => parties.find((candidate) => candidate.id === id)
  const title = t('marketplace.results.title', { title: event.title })
  return (
    <Shell ctx={ctx} title={title}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={`/beursvloer/${event.slug}`}>{event.title}</a></p>
      <h1 class="utrecht-heading-1">{title}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      <p class="utrecht-paragraph">{formatEventTime(event.starts_at, event.ends_at, locale)} · {event.place}</p>
      {results.agreements === 0 ? <p class="utrecht-paragraph">{t(event.status === 'held' ? 'marketplace.results.noAgreements' : 'marketplace.results.notYet')}</p> : null}
      <dl class="noaber-facts">
        <div><dt>{t('marketplace.results.parties')}</dt><dd>{formatNumber(results.parties, locale)}</dd></div>
        <div><dt>{t('marketplace.results.agreements')}</dt><dd>{formatNumber(results.agreements, locale)}</dd></div>
        <div><dt>{t('marketplace.results.value')}</dt><dd>{formatEuros(results.valueCents, locale)}</dd></div>
        <div>
          <dt>{t('marketplace.results.kept')}</dt>
          <dd>
            {results.keptPercent === null
              ? t('marketplace.results.kept.none')
              : t('marketplace.results.kept.share', { percent: results.keptPercent, kept: formatNumber(results.answers.kept, locale), answered: formatNumber(results.answered, locale) })}
          </dd>
        </div>
      </dl>
      {results.answered > 0 ? (
        <p class="utrecht-paragraph">{t('marketplace.results.answers', { kept: formatNumber(results.answers.kept, locale), partly: formatNumber(results.answers.partly, locale), notKept: formatNumber(results.answers.notKept, locale) })}</p>
      ) : null}

      {results.byKind.length > 0 ? (
        <section class="noaber-section" aria-labelledby="kinds-title">
          <h2 id="kinds-title" class="utrecht-heading-2">{t('marketplace.results.byKind')}</h2>
          <div class="noaber-table-wrap">
            <table class="utrecht-table noaber-table">
              <caption class="utrecht-table__caption">{t('marketplace.results.byKind.caption')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.listing.kind')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.results.agreements')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.results.value')}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {results.byKind.map((row) => (
                  <tr class="utrecht-table__row">
                    <th class="utrecht-table__header-cell" scope="row">{t(listingKindLabel[row.kind])}</th>
                    <td class="utrecht-table__cell">{formatNumber(row.agreements, locale)}</td>
                    <td class="utrecht-table__cell">{formatEuros(row.valueCents, locale)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {agreements.length > 0 ? (
        <section class="noaber-section" aria-labelledby="agreements-title">
          <h2 id="agreements-title" class="utrecht-heading-2">{t('marketplace.results.list')}</h2>
          <ul class="noaber-list">
            {agreements.map((agreement) => (
              <li class="noaber-card">
                <p class="utrecht-paragraph">
                  <strong><PublicPartyName ctx={ctx} party={party(agreement.giver_party_id)} /></strong> {t('marketplace.results.gives')} <strong><PublicPartyName ctx={ctx} party={party(agreement.receiver_party_id)} /></strong>
                </p>
                <p class="utrecht-paragraph noaber-prewrap">{agreement.description}</p>
                <p class="noaber-card__meta">
                  <span class="noaber-tag">{t(listingKindLabel[agreement.kind])}</span>
                  {agreement.value_cents !== null ? ` ${t('marketplace.listing.worth', { amount: formatEuros(agreement.value_cents, locale) })}` : ''}
                </p>
                {agreement.counter_performance ? <p class="utrecht-paragraph"><strong>{t('marketplace.listing.inReturn')}</strong> <span class="noaber-prewrap">{agreement.counter_performance}</span></p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Shell>
  )
}
