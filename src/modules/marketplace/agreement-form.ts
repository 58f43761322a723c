import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { isOneOf } from '../initiatives/vocabulary.ts'
import type { MarketplaceAgreementRow } from './marketplace-tables.ts'
import { eurosForForm, parseEuros } from './money.ts'
import { LIMITS, listingKinds, type ListingKind } from './vocabulary.ts'

export interface AgreementValues {
  giver: string
  receiver: string
  listing: string
  kind: string
  description: string
  value: string
  counterPerformance: string
}

/**
 * An agreement as the notary typed it. With a listing chosen, what is left empty (kind, description,
 * value, counter-performance) is taken from that listing: quick entry at a busy event.
 */
export interface AgreementInput {
  giverPartyId: number
  receiverPartyId: number
  listingId: number | null
  kind: ListingKind | null
  description: string
  valueCents: number | null
  counterPerformance: string
}

export const emptyAgreement: AgreementValues = { giver: '', receiver: '', listing: '', kind: '', description: '', value: '', counterPerformance: '' }

export function readAgreement(body: FormBody): AgreementValues {
  return {
    giver: field(body, 'giver'),
    receiver: field(body, 'receiver'),
    listing: field(body, 'listing'),
    kind: field(body, 'kind'),
    description: field(body, 'description'),
    value: field(body, 'value'),
    counterPerformance: field(body, 'counterPerformance'),
  }
}

export function agreementValuesOf(agreement: MarketplaceAgreementRow): AgreementValues {
  return {
    giver: String(agreement.giver_party_id),
    receiver: String(agreement.receiver_party_id),
    listing: agreement.listing_id === null ? '' : String(agreement.listing_id),
    kind: agreement.kind,
    description: agreement.description,
    value: eurosForForm(agreement.value_cents),
    counterPerformance: agreement.counter_performance,
  }
}

export function shownAgreement(values: AgreementValues): AgreementValues {
  return {
    ...values,
    giver: values.giver.slice(0, 16),
    receiver: values.receiver.slice(0, 16),
    listing: values.listing.slice(0, 16),
    description: values.description.slice(0, LIMITS.agreementDescription),
    value: values.value.slice(0, 15),
    counterPerformance: values.counterPerformance.slice(0, LIMITS.counterPerformance),
  }
}

const ID = /^\d{1,15}$/

export function validateAgreement(values: AgreementValues, t: Translate): { agreement: AgreementInput } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  if (!values.giver) errors.push({ field: 'giver', message: t('marketplace.agreement.giver.required') })
  else if (!ID.test(values.giver)) errors.push({ field: 'giver', message: t('marketplace.agreement.party.unknown') })
  if (!values.receiver) errors.push({ field: 'receiver', message: t('marketplace.agreement.receiver.required') })
  else if (!ID.test(values.receiver)) errors.push({ field: 'receiver', message: t('marketplace.agreement.party.unknown') })
  else if (values.receiver === values.giver) errors.push({ field: 'receiver', message: t('marketplace.agreement.sameParty') })
  if (values.listing && !ID.test(values.listing)) errors.push({ field: 'listing', message: t('marketplace.agreement.listing.unknown') })
  const withListing = !!values.listing
  if (values.kind && !isOneOf(listingKinds, values.kind)) errors.push({ field: 'kind', message: t('marketplace.form.unknownChoice') })
  else if (!values.kind && !withListing) errors.push({ field: 'kind', message: t('marketplace.agreement.kind.required') })
  checkText(errors, t, 'description', values.description, { required: !withListing, min: 3, max: LIMITS.agreementDescription })
  const valueCents = values.value ? parseEuros(values.value) : null
  if (valueCents === undefined) errors.push({ field: 'value', message: t('marketplace.form.value') })
  checkText(errors, t, 'counterPerformance', values.counterPerformance, { max: LIMITS.counterPerformance })
  if (errors.length > 0) return { errors }
  return {
    agreement: {
      giverPartyId: Number(values.giver),
      receiverPartyId: Number(values.receiver),
      listingId: withListing ? Number(values.listing) : null,
      kind: (values.kind || null) as ListingKind | null,
      description: values.description,
      valueCents: valueCents ?? null,
      counterPerformance: values.counterPerformance,
    },
  }
}
