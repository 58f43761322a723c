import { CheckboxGroup, ErrorSummary, Form, Notice, Select, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AreaListing } from '../areas/area-repository.ts'
import { offerKindLabel, organisationKindLabel } from './labels.ts'
import type { OfferFormValues, OrganisationFormValues } from './organisation-form.ts'
import { WEBSITE_MAX } from './organisation-form.ts'
import type { OrganisationDetail } from './organisation-queries.ts'
import { offerKinds, organisationKinds } from './vocabulary.ts'

export const emptyOrganisationValues: OrganisationFormValues = { name: '', kind: '', description: '', website: '', address: '', area: '', longitude: '', latitude: '' }

export function organisationValues(detail: OrganisationDetail): OrganisationFormValues {
  const { organisation } = detail
  return {
    name: organisation.name,
    kind: organisation.kind,
    description: organisation.description,
    website: organisation.website ?? '',
    address: organisation.address,
    area: organisation.area_id === null ? '' : String(organisation.area_id),
    longitude: organisation.longitude === null ? '' : String(organisation.longitude),
    latitude: organisation.latitude === null ? '' : String(organisation.latitude),
  }
}

function DetailFields({ ctx, prefix, values, errors, areas }: { ctx: ViewContext; prefix: string; values: OrganisationFormValues; errors: FieldError[]; areas: AreaListing[] }) {
  const { t } = ctx
  const optional = (label: string) => `${label} ${t('form.optional')}`
  return (
    <>
      <TextField idPrefix={prefix} name="name" required maxLength={120} label={t('network.organisation.name')} value={values.name} error={errorFor(errors, 'name')} />
      <Select idPrefix={prefix} name="kind" required label={t('network.organisation.kind')} placeholder={t('network.choose')} value={values.kind} options={organisationKinds.map((kind) => ({ value: kind, label: t(organisationKindLabel[kind]) }))} error={errorFor(errors, 'kind')} />
      <TextArea idPrefix={prefix} name="description" required rows={5} maxLength={3000} label={t('network.organisation.description')} description={t('network.organisation.description.help')} value={values.description} error={errorFor(errors, 'description')} />
      <TextField idPrefix={prefix} name="website" type="url" maxLength={WEBSITE_MAX} label={optional(t('network.organisation.website'))} value={values.website} error={errorFor(errors, 'website')} />
      <TextField idPrefix={prefix} name="address" maxLength={200} label={optional(t('network.organisation.address'))} value={values.address} error={errorFor(errors, 'address')} />
      <Select idPrefix={prefix} name="area" label={optional(t('case.fact.area'))} placeholder={t('network.organisation.noArea')} value={values.area} options={areas.map((area) => ({ value: String(area.id), label: area.name }))} error={errorFor(errors, 'area')} />
      <fieldset class="utrecht-form-fieldset noaber-fieldset">
        <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{optional(t('network.organisation.point'))}</legend>
        <div class="utrecht-form-field-description">{t('network.organisation.point.help')}</div>
        <TextField idPrefix={prefix} name="latitude" label={t('network.organisation.latitude')} maxLength={20} value={values.latitude} error={errorFor(errors, 'latitude')} />
        <TextField idPrefix={prefix} name="longitude" label={t('network.organisation.longitude')} maxLength={20} value={values.longitude} error={errorFor(errors, 'longitude')} />
      </fieldset>
    </>
  )
}

export interface NewOrganisationPageProps {
  ctx: ViewContext
  areas: AreaListing[]
  values: OrganisationFormValues
  roleTitle: string
  errors?: FieldError[]
}

export function NewOrganisationPage({ ctx, areas, values, roleTitle, errors = [] }: NewOrganisationPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('network.organisations.add')}>
      <div class="noaber-form-page">
        <p class="utrecht-paragraph"><a class="utrecht-link" href="/organisaties">{t('network.organisation.back')}</a></p>
        <h1 class="utrecht-heading-1">{t('network.organisations.add')}</h1>
        <p class="utrecht-paragraph">{t('network.organisation.new.intro')}</p>
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/organisaties/nieuw">
          <DetailFields ctx={ctx} prefix="field" values={values} errors={errors} areas={areas} />
          <TextField name="roleTitle" maxLength={80} label={`${t('network.organisation.contact.roleTitle')} ${t('form.optional')}`} description={t('network.organisation.new.roleHelp')} value={roleTitle} error={errorFor(errors, 'roleTitle')} />
          <SubmitButton>{t('network.organisation.new.submit')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

export interface EditOrganisationPageProps {
  ctx: ViewContext
  detail: OrganisationDetail
  areas: AreaListing[]
  canHide: boolean
  notice?: MessageKey
  /** The form that failed ('details', 'offer-new', `offer-<id>`, 'contact'), what was typed and what is wrong. */
  failedForm?: string
  values?: Record<string, string>
  errors?: FieldError[]
}

function OfferFields({ ctx, prefix, values, errors }: { ctx: ViewContext; prefix: string; values: OfferFormValues; errors: FieldError[] }) {
  const { t } = ctx
  return (
    <>
      <Select idPrefix={prefix} name="kind" required label={t('network.organisation.offerKind')} placeholder={t('network.choose')} value={values.kind} options={offerKinds.map((kind) => ({ value: kind, label: t(offerKindLabel[kind]) }))} error={errorFor(errors, 'kind')} />
      <TextArea idPrefix={prefix} name="description" required rows={3} maxLength={500} label={t('network.offer.description')} value={values.description} error={errorFor(errors, 'description')} />
      <CheckboxGroup idPrefix={prefix} name="active" legend={t('network.offer.activeLegend')} options={[{ value: 'yes', label: t('network.offer.active'), checked: values.active }]} />
    </>
  )
}

/** Everything a contact person keeps up to date: details, standing offers, contact persons; coordinators also hide or show. */
export function EditOrganisationPage({ ctx, detail, areas, canHide, notice, failedForm, values, errors = [] }: EditOrganisationPageProps) {
  const { t } = ctx
  const { organisation } = detail
  const base = `/organisaties/${organisation.slug}`
  const failed = (form: string) => failedForm === form
  const detailValues = failed('details') && values ? (values as unknown as OrganisationFormValues) : organisationValues(detail)
  const offerValues = (form: string, fallback: OfferFormValues): OfferFormValues =>
    failed(form) && values ? { kind: values.kind ?? '', description: values.description ?? '', active: values.active === 'yes' } : fallback
  return (
    <Shell ctx={ctx} title={t('network.organisation.editTitle', { name: organisation.name })}>
      <div class="noaber-form-page noaber-form-page--wide">
        <p class="utrecht-paragraph"><a class="utrecht-link" href={base}>{t('network.organisation.backTo', { name: organisation.name })}</a></p>
        <h1 class="utrecht-heading-1">{t('network.organisation.editTitle', { name: organisation.name })}</h1>
        {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
        {failedForm ? <ErrorSummary ctx={ctx} errors={errors} idPrefix={failedForm} /> : null}

        <section class="noaber-case-section" aria-labelledby="details-title">
          <h2 id="details-title" class="utrecht-heading-2">{t('network.organisation.details')}</h2>
          <Form ctx={ctx} action={`${base}/bewerken`}>
            <DetailFields ctx={ctx} prefix="details" values={detailValues} errors={failed('details') ? errors : []} areas={areas} />
            <SubmitButton>{t('network.organisation.save')}</SubmitButton>
          </Form>
        </section>

        <section class="noaber-case-section" aria-labelledby="offers-title">
          <h2 id="offers-title" class="utrecht-heading-2">{t('network.organisation.offers')}</h2>
          <p class="utrecht-paragraph">{t('network.organisation.offers.intro')}</p>
          <ul class="noaber-list">
            {detail.offers.map((offer) => {
              const prefix = `offer-${offer.id}`
              return (
                <li class="noaber-card">
                  <p class="utrecht-paragraph">
                    <strong>{t(offerKindLabel[offer.kind])}</strong> {offer.active ? null : <span class="noaber-tag">{t('network.offer.inactive')}</span>}
                  </p>
                  <p class="utrecht-paragraph noaber-prewrap">{offer.description}</p>
                  <details class="noaber-details" open={failed(prefix)}>
                    <summary>{t('network.offer.edit')}</summary>
                    <Form ctx={ctx} action={`${base}/aanbod/${offer.id}`} class="noaber-case-form">
                      <OfferFields ctx={ctx} prefix={prefix} values={offerValues(prefix, { kind: offer.kind, description: offer.description, active: offer.active })} errors={failed(prefix) ? errors : []} />
                      <SubmitButton variant="secondary">{t('network.offer.save')}</SubmitButton>
                    </Form>
                  </details>
                  <Form ctx={ctx} action={`${base}/aanbod/${offer.id}/verwijderen`}>
                    <SubmitButton variant="secondary">{t('network.offer.delete')}</SubmitButton>
                  </Form>
                </li>
              )
            })}
          </ul>
          <h3 class="utrecht-heading-3">{t('network.offer.add')}</h3>
          <Form ctx={ctx} action={`${base}/aanbod`} class="noaber-case-form">
            <OfferFields ctx={ctx} prefix="offer-new" values={offerValues('offer-new', { kind: '', description: '', active: true })} errors={failed('offer-new') ? errors : []} />
            <SubmitButton>{t('network.offer.addButton')}</SubmitButton>
          </Form>
        </section>

        <section class="noaber-case-section" aria-labelledby="contacts-title">
          <h2 id="contacts-title" class="utrecht-heading-2">{t('network.organisation.contacts')}</h2>
          <p class="utrecht-paragraph">{t('network.organisation.contacts.intro')}</p>
          <ul class="noaber-list">
            {detail.contacts.map((contact) => {
              const name = contact.displayName || t('network.organisation.contact.unnamed')
              return (
                <li class="noaber-card">
                  <p class="utrecht-paragraph">
                    {name}
                    {contact.roleTitle ? ` (${contact.roleTitle})` : ''} {contact.accepted ? null : <span class="noaber-tag">{t('network.organisation.contact.invited')}</span>}
                  </p>
                  <Form ctx={ctx} action={`${base}/contactpersonen/${contact.personId}/verwijderen`}>
                    <SubmitButton variant="secondary">{t(contact.accepted ? 'network.organisation.contact.remove' : 'network.organisation.contact.withdraw', { name })}</SubmitButton>
                  </Form>
                </li>
              )
            })}
          </ul>
          <h3 class="utrecht-heading-3">{t('network.organisation.contact.add')}</h3>
          <Form ctx={ctx} action={`${base}/contactpersonen`} class="noaber-case-form">
            <TextField idPrefix="contact" name="email" type="email" required maxLength={254} label={t('signIn.email')} description={t('network.organisation.contact.emailHelp')} value={failed('contact') ? (values?.email ?? '') : ''} error={failed('contact') ? errorFor(errors, 'email') : undefined} />
            <TextField idPrefix="contact" name="roleTitle" maxLength={80} label={`${t('network.organisation.contact.roleTitle')} ${t('form.optional')}`} value={failed('contact') ? (values?.roleTitle ?? '') : ''} error={failed('contact') ? errorFor(errors, 'roleTitle') : undefined} />
            <SubmitButton>{t('network.organisation.contact.invite')}</SubmitButton>
          </Form>
        </section>

        {canHide ? (
          <section class="noaber-case-section" aria-labelledby="visibility-title">
            <h2 id="visibility-title" class="utrecht-heading-2">{t('network.organisation.visibility')}</h2>
            <p class="utrecht-paragraph">{t(organisation.visibility === 'hidden' ? 'network.organisation.visibility.hiddenNow' : 'network.organisation.visibility.publicNow')}</p>
            <Form ctx={ctx} action={`${base}/zichtbaarheid`}>
              <input type="hidden" name="visibility" value={organisation.visibility === 'hidden' ? 'public' : 'hidden'} />
              <SubmitButton variant="secondary">{t(organisation.visibility === 'hidden' ? 'network.organisation.show' : 'network.organisation.hide')}</SubmitButton>
            </Form>
          </section>
        ) : null}
      </div>
    </Shell>
  )
}
