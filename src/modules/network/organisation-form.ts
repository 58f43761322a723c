import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, fieldList, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { areaContaining, type AreaBoundary } from '../areas/geometry.ts'
import { offerKinds, organisationKinds, type OfferKind, type OrganisationKind } from './vocabulary.ts'

const ID = /^\d{1,15}$/
const NUMBER = /^-?\d{1,3}(?:[.,]\d{1,10})?$/
export const WEBSITE_MAX = 300

export interface OrganisationFormValues {
  name: string
  kind: string
  description: string
  website: string
  address: string
  area: string
  longitude: string
  latitude: string
}

export interface OrganisationInput {
  name: string
  kind: OrganisationKind
  description: string
  website: string | null
  address: string
  areaId: number | null
  latitude: number | null
  longitude: number | null
}

export function organisationFormValues(body: FormBody): OrganisationFormValues {
  return {
    name: field(body, 'name'),
    kind: field(body, 'kind'),
    description: field(body, 'description'),
    website: field(body, 'website'),
    address: field(body, 'address'),
    area: field(body, 'area'),
    longitude: field(body, 'longitude'),
    latitude: field(body, 'latitude'),
  }
}

/** A web address as people type it: "www.club.nl" becomes "https://www.club.nl"; anything that is not a web address is undefined. */
export function normaliseWebsite(raw: string): string | undefined {
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`
  if (/\s/.test(withScheme) || withScheme.length > WEBSITE_MAX) return undefined
  try {
    const url = new URL(withScheme)
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname.includes('.') || url.username || url.password) return undefined
    return withScheme
  } catch {
    return undefined
  }
}

function coordinate(raw: string): number | undefined {
  return NUMBER.test(raw) ? Number(raw.replace(',', '.')) : undefined
}

/**
 * Checks an organisation's details. A point on the map is optional; when given it must lie in one
 * of the municipality's areas, and that area becomes the organisation's area.
 */
export function validateOrganisationForm(
  values: OrganisationFormValues,
  t: Translate,
  areas: { id: number; boundary: AreaBoundary }[],
): { input: OrganisationInput; errors: [] } | { input: undefined; errors: FieldError[] } {
  const errors: FieldError[] = []
  checkText(errors, t, 'name', values.name, { required: true, min: 2, max: 120 })
  const kind = organisationKinds.find((value) => value === values.kind)
  if (!kind) errors.push({ field: 'kind', message: t(values.kind ? 'network.choiceUnknown' : 'network.organisation.kind.required') })
  checkText(errors, t, 'description', values.description, { required: true, min: 10, max: 3000 })
  checkText(errors, t, 'address', values.address, { max: 200 })

  let website: string | null = null
  if (values.website) {
    const normalised = normaliseWebsite(values.website)
    if (!normalised) errors.push({ field: 'website', message: t('network.organisation.website.invalid') })
    else website = normalised
  }

  let areaId: number | null = null
  if (values.area) {
    if (!ID.test(values.area) || !areas.some((area) => area.id === Number(values.area))) errors.push({ field: 'area', message: t('network.areas.unknown') })
    else areaId = Number(values.area)
  }

  let latitude: number | null = null
  let longitude: number | null = null
  if (values.longitude || values.latitude) {
    const lon = coordinate(values.longitude)
    const lat = coordinate(values.latitude)
    if (lon === undefined || lat === undefined || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
      errors.push({ field: lon === undefined || Math.abs(lon ?? 0) > 180 ? 'longitude' : 'latitude', message: t('network.organisation.point.invalid') })
    } else {
      const containing = areaContaining(areas, lon, lat)
      if (!containing) errors.push({ field: 'longitude', message: t('network.organisation.point.outside') })
      else {
        longitude = lon
        latitude = lat
        areaId = containing.id
      }
    }
  }

  if (errors.length > 0 || !kind) return { input: undefined, errors }
  return { input: { name: values.name, kind, description: values.description, website, address: values.address, areaId, latitude, longitude }, errors: [] }
}

export interface OfferFormValues {
  kind: string
  description: string
  active: boolean
}

export interface OfferInput {
  kind: OfferKind
  description: string
  active: boolean
}

export function offerFormValues(body: FormBody): OfferFormValues {
  return { kind: field(body, 'kind'), description: field(body, 'description'), active: fieldList(body, 'active').includes('yes') }
}

export function validateOfferForm(values: OfferFormValues, t: Translate): { input: OfferInput; errors: [] } | { input: undefined; errors: FieldError[] } {
  const errors: FieldError[] = []
  const kind = offerKinds.find((value) => value === values.kind)
  if (!kind) errors.push({ field: 'kind', message: t(values.kind ? 'network.choiceUnknown' : 'network.offer.kind.required') })
  checkText(errors, t, 'description', values.description, { required: true, min: 3, max: 500 })
  if (errors.length > 0 || !kind) return { input: undefined, errors }
  return { input: { kind, description: values.description, active: values.active }, errors: [] }
}
