import { Pagination } from '../../platform/layout/pagination.tsx'
import { listHref } from '../../platform/http/list-href.ts'
import { Select, SubmitButton, type SelectOption } from '../../platform/forms/fields.tsx'
import { localized } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { formatInstant } from '../../platform/time/format.ts'
import { AttachmentList } from './attachment-views.tsx'
import { FollowButton } from './follower-views.tsx'
import type { InitiativeListing, PublicUpdate } from './initiative-queries.ts'
import type { PublicConnection } from '../matching/public-connections.ts'
import { initiatorKindLabel, needLabel, statusLabel } from './labels.ts'

/** The filters of the public list, as typed in the address: Dutch names, like the search page. */
export interface PublicListFilters {
  thema: string
  wijk: string
  status: string
  hulpvraag: string
}

export interface PublicListProps {
  ctx: ViewContext
  filters: PublicListFilters
  choices: { themes: SelectOption[]; areas: SelectOption[]; statuses: SelectOption[]; needs: SelectOption[] }
  items: InitiativeListing[]
  total: number
  page: number
  pageSize: number
}

function InitiativeCard({ ctx, listing }: { ctx: ViewContext; listing: InitiativeListing }) {
  const { t, locale } = ctx
  const { initiative } = listing
  const open = listing.needs.filter((need) => need.status !== 'answered')
  return (
    <li class="noaber-card">
      <h2 class="utrecht-heading-3 noaber-card__title">
        <a class="utrecht-link" href={`/initiatieven/${initiative.id}`}>{initiative.title}</a>
      </h2>
      <p class="noaber-card__meta">
        <span class="noaber-tag">{t(statusLabel[initiative.status])}</span>
        {listing.area ? ` ${listing.area.name}` : ''}
        {listing.themes.length > 0 ? ` · ${listing.themes.map((theme) => localized(theme.name, locale)).join(', ')}` : ''}
      </p>
      <p class="utrecht-paragraph">{initiative.summary}</p>
      {open.length > 0 ? (
        <p class="utrecht-paragraph noaber-card__meta">{t('initiative.public.lookingFor', { needs: open.map((need) => t(needLabel[need.kind]).toLowerCase()).join(', ') })}</p>
      ) : null}
    </li>
  )
}

/** All public initiatives, filtered with an ordinary GET form and paged, so it works without JavaScript. */
export function PublicListPage({ ctx, filters, choices, items, total, page, pageSize }: PublicListProps) {
  const { t } = ctx
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const title = pages > 1 ? `${t('initiative.public.list.title')} (${t('search.page', { page, pages })})` : t('initiative.public.list.title')
  return (
    <Shell ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{t('initiative.public.list.title')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('initiative.public.list.intro')}</p>
      <form class="utrecht-form" method="get" action="/initiatieven" aria-labelledby="filter-title">
        <h2 id="filter-title" class="utrecht-heading-2">{t('initiative.public.filters')}</h2>
        <div class="noaber-filter-form">
          <Select idPrefix="filter" name="thema" label={t('inbox.filter.theme')} placeholder={t('inbox.filter.all')} value={filters.thema} options={choices.themes} />
          <Select idPrefix="filter" name="wijk" label={t('inbox.filter.area')} placeholder={t('inbox.filter.all')} value={filters.wijk} options={choices.areas} />
          <Select idPrefix="filter" name="status" label={t('inbox.filter.status')} placeholder={t('inbox.filter.all')} value={filters.status} options={choices.statuses} />
          <Select idPrefix="filter" name="hulpvraag" label={t('initiative.public.filter.need')} placeholder={t('inbox.filter.all')} value={filters.hulpvraag} options={choices.needs} />
        </div>
        <SubmitButton>{t('initiative.public.filter.apply')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph noaber-result-count" role="status">
        {total === 1 ? t('initiative.public.countOne') : t('initiative.public.count', { count: total })}
      </p>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('initiative.public.none')}</p> : null}
      {items.length > 0 ? (
        <ul class="noaber-grid">
          {items.map((listing) => (
            <InitiativeCard ctx={ctx} listing={listing} />
          ))}
        </ul>
      ) : null}
      <Pagination ctx={ctx} page={page} pages={pages} href={(to) => listHref('/initiatieven', filters, to)} />
    </Shell>
  )
}

export interface PublicInitiativeProps {
  ctx: ViewContext
  listing: InitiativeListing
  updates: PublicUpdate[]
  connections: PublicConnection[]
  following: boolean
  contact: { email: string | null; phone: string }
}

/**
 * The public page of one initiative: what the initiator agreed to show, never their contact
 * details; whoever wants to help goes through the municipality.
 */
export function PublicInitiativePage({ ctx, listing, updates, connections, following, contact }: PublicInitiativeProps) {
  const { t, locale } = ctx
  const { initiative } = listing
  const description = initiative.publish_description ? initiative.description.trim() : ''
  return (
    <Shell ctx={ctx} title={initiative.title}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/initiatieven">{t('initiative.public.back')}</a></p>
      <h1 class="utrecht-heading-1">{initiative.title}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{initiative.summary}</p>
      <dl class="noaber-facts">
        <div><dt>{t('case.fact.status')}</dt><dd><span class="noaber-tag">{t(statusLabel[initiative.status])}</span></dd></div>
        <div><dt>{t('case.fact.area')}</dt><dd>{listing.area?.name ?? '—'}</dd></div>
        <div><dt>{t('case.fact.themes')}</dt><dd>{listing.themes.map((theme) => localized(theme.name, locale)).join(', ') || '—'}</dd></div>
        <div><dt>{t('initiative.public.initiator')}</dt><dd>{t(initiatorKindLabel[initiative.initiator_kind])}</dd></div>
      </dl>

      {description ? (
        <section class="noaber-case-section" aria-labelledby="description-title">
          <h2 id="description-title" class="utrecht-heading-2">{t('initiative.public.description')}</h2>
          <p class="utrecht-paragraph noaber-prewrap">{description}</p>
        </section>
      ) : null}

      <section class="noaber-case-section" aria-labelledby="needs-title">
        <h2 id="needs-title" class="utrecht-heading-2">{t('initiative.public.needs')}</h2>
        {listing.needs.length === 0 ? <p class="utrecht-paragraph">{t('initiative.public.needs.none')}</p> : null}
        <ul class="noaber-list">
          {listing.needs.map((need) => (
            <li class="noaber-card">
              <p class="utrecht-paragraph">
                <strong>{t(needLabel[need.kind])}</strong>
                {need.status === 'answered' ? <> <span class="noaber-tag">{t('initiative.public.need.answered')}</span></> : null}
              </p>
              <p class="utrecht-paragraph noaber-prewrap">{need.explanation}</p>
            </li>
          ))}
        </ul>
        <h3 class="utrecht-heading-3">{t('initiative.public.help')}</h3>
        <p class="utrecht-paragraph">
          {t('initiative.public.help.text')}{' '}
          {contact.email ? (
            <>
              {t('initiative.public.help.mail')} <a class="utrecht-link" href={`mailto:${contact.email}`}>{contact.email}</a>{' '}
            </>
          ) : null}
          {t('initiative.public.help.phone', { phone: contact.phone })}
        </p>
        <FollowButton ctx={ctx} initiativeId={initiative.id} following={following} />
      </section>

      {connections.length > 0 ? (
        <section class="noaber-case-section" aria-labelledby="connections-title">
          <h2 id="connections-title" class="utrecht-heading-2">{t('matching.public.heading')}</h2>
          <ul class="noaber-list">
            {connections.map((connection) => (
              <li class="noaber-card">
                <p class="utrecht-paragraph">
                  <a class="utrecht-link" href={connection.url}>{connection.name}</a>
                  {connection.needKind ? ` ${t('matching.public.helps', { need: t(needLabel[connection.needKind]).toLowerCase() })}` : ''}
                </p>
                {connection.outcome ? <p class="noaber-card__meta">{t('matching.outcome.shown', { outcome: t(`matching.outcome.${connection.outcome}`) })}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section class="noaber-case-section" aria-labelledby="updates-title">
        <h2 id="updates-title" class="utrecht-heading-2">{t('initiative.public.updates')}</h2>
        {updates.length === 0 ? <p class="utrecht-paragraph">{t('initiative.public.updates.none')}</p> : null}
        <ol class="noaber-timeline">
          {updates.map((update) => (
            <li class="noaber-timeline__item">
              <p class="noaber-card__meta"><time dateTime={update.createdAt.toISOString()}>{formatInstant(update.createdAt, locale)}</time></p>
              <p class="utrecht-paragraph noaber-prewrap">{update.body}</p>
              <AttachmentList ctx={ctx} attachments={update.attachments} />
            </li>
          ))}
        </ol>
      </section>
    </Shell>
  )
}
