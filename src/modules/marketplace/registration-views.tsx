import { ErrorSummary, Form, Notice, RadioGroup, SubmitButton, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { formatEventTime, formatLastRegistrationDay } from './event-time.ts'
import { listingKindLabel, listingTypeLabel } from './labels.ts'
import { ListingFields } from './listing-fields.tsx'
import { emptyListing, listingValuesOf, type ListingValues } from './listing-form.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'
import { formatEuros } from './money.ts'
import type { PartyView } from './party-queries.ts'
import type { RegistrationValues } from './registration-form.ts'
import { LIMITS } from './vocabulary.ts'

export interface RegisterPageProps {
  ctx: ViewContext
  event: MarketplaceEventRow
  options: { organisations: { id: number; name: string }[]; initiatives: { id: number; title: string }[] }
  form: RegistrationValues
  errors?: FieldError[]
  /** Why registering is not possible now; the form is then not shown. */
  refusal?: MessageKey
}

/** Registering a party: who, then what it gives and what it asks (each request with its counter-offer). */
export function RegisterPage({ ctx, event, options, form, errors = [], refusal }: RegisterPageProps) {
  const { t, locale } = ctx
  const title = t('marketplace.register.title', { event: event.title })
  const parties = [
    ...options.organisations.map((organisation) => ({ value: `organisation-${organisation.id}`, label: t('marketplace.register.party.organisation', { name: organisation.name }) })),
    ...options.initiatives.map((initiative) => ({ value: `initiative-${initiative.id}`, label: t('marketplace.register.party.initiative', { name: initiative.title }) })),
    { value: 'group', label: t('marketplace.register.party.group') },
  ]
  return (
    <Shell ctx={ctx} title={title}>
      <div class="noaber-form-page noaber-form-page--wide">
        <p class="utrecht-paragraph"><a class="utrecht-link" href={`/beursvloer/${event.slug}`}>{event.title}</a></p>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">{formatEventTime(event.starts_at, event.ends_at, locale)} · {event.place}</p>
        {refusal ? (
          <Notice kind="warning"><p class="utrecht-paragraph">{t(refusal)}</p></Notice>
        ) : (
          <>
            <p class="utrecht-paragraph utrecht-paragraph--lead">{t('marketplace.register.intro', { deadline: formatLastRegistrationDay(event.registration_closes_at, locale) })}</p>
            <ErrorSummary ctx={ctx} errors={errors} />
            <Form ctx={ctx} action={`/beursvloer/${event.slug}/aanmelden`}>
              <section class="noaber-form-section" aria-labelledby="who-title">
                <h2 id="who-title" class="utrecht-heading-2">{t('marketplace.register.who')}</h2>
                <RadioGroup name="party" legend={t('marketplace.register.party')} description={t('marketplace.register.party.description')} options={parties} value={form.party} error={errorFor(errors, 'party')} />
                <TextField name="groupName" maxLength={LIMITS.groupName} label={t('marketplace.register.groupName')} description={t('marketplace.register.groupName.description')} value={form.groupName} error={errorFor(errors, 'groupName')} />
              </section>
              <section class="noaber-form-section" aria-labelledby="offers-title">
                <h2 id="offers-title" class="utrecht-heading-2">{t('marketplace.register.offers')}</h2>
                <p class="utrecht-paragraph">{t('marketplace.register.offers.intro')}</p>
                {form.offers.map((row, index) => (
                  <fieldset class="utrecht-form-fieldset noaber-fieldset">
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('marketplace.register.offer', { number: index + 1 })}</legend>
                    <ListingFields ctx={ctx} values={row} errors={errors} prefix={`offer-${index + 1}`} />
                  </fieldset>
                ))}
              </section>
              <section class="noaber-form-section" aria-labelledby="requests-title">
                <h2 id="requests-title" class="utrecht-heading-2">{t('marketplace.register.requests')}</h2>
                <p class="utrecht-paragraph">{t('marketplace.register.requests.intro')}</p>
                {form.requests.map((row, index) => (
                  <fieldset class="utrecht-form-fieldset noaber-fieldset">
                    <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('marketplace.register.request', { number: index + 1 })}</legend>
                    <ListingFields ctx={ctx} values={row} errors={errors} prefix={`request-${index + 1}`} />
                  </fieldset>
                ))}
              </section>
              <p class="utrecht-paragraph">{t('marketplace.register.more')}</p>
              <SubmitButton>{t('marketplace.register.submit')}</SubmitButton>
            </Form>
          </>
        )}
      </div>
    </Shell>
  )
}

export interface PartyPageProps {
  ctx: ViewContext
  event: MarketplaceEventRow
  party: PartyView
  /** Whether the reader registered this party (others reading it organise events). */
  isContact: boolean
  /** The contact person while registration is open: they may change the listings. */
  canChange: boolean
  notice?: MessageKey
  /** A refused change: which form (`new` or `listing-<id>`), what was typed, and why. */
  failed?: { form: string; values: ListingValues; errors: FieldError[] }
  /** A refusal that belongs to no field. */
  problem?: MessageKey
}

/** One registration: its offers and requests, and while registration is open, ways to change them. */
export function PartyPage({ ctx, event, party, isContact, canChange, notice, failed, problem }: PartyPageProps) {
  const { t, locale } = ctx
  const base = `/beursvloer/${event.slug}/aanmeldingen/${party.id}`
  const newType = failed?.form === 'new' ? failed.values.type : 'offer'
  return (
    <Shell ctx={ctx} title={t('marketplace.party.title', { name: party.name })}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={`/beursvloer/${event.slug}`}>{event.title}</a></p>
      <h1 class="utrecht-heading-1">{t('marketplace.party.title', { name: party.name })}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {problem ? <Notice kind="error"><p class="utrecht-paragraph">{t(problem)}</p></Notice> : null}
      {failed ? <ErrorSummary ctx={ctx} errors={failed.errors} idPrefix={failed.form} /> : null}
      <p class="utrecht-paragraph">
        {canChange ? t('marketplace.party.changeUntil', { deadline: formatLastRegistrationDay(event.registration_closes_at, locale) }) : t(isContact ? 'marketplace.party.noChanges' : 'marketplace.party.notYours')}
      </p>
      {party.listings.length === 0 ? <p class="utrecht-paragraph">{t('marketplace.listing.none')}</p> : (
        <ul class="noaber-list">
          {party.listings.map((listing) => {
            const formId = `listing-${listing.id}`
            const mine = failed?.form === formId
            const values = mine ? failed.values : listingValuesOf(listing)
            return (
              <li class="noaber-card" id={formId}>
                <h2 class="utrecht-heading-3">
                  {t(listingTypeLabel[listing.type])} <span class="noaber-tag">{t(listingKindLabel[listing.kind])}</span>
                </h2>
                <p class="utrecht-paragraph noaber-prewrap">{listing.description}</p>
                {listing.value_cents !== null ? <p class="noaber-card__meta">{t('marketplace.listing.worth', { amount: formatEuros(listing.value_cents, locale) })}</p> : null}
                {listing.counter_offer ? <p class="utrecht-paragraph"><strong>{t('marketplace.listing.inReturn')}</strong> <span class="noaber-prewrap">{listing.counter_offer}</span></p> : null}
                {canChange ? (
                  <div class="noaber-actions">
                    <details class="noaber-details" open={mine}>
                      <summary>{t('marketplace.listing.edit')}</summary>
                      <Form ctx={ctx} action={`${base}/vraag-en-aanbod/${listing.id}`} class="noaber-case-form">
                        <input type="hidden" name="type" value={listing.type} />
                        <ListingFields ctx={ctx} values={values} errors={mine ? failed.errors : []} idPrefix={formId} required />
                        <SubmitButton variant="secondary">{t('marketplace.listing.save')}</SubmitButton>
                      </Form>
                    </details>
                    <Form ctx={ctx} action={`${base}/vraag-en-aanbod/${listing.id}/verwijderen`}>
                      <SubmitButton variant="secondary">{t('marketplace.listing.delete')}</SubmitButton>
                    </Form>
                  </div>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
      {canChange ? (
        <>
          <section class="noaber-case-section" aria-labelledby="add-title">
            <h2 id="add-title" class="utrecht-heading-2">{t('marketplace.listing.add')}</h2>
            {(['offer', 'request'] as const).map((type) => {
              const formId = type === newType && failed?.form === 'new' ? 'new' : `new-${type}`
              const values = formId === 'new' ? failed!.values : emptyListing(type)
              return (
                <details class="noaber-details" open={formId === 'new'}>
                  <summary>{t(type === 'offer' ? 'marketplace.listing.addOffer' : 'marketplace.listing.addRequest')}</summary>
                  <Form ctx={ctx} action={`${base}/vraag-en-aanbod`} class="noaber-case-form">
                    <input type="hidden" name="type" value={type} />
                    <ListingFields ctx={ctx} values={values} errors={formId === 'new' ? failed!.errors : []} idPrefix={formId} required />
                    <SubmitButton>{t(type === 'offer' ? 'marketplace.listing.addOffer' : 'marketplace.listing.addRequest')}</SubmitButton>
                  </Form>
                </details>
              )
            })}
          </section>
          <section class="noaber-case-section" aria-labelledby="withdraw-title">
            <h2 id="withdraw-title" class="utrecht-heading-2">{t('marketplace.party.withdraw.heading')}</h2>
            <p class="utrecht-paragraph">{t('marketplace.party.withdraw.text')}</p>
            <Form ctx={ctx} action={`${base}/intrekken`}>
              <SubmitButton variant="secondary">{t('marketplace.party.withdraw')}</SubmitButton>
            </Form>
          </section>
        </>
      ) : null}
    </Shell>
  )
}
