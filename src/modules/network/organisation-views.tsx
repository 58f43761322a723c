import { listHref } from '../../platform/http/list-href.ts'
import { Form, Notice, Select, SubmitButton, type SelectOption } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { offerKindLabel, organisationKindLabel } from './labels.ts'
import type { OrganisationContact, OrganisationDetail, OrganisationSummary } from './organisation-queries.ts'
import { Pagination } from '../../platform/layout/pagination.tsx'

export interface OrganisationListFilters {
  soort: string
  aanbod: string
  wijk: string
}

function OrganisationCard({ ctx, item }: { ctx: ViewContext; item: OrganisationSummary }) {
  const { t } = ctx
  const { organisation } = item
  const kinds = [...new Set(item.offers.map((offer) => offer.kind))]
  return (
    <li class="noaber-card">
      <h2 class="utrecht-heading-3 noaber-card__title">
        <a class="utrecht-link" href={`/organisaties/${organisation.slug}`}>{organisation.name}</a>
      </h2>
      <p class="noaber-card__meta">
        <span class="noaber-tag">{t(organisationKindLabel[organisation.kind])}</span>
        {item.area ? ` ${item.area.name}` : ''}
      </p>
      <p class="utrecht-paragraph">{organisation.description.length > 220 ? `${organisation.description.slice(0, 217)}…` : organisation.description}</p>
      {kinds.length > 0 ? <p class="noaber-card__meta">{t('network.organisation.offers.short', { kinds: kinds.map((kind) => t(offerKindLabel[kind]).toLowerCase()).join(', ') })}</p> : null}
    </li>
  )
}

export interface OrganisationsPageProps {
  ctx: ViewContext
  filters: OrganisationListFilters
  choices: { kinds: SelectOption[]; offers: SelectOption[]; areas: SelectOption[] }
  items: OrganisationSummary[]
  total: number
  page: number
  pageSize: number
}

export function OrganisationsPage({ ctx, filters, choices, items, total, page, pageSize }: OrganisationsPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('network.organisations.title')}>
      <h1 class="utrecht-heading-1">{t('network.organisations.title')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('network.organisations.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/organisaties/nieuw">{t('network.organisations.add')}</a> · <a class="utrecht-link" href="/helpers">{t('network.helpers.title')}</a>
      </p>
      <form class="utrecht-form" method="get" action="/organisaties" aria-labelledby="filter-title">
        <h2 id="filter-title" class="utrecht-heading-2">{t('network.filters')}</h2>
        <div class="noaber-filter-form">
          <Select idPrefix="filter" name="soort" label={t('network.organisation.kind')} placeholder={t('inbox.filter.all')} value={filters.soort} options={choices.kinds} />
          <Select idPrefix="filter" name="aanbod" label={t('network.organisation.offerKind')} placeholder={t('inbox.filter.all')} value={filters.aanbod} options={choices.offers} />
          <Select idPrefix="filter" name="wijk" label={t('inbox.filter.area')} placeholder={t('inbox.filter.all')} value={filters.wijk} options={choices.areas} />
        </div>
        <SubmitButton>{t('network.filter.apply')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph noaber-result-count" role="status">
        {total === 1 ? t('network.organisations.countOne') : t('network.organisations.count', { count: total })}
      </p>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('network.organisations.none')}</p> : null}
      {items.length > 0 ? (
        <ul class="noaber-grid">
          {items.map((item) => (
            <OrganisationCard ctx={ctx} item={item} />
          ))}
        </ul>
      ) : null}
      <Pagination ctx={ctx} page={page} pages={Math.max(1, Math.ceil(total / pageSize))} href={(to) => listHref('/organisaties', filters, to)} />
    </Shell>
  )
}

/** A contact person as the public sees them: a role, and a name only when they chose to show it. */
function contactLabel(ctx: ViewContext, contact: OrganisationContact): string {
  const role = contact.roleTitle || ctx.t('network.organisation.contact.defaultRole')
  return contact.showNamePublicly && contact.displayName ? `${contact.displayName} (${role})` : role
}

export interface OrganisationPageProps {
  ctx: ViewContext
  detail: OrganisationDetail
  canEdit: boolean
  /** The reader has an open invitation to become a contact person. */
  invited: boolean
  /** The reader is one of its contact persons, so has no one to contact. */
  ownOrganisation: boolean
  notice?: MessageKey
}

export function OrganisationPage({ ctx, detail, canEdit, invited, ownOrganisation, notice }: OrganisationPageProps) {
  const { t } = ctx
  const { organisation, area } = detail
  const base = `/organisaties/${organisation.slug}`
  const contacts = detail.contacts.filter((contact) => contact.accepted)
  const offers = detail.offers.filter((offer) => offer.active)
  return (
    <Shell ctx={ctx} title={organisation.name}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/organisaties">{t('network.organisation.back')}</a></p>
      <h1 class="utrecht-heading-1">{organisation.name}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {organisation.visibility === 'hidden' ? <Notice kind="warning"><p class="utrecht-paragraph">{t('network.organisation.hiddenNotice')}</p></Notice> : null}
      {invited ? (
        <Notice>
          <p class="utrecht-paragraph">{t('network.organisation.invitation.text', { name: organisation.name })}</p>
          <div class="noaber-actions">
            <Form ctx={ctx} action={`${base}/uitnodiging/aannemen`}>
              <SubmitButton>{t('network.organisation.invitation.accept')}</SubmitButton>
            </Form>
            <Form ctx={ctx} action={`${base}/uitnodiging/afslaan`}>
              <SubmitButton variant="secondary">{t('network.organisation.invitation.decline')}</SubmitButton>
            </Form>
          </div>
        </Notice>
      ) : null}
      {canEdit ? <p class="utrecht-paragraph"><a class="utrecht-link" href={`${base}/bewerken`}>{t('network.organisation.edit')}</a></p> : null}
      <p class="utrecht-paragraph utrecht-paragraph--lead noaber-prewrap">{organisation.description}</p>
      <dl class="noaber-facts">
        <div><dt>{t('network.organisation.kind')}</dt><dd>{t(organisationKindLabel[organisation.kind])}</dd></div>
        <div><dt>{t('case.fact.area')}</dt><dd>{area ? <a class="utrecht-link" href={`/wijken/${area.slug}`}>{area.name}</a> : '—'}</dd></div>
        {organisation.address ? <div><dt>{t('network.organisation.address')}</dt><dd>{organisation.address}</dd></div> : null}
        {organisation.website ? (
          <div>
            <dt>{t('network.organisation.website')}</dt>
            <dd><a class="utrecht-link" href={organisation.website} rel="nofollow noopener">{organisation.website.replace(/^https?:\/\//, '')}</a></dd>
          </div>
        ) : null}
        <div><dt>{t('network.organisation.contacts')}</dt><dd>{contacts.map((contact) => contactLabel(ctx, contact)).join(', ') || '—'}</dd></div>
      </dl>

      <section class="noaber-case-section" aria-labelledby="offers-title">
        <h2 id="offers-title" class="utrecht-heading-2">{t('network.organisation.offers')}</h2>
        {offers.length === 0 ? <p class="utrecht-paragraph">{t('network.organisation.offers.none')}</p> : null}
        <ul class="noaber-list">
          {offers.map((offer) => (
            <li class="noaber-card">
              <p class="utrecht-paragraph"><strong>{t(offerKindLabel[offer.kind])}</strong></p>
              <p class="utrecht-paragraph noaber-prewrap">{offer.description}</p>
            </li>
          ))}
        </ul>
      </section>

      {contacts.length > 0 && !ownOrganisation ? (
        <section class="noaber-case-section" aria-labelledby="contact-title">
          <h2 id="contact-title" class="utrecht-heading-2">{t('network.organisation.contact.title', { name: organisation.name })}</h2>
          <p class="utrecht-paragraph">{t('network.contact.intro')}</p>
          <p class="utrecht-paragraph">
            {ctx.person ? (
              <a class="utrecht-link" href={`${base}/contact`}>{t('network.organisation.contact.link', { name: organisation.name })}</a>
            ) : (
              <a class="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(`${base}/contact`)}`}>{t('network.contact.signIn')}</a>
            )}
          </p>
        </section>
      ) : null}
    </Shell>
  )
}
