import { ErrorSummary, Form, Notice, RadioGroup, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { formatNumber, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { EventFormValues } from './event-form.ts'
import type { EventSummary } from './event-queries.ts'
import { formatEventTime } from './event-time.ts'
import { eventStatusChoiceLabel, eventStatusLabel, partyKindLabel } from './labels.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'
import type { PartyView } from './party-queries.ts'
import { Listings } from './party-views.tsx'
import { eventStatuses, LIMITS } from './vocabulary.ts'

/** Every event, drafts too, for coordinators. */
export function StaffEventsPage({ ctx, events }: { ctx: ViewContext; events: EventSummary[] }) {
  const { t, locale } = ctx
  return (
    <Shell ctx={ctx} title={t('marketplace.staff.title')}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/werk">{t('inbox.title')}</a></p>
      <h1 class="utrecht-heading-1">{t('marketplace.staff.title')}</h1>
      <p class="utrecht-paragraph">{t('marketplace.staff.intro')}</p>
      <p class="utrecht-paragraph"><a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action noaber-button noaber-button--primary" href="/werk/beursvloer/nieuw">{t('marketplace.staff.new')}</a></p>
      {events.length === 0 ? <p class="utrecht-paragraph">{t('marketplace.staff.none')}</p> : (
        <div class="noaber-table-wrap">
          <table class="utrecht-table noaber-table">
            <caption class="utrecht-table__caption">{t('marketplace.staff.caption')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('marketplace.field.title')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('marketplace.field.when')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('marketplace.field.status')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('marketplace.staff.parties')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('marketplace.staff.agreements')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {events.map((event) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell"><a class="utrecht-link" href={`/werk/beursvloer/${event.slug}`}>{event.title}</a></td>
                  <td class="utrecht-table__cell">{formatEventTime(event.starts_at, event.ends_at, locale)}</td>
                  <td class="utrecht-table__cell">{t(eventStatusLabel[event.status])}</td>
                  <td class="utrecht-table__cell"><a class="utrecht-link" href={`/werk/beursvloer/${event.slug}/aanmeldingen`}>{formatNumber(event.parties, locale)}</a></td>
                  <td class="utrecht-table__cell"><a class="utrecht-link" href={`/werk/beursvloer/${event.slug}/afspraken`}>{formatNumber(event.agreements, locale)}</a></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Shell>
  )
}

function EventLinks({ ctx, event }: { ctx: ViewContext; event: MarketplaceEventRow }) {
  const { t } = ctx
  return (
    <p class="utrecht-paragraph">
      <a class="utrecht-link" href={`/beursvloer/${event.slug}`}>{t('marketplace.staff.publicPage')}</a> ·{' '}
      <a class="utrecht-link" href={`/werk/beursvloer/${event.slug}`}>{t('marketplace.staff.edit')}</a> ·{' '}
      <a class="utrecht-link" href={`/werk/beursvloer/${event.slug}/aanmeldingen`}>{t('marketplace.staff.registrations')}</a> ·{' '}
      <a class="utrecht-link" href={`/werk/beursvloer/${event.slug}/afspraken`}>{t('marketplace.agreements.title')}</a> ·{' '}
      <a class="utrecht-link" href={`/beursvloer/${event.slug}/resultaten`}>{t('marketplace.results.link')}</a>
    </p>
  )
}

export interface EventFormPageProps {
  ctx: ViewContext
  /** The event being changed; none for a new one. */
  event?: MarketplaceEventRow
  form: EventFormValues
  errors?: FieldError[]
  notice?: MessageKey
}

/** Creating or changing an event: what, where, when, until when parties can register, and its status. */
export function EventFormPage({ ctx, event, form, errors = [], notice }: EventFormPageProps) {
  const { t } = ctx
  const title = event ? t('marketplace.edit.title', { title: event.title }) : t('marketplace.new.title')
  return (
    <Shell ctx={ctx} title={title}>
      <div class="noaber-form-page noaber-form-page--wide">
        <p class="utrecht-paragraph"><a class="utrecht-link" href="/werk/beursvloer">{t('marketplace.staff.title')}</a></p>
        <h1 class="utrecht-heading-1">{title}</h1>
        {event ? <EventLinks ctx={ctx} event={event} /> : <p class="utrecht-paragraph utrecht-paragraph--lead">{t('marketplace.new.intro')}</p>}
        {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action={event ? `/werk/beursvloer/${event.slug}` : '/werk/beursvloer/nieuw'}>
          <TextField name="title" required maxLength={LIMITS.title} label={t('marketplace.field.title')} description={t('marketplace.field.title.description')} value={form.title} error={errorFor(errors, 'title')} />
          <TextArea name="description" rows={6} required maxLength={LIMITS.description} label={t('marketplace.field.description')} description={t('marketplace.field.description.description')} value={form.description} error={errorFor(errors, 'description')} />
          <TextField name="place" required maxLength={LIMITS.place} label={t('marketplace.field.place')} description={t('marketplace.field.place.description')} value={form.place} error={errorFor(errors, 'place')} />
          <TextField name="date" type="date" required label={t('marketplace.field.date')} description={t('marketplace.field.date.description')} value={form.date} error={errorFor(errors, 'date')} />
          <div class="noaber-filter-form">
            <TextField name="from" required maxLength={5} label={t('marketplace.field.from')} description={t('marketplace.field.time.description')} value={form.from} error={errorFor(errors, 'from')} />
            <TextField name="to" required maxLength={5} label={t('marketplace.field.to')} description={t('marketplace.field.time.description')} value={form.to} error={errorFor(errors, 'to')} />
          </div>
          <TextField name="deadline" type="date" required label={t('marketplace.field.deadline')} description={t('marketplace.field.deadline.description')} value={form.deadline} error={errorFor(errors, 'deadline')} />
          <RadioGroup
            name="status"
            legend={t('marketplace.field.status')}
            options={eventStatuses.map((status) => ({ value: status, label: t(eventStatusChoiceLabel[status]) }))}
            value={form.status}
            error={errorFor(errors, 'status')}
          />
          <SubmitButton>{event ? t('marketplace.edit.save') : t('marketplace.new.save')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

/** Every registration of an event, with its contact person's name, for coordinators. */
export function RegistrationsPage({ ctx, event, parties }: { ctx: ViewContext; event: MarketplaceEventRow; parties: PartyView[] }) {
  const { t, locale } = ctx
  return (
    <Shell ctx={ctx} title={t('marketplace.registrations.title', { title: event.title })}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/werk/beursvloer">{t('marketplace.staff.title')}</a></p>
      <h1 class="utrecht-heading-1">{t('marketplace.registrations.title', { title: event.title })}</h1>
      <EventLinks ctx={ctx} event={event} />
      <p class="utrecht-paragraph">{parties.length === 1 ? t('marketplace.parties.countOne') : t('marketplace.parties.count', { count: formatNumber(parties.length, locale) })}</p>
      {parties.length === 0 ? <p class="utrecht-paragraph">{t('marketplace.parties.none')}</p> : (
        <ul class="noaber-list">
          {parties.map((party) => (
            <li class="noaber-card">
              <h2 class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={`/beursvloer/${event.slug}/aanmeldingen/${party.id}`}>{party.name}</a></h2>
              <p class="noaber-card__meta">
                <span class="noaber-tag">{t(partyKindLabel[party.kind])}</span> {t('marketplace.registrations.contact', { name: party.contactName || t('marketplace.registrations.noName') })}
              </p>
              <Listings ctx={ctx} listings={party.listings} />
            </li>
          ))}
        </ul>
      )}
    </Shell>
  )
}
