import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { isOneOf } from '../initiatives/vocabulary.ts'
import type { MarketplaceListingRow } from './marketplace-tables.ts'
import { eurosForForm, parseEuros } from './money.ts'
import { LIMITS, listingKinds, listingTypes, type ListingKind, type ListingType } from './vocabulary.ts'

/** One offer or request as typed. */
export interface ListingValues {
  type: string
  kind: string
  description: string
  value: string
  counterOffer: string
}

/** An offer or request the service can store. A request's counter-offer is required; an offer has none. */
export interface ListingInput {
  type: ListingType
  kind: ListingKind
  description: string
  valueCents: number | null
  counterOffer: string | null
}

export const emptyListing = (type: ListingType): ListingValues => ({ type, kind: '', description: '', value: '', counterOffer: '' })

/** Reads one listing; `prefix` names its fields (`offer-1-kind`), or none for a form with one listing. */
export function readListing(body: FormBody, prefix: string, type?: ListingType): ListingValues {
  const name = (part: string) => (prefix ? `${prefix}-${part}` : part)
  return {
    type: type ?? field(body, 'type'),
    kind: field(body, name('kind')),
    description: field(body, name('description')),
    value: field(body, name('value')),
    counterOffer: field(body, name('counterOffer')),
  }
}

export function isEmptyListing(values: ListingValues): boolean {
  return !values.kind && !values.description && !values.value && !values.counterOffer
}

export function listingValuesOf(listing: MarketplaceListingRow): ListingValues {
  return { type: listing.type, kind: listing.kind, description: listing.description, value: eurosForForm(listing.value_cents), counterOffer: listing.counter_offer ?? '' }
}

export function shownListing(values: ListingValues): ListingValues {
  return { ...values, description: values.description.slice(0, LIMITS.listingDescription), value: values.value.slice(0, 15), counterOffer: values.counterOffer.slice(0, LIMITS.counterOffer) }
}

/**
 * Checks one listing and adds its problems, each on its own field. A request without a
 * counter-offer is refused here, in the service and by the database: giving and giving.
 */
export function checkListing(errors: FieldError[], t: Translate, values: ListingValues, prefix: string): ListingInput | undefined {
  const name = (part: string) => (prefix ? `${prefix}-${part}` : part)
  const before = errors.length
  if (!isOneOf(listingTypes, values.type)) errors.push({ field: name('type'), message: t('marketplace.form.unknownChoice') })
  if (!values.kind) errors.push({ field: name('kind'), message: t('marketplace.listing.kind.required') })
  else if (!isOneOf(listingKinds, values.kind)) errors.push({ field: name('kind'), message: t('marketplace.form.unknownChoice') })
  checkText(errors, t, name('description'), values.description, { required: true, min: 3, max: LIMITS.listingDescription })
  const valueCents = values.value ? parseEuros(values.value) : null
  if (valueCents === undefined) errors.push({ field: name('value'), message: t('marketplace.form.value') })
  if (values.type === 'request') {
    if (values.counterOffer.length < 3) errors.push({ field: name('counterOffer'), message: t('marketplace.listing.counterOffer.required') })
    else checkText(errors, t, name('counterOffer'), values.counterOffer, { max: LIMITS.counterOffer })
  }
  if (errors.length > before) return undefined
  return {
    type: values.type as ListingType,
    kind: values.kind as ListingKind,
    description: values.description,
    valueCents: valueCents ?? null,
    counterOffer: values.type === 'request' ? values.counterOffer : null,
  }
}
