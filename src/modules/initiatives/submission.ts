import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, fieldList, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { AccountInputError, normaliseEmail } from '../accounts/account-service.ts'
import { areaContaining, type AreaBoundary } from '../areas/geometry.ts'
import { initiatorKinds, isOneOf, needKinds, type InitiatorKind, type NeedKind } from './vocabulary.ts'

export const LIMITS = { title: 120, summary: 300, description: 10000, need: 1000, name: 120, phone: 30 } as const

/** What a person typed into the submission form, kept as text so the form can be shown again. */
export interface SubmissionForm {
  title: string
  summary: string
  description: string
  themeIds: string[]
  areaId: string
  initiatorKind: string
  needs: Partial<Record<NeedKind, string>>
  chosenNeeds: string[]
  contactName: string
  contactEmail: string
  contactPhone: string
  publish: string
  publishDescription: boolean
  submissionKey: string
  latitude: string
  longitude: string
}

export interface ValidSubmission {
  title: string
  summary: string
  description: string
  themeIds: number[]
  areaId: number
  initiatorKind: InitiatorKind
  needs: { kind: NeedKind; explanation: string }[]
  contactName: string
  contactEmail: string
  contactPhone: string | null
  wantsPublication: boolean
  publishDescription: boolean
  submissionKey: string
  location: { latitude: number; longitude: number } | null
}

export function readSubmissionForm(body: FormBody): SubmissionForm {
  return {
    title: field(body, 'title'),
    summary: field(body, 'summary'),
    description: field(body, 'description'),
    themeIds: fieldList(body, 'themes'),
    areaId: field(body, 'area'),
    initiatorKind: field(body, 'initiatorKind'),
    chosenNeeds: fieldList(body, 'needs'),
    needs: Object.fromEntries(needKinds.map((kind) => [kind, field(body, `need-${kind}`)])),
    contactName: field(body, 'contactName'),
    contactEmail: field(body, 'contactEmail'),
    contactPhone: field(body, 'contactPhone'),
    publish: field(body, 'publish'),
    publishDescription: fieldList(body, 'publishDescription').includes('yes'),
    submissionKey: field(body, 'submissionKey'),
    latitude: field(body, 'latitude'),
    longitude: field(body, 'longitude'),
  }
}

const PHONE = /^\+?[0-9 ()-]{6,30}$/
const ID = /^\d{1,15}$/

/**
 * Checks a submission against the municipality's own areas and themes. Every problem is reported at
 * once, each on its field, in the reader's language.
 */
export function validateSubmission(
  form: SubmissionForm,
  known: { areas: { id: number; boundary: AreaBoundary }[]; themeIds: number[] },
  t: Translate,
): { submission: ValidSubmission } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  const location = readLocation(form)
  checkText(errors, t, 'title', form.title, { required: true, min: 3, max: LIMITS.title })
  checkText(errors, t, 'summary', form.summary, { required: true, min: 10, max: LIMITS.summary })
  checkText(errors, t, 'description', form.description, { max: LIMITS.description })

  const themeIds = form.themeIds.map((id) => (ID.test(id) ? Number(id) : NaN))
  if (themeIds.length === 0) errors.push({ field: 'themes', message: t('initiative.form.themes.required') })
  else if (themeIds.some((id) => !known.themeIds.includes(id))) errors.push({ field: 'themes', message: t('initiative.form.themes.unknown') })

  // A point on the map decides the area; without one, the area chosen from the list does.
  let areaId = ID.test(form.areaId) ? Number(form.areaId) : NaN
  if (location === 'invalid') errors.push({ field: 'area', message: t('initiative.form.location.invalid') })
  else if (location) {
    const containing = areaContaining(known.areas, location.longitude, location.latitude)
    if (containing) areaId = containing.id
    else errors.push({ field: 'area', message: t('initiative.form.location.outside') })
  } else if (!form.areaId) errors.push({ field: 'area', message: t('initiative.form.area.required') })
  else if (!known.areas.some((area) => area.id === areaId)) errors.push({ field: 'area', message: t('initiative.form.area.unknown') })

  if (!isOneOf(initiatorKinds, form.initiatorKind)) errors.push({ field: 'initiatorKind', message: t('initiative.form.initiatorKind.required') })

  const needs: { kind: NeedKind; explanation: string }[] = []
  if (form.chosenNeeds.length === 0) errors.push({ field: 'needs', message: t('initiative.form.needs.required') })
  for (const kind of form.chosenNeeds) {
    if (!isOneOf(needKinds, kind)) {
      errors.push({ field: 'needs', message: t('initiative.form.needs.unknown') })
      continue
    }
    const explanation = form.needs[kind] ?? ''
    if (!explanation) errors.push({ field: `need-${kind}`, message: t('initiative.form.need.explain') })
    else checkText(errors, t, `need-${kind}`, explanation, { max: LIMITS.need })
    if (explanation && explanation.length <= LIMITS.need) needs.push({ kind, explanation })
  }

  checkText(errors, t, 'contactName', form.contactName, { required: true, max: LIMITS.name })
  let contactEmail = ''
  try {
    contactEmail = normaliseEmail(form.contactEmail)
  } catch (error) {
    if (!(error instanceof AccountInputError)) throw error
    errors.push({ field: 'contactEmail', message: t(form.contactEmail ? 'form.email' : 'form.required') })
  }
  if (form.contactPhone && !PHONE.test(form.contactPhone)) errors.push({ field: 'contactPhone', message: t('profile.phone.invalid') })
  if (form.publish !== 'yes' && form.publish !== 'no') errors.push({ field: 'publish', message: t('initiative.form.publish.required') })
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(form.submissionKey)) errors.push({ field: 'title', message: t('initiative.form.expired') })

  if (errors.length > 0) return { errors }
  return {
    submission: {
      title: form.title,
      summary: form.summary,
      description: form.description,
      themeIds: [...new Set(themeIds)],
      areaId,
      initiatorKind: form.initiatorKind as InitiatorKind,
      needs,
      contactName: form.contactName,
      contactEmail,
      contactPhone: form.contactPhone || null,
      wantsPublication: form.publish === 'yes',
      publishDescription: form.publish === 'yes' && form.publishDescription,
      submissionKey: form.submissionKey,
      location: location && location !== 'invalid' ? location : null,
    },
  }
}

const COORDINATE = /^-?\d{1,3}(\.\d{1,17})?$/

function readLocation(form: SubmissionForm): { latitude: number; longitude: number } | 'invalid' | undefined {
  if (!form.latitude && !form.longitude) return undefined
  if (!COORDINATE.test(form.latitude) || !COORDINATE.test(form.longitude)) return 'invalid'
  const latitude = Number(form.latitude)
  const longitude = Number(form.longitude)
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return 'invalid'
  return { latitude, longitude }
}
