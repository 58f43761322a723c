import { ErrorSummary, Form, Notice, Select, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { formatInstant } from '../../platform/time/format.ts'
import type { AgreementView } from './agreement-service.ts'
import type { AgreementValues } from './agreement-form.ts'
import { listingKindLabel, listingTypeLabel } from './labels.ts'
import type { MarketplaceAgreementRow, MarketplaceEventRow } from './marketplace-tables.ts'
import { formatEuros } from './money.ts'
import type { PartyView } from './party-queries.ts'
import { LIMITS, listingKinds } from './vocabulary.ts'

function short(text: string, length = 60): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

/** The one compact form of the notary: who gives what to whom, and what comes back. */
function AgreementFields({ ctx, parties, form, errors }: { ctx: ViewContext; parties: PartyView[]; form: AgreementValues; errors: FieldError[] }) {
  const { t } = ctx
  const partyOptions = parties.map((party) => ({ value: String(party.id), label: party.name }))
  const listingOptions = parties.flatMap((party) =>
    party.listings.map((listing) => ({ value: String(listing.id), label: `${party.name} · ${t(listingTypeLabel[listing.type])}: ${short(listing.description)}` })),
  )
  return (
    <>
      <div class="noaber-filter-form">
        <Select name="giver" required label={t('marketplace.agreement.giver')} placeholder={t('marketplace.agreement.choose')} value={form.giver} error={errorFor(errors, 'giver')} options={partyOptions} />
        <Select name="receiver" required label={t('marketplace.agreement.receiver')} placeholder={t('marketplace.agreement.choose')} value={form.receiver} error={errorFor(errors, 'receiver')} options={partyOptions} />
      </div>
      <Select
        name="listing"
        label={`${t('marketplace.agreement.listing')} ${t('form.optional')}`}
        description={t('marketplace.agreement.listing.description')}
        placeholder={t('marketplace.agreement.listing.none')}
        value={form.listing}
        error={errorFor(errors, 'listing')}
        options={listingOptions}
      />
      <div class="noaber-filter-form">
        <Select name="kind" label={t('marketplace.listing.kind')} placeholder={t('marketplace.listing.kind.choose')} value={form.kind} error={errorFor(errors, 'kind')} options={listingKinds.map((kind) => ({ value: kind, label: t(listingKindLabel[kind]) }))} />
        <TextField name="value" maxLength={15} label={`${t('marketplace.field.value')} ${t('form.optional')}`} description={t('marketplace.field.value.description')} value={form.value} error={errorFor(errors, 'value')} />
      </div>
      <TextArea name="description" rows={2} maxLength={LIMITS.agreementDescription} label={t('marketplace.agreement.description')} description={t('marketplace.agreement.description.description')} value={form.description} error={errorFor(errors, 'description')} />
      <TextArea name="counterPerformance" rows={2} maxLength={LIMITS.counterPerformance} label={`${t('marketplace.agreement.counterPerformance')} ${t('form.optional')}`} value={form.counterPerformance} error={errorFor(errors, 'counterPerformance')} />
    </>
  )
}

export interface AgreementsPageProps {
  ctx: ViewContext
  event: MarketplaceEventRow
  parties: PartyView[]
  agreements: AgreementView[]
  form: AgreementValues
  errors?: FieldError[]
  /** Whether new agreements can be recorded now (the event's day, or once it is held). */
  open: boolean
  notice?: MessageKey
}

/** Recording agreements during the event: the form on top, everything recorded below, newest first. */
export function AgreementsPage({ ctx, event, parties, agreements, form, errors = [], open, notice }: AgreementsPageProps) {
  const { t, locale } = ctx
  const name = (id: number) => parties.find((party) => party.id === id)?.name ?? t('marketplace.party.unknown')
  return (
    <Shell ctx={ctx} title={t('marketplace.agreements.pageTitle', { title: event.title })}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={`/werk/beursvloer/${event.slug}`}>{event.title}</a></p>
      <h1 class="utrecht-heading-1">{t('marketplace.agreements.pageTitle', { title: event.title })}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {!open ? <Notice kind="info"><p class="utrecht-paragraph">{t('marketplace.agreements.notOpen')}</p></Notice> : null}
      {open && parties.length < 2 ? <Notice kind="info"><p class="utrecht-paragraph">{t('marketplace.agreements.tooFewParties')}</p></Notice> : null}
      {open && parties.length >= 2 ? (
        <section class="noaber-case-section" aria-labelledby="record-title">
          <h2 id="record-title" class="utrecht-heading-2">{t('marketplace.agreements.record')}</h2>
          <ErrorSummary ctx={ctx} errors={errors} />
          <Form ctx={ctx} action={`/werk/beursvloer/${event.slug}/afspraken`} class="noaber-case-form">
            <AgreementFields ctx={ctx} parties={parties} form={form} errors={errors} />
            <SubmitButton>{t('marketplace.agreements.save')}</SubmitButton>
          </Form>
        </section>
      ) : null}
      <section class="noaber-case-section" aria-labelledby="recorded-title">
        <h2 id="recorded-title" class="utrecht-heading-2">{t('marketplace.agreements.recorded', { count: agreements.length })}</h2>
        {agreements.length === 0 ? <p class="utrecht-paragraph">{t('marketplace.agreements.none')}</p> : (
          <div class="noaber-table-wrap">
            <table class="utrecht-table noaber-table noaber-table--compact">
              <caption class="utrecht-table__caption">{t('marketplace.agreements.caption')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.agreements.column.when')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.agreements.column.who')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.agreements.column.what')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.field.value')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.agreement.counterPerformance')}</th>
                  <th class="utrecht-table__header-cell" scope="col">{t('marketplace.agreements.column.change')}</th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {agreements.map((agreement) => (
                  <tr class="utrecht-table__row" id={`afspraak-${agreement.id}`}>
                    <td class="utrecht-table__cell">{formatInstant(agreement.created_at, locale)}</td>
                    <td class="utrecht-table__cell">{t('marketplace.agreement.givesTo', { giver: name(agreement.giver_party_id), receiver: name(agreement.receiver_party_id) })}</td>
                    <td class="utrecht-table__cell"><span class="noaber-tag">{t(listingKindLabel[agreement.kind])}</span> {agreement.description}</td>
                    <td class="utrecht-table__cell">{agreement.value_cents === null ? '—' : formatEuros(agreement.value_cents, locale)}</td>
                    <td class="utrecht-table__cell">{agreement.counter_performance || '—'}</td>
                    <td class="utrecht-table__cell"><a class="utrecht-link" href={`/werk/beursvloer/${event.slug}/afspraken/${agreement.id}`}>{t('marketplace.agreements.edit')}</a></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Shell>
  )
}

/** Correcting one recorded agreement. */
export function AgreementEditPage({ ctx, event, parties, agreement, form, errors = [] }: { ctx: ViewContext; event: MarketplaceEventRow; parties: PartyView[]; agreement: MarketplaceAgreementRow; form: AgreementValues; errors?: FieldError[] }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('marketplace.agreements.editTitle')}>
      <div class="noaber-form-page noaber-form-page--wide">
        <p class="utrecht-paragraph"><a class="utrecht-link" href={`/werk/beursvloer/${event.slug}/afspraken`}>{t('marketplace.agreements.pageTitle', { title: event.title })}</a></p>
        <h1 class="utrecht-heading-1">{t('marketplace.agreements.editTitle')}</h1>
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action={`/werk/beursvloer/${event.slug}/afspraken/${agreement.id}`}>
          <AgreementFields ctx={ctx} parties={parties} form={form} errors={errors} />
          <SubmitButton>{t('marketplace.agreements.saveChanges')}</SubmitButton>
        </Form>
        <section class="noaber-case-section" aria-labelledby="delete-title">
          <h2 id="delete-title" class="utrecht-heading-2">{t('marketplace.agreements.delete.heading')}</h2>
          <p class="utrecht-paragraph">{t('marketplace.agreements.delete.text')}</p>
          <Form ctx={ctx} action={`/werk/beursvloer/${event.slug}/afspraken/${agreement.id}/verwijderen`}>
            <SubmitButton variant="secondary">{t('marketplace.agreements.delete')}</SubmitButton>
          </Form>
        </section>
      </div>
    </Shell>
  )
}
