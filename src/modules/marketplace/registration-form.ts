import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { checkListing, emptyListing, isEmptyListing, readListing, shownListing, type ListingInput, type ListingValues } from './listing-form.ts'
import { LIMITS } from './vocabulary.ts'

/** The registration form as typed: which party, and rows of offers and requests. */
export interface RegistrationValues {
  /** 'organisation-12', 'initiative-5' or 'group'. */
  party: string
  groupName: string
  offers: ListingValues[]
  requests: ListingValues[]
}

export type PartyChoice = { kind: 'organisation'; organisationId: number } | { kind: 'initiative'; initiativeId: number } | { kind: 'residentGroup'; groupName: string }

export const emptyRegistration = (): RegistrationValues => ({
  party: '',
  groupName: '',
  offers: Array.from({ length: LIMITS.formRows }, () => emptyListing('offer')),
  requests: Array.from({ length: LIMITS.formRows }, () => emptyListing('request')),
})

export function readRegistration(body: FormBody): RegistrationValues {
  const rows = (type: 'offer' | 'request') => Array.from({ length: LIMITS.formRows }, (_, index) => readListing(body, `${type}-${index + 1}`, type))
  return { party: field(body, 'party'), groupName: field(body, 'groupName'), offers: rows('offer'), requests: rows('request') }
}

export function shownRegistration(values: RegistrationValues): RegistrationValues {
  return { party: values.party.slice(0, 40), groupName: values.groupName.slice(0, LIMITS.groupName), offers: values.offers.map(shownListing), requests: values.requests.map(shownListing) }
}

const PARTY = /^(organisation|initiative)-(\d{1,15})$/

/** Checks the form's shape; whether the person may register that party is for the service to say. */
export function validateRegistration(values: RegistrationValues, t: Translate): { party: PartyChoice; listings: ListingInput[] } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  let party: PartyChoice | undefined
  const match = PARTY.exec(values.party)
  if (match) party = match[1] === 'organisation' ? { kind: 'organisation', organisationId: Number(match[2]) } : { kind: 'initiative', initiativeId: Number(match[2]) }
  else if (values.party === 'group') {
    checkText(errors, t, 'groupName', values.groupName, { required: true, min: 2, max: LIMITS.groupName })
    party = { kind: 'residentGroup', groupName: values.groupName }
  } else errors.push({ field: 'party', message: t(values.party ? 'marketplace.form.unknownChoice' : 'marketplace.register.party.required') })

  const listings: ListingInput[] = []
  for (const [type, rows] of [['offer', values.offers], ['request', values.requests]] as const) {
    rows.forEach((row, index) => {
      if (isEmptyListing(row)) return
      const listing = checkListing(errors, t, row, `${type}-${index + 1}`)
      if (listing) listings.push(listing)
    })
  }
  const filled = [...values.offers, ...values.requests].filter((row) => !isEmptyListing(row)).length
  if (filled === 0) errors.push({ field: 'offer-1-kind', message: t('marketplace.register.listings.required') })
  if (errors.length > 0 || !party) return { errors }
  return { party, listings }
}
