import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, fieldList, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { localized } from '../../platform/i18n/translate.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { SkillRow } from './network-tables.ts'
import {
  availabilities,
  HELPER_DESCRIPTION_MAX,
  HELPER_DESCRIPTION_MIN,
  helperVisibilities,
  MAX_HOURS_PER_MONTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  nameChoices,
  timeCommitments,
  type Availability,
  type HelperVisibility,
  type NameShown,
  type TimeCommitment,
} from './vocabulary.ts'

/** The value of the "areas" checkbox that stands for the whole municipality. */
export const WHOLE_MUNICIPALITY = 'all'
const ID = /^\d{1,15}$/
/** The tags field as typed, before it is split; a generous bound so nobody pastes a book into it. */
const TAGS_FIELD_MAX = 500

/** The helper form as typed, to show it again when something must be corrected. */
export interface HelperFormValues {
  skills: string[]
  tags: string
  description: string
  areas: string[]
  availability: string[]
  time: string
  hours: string
  visibility: string
  showContributions: boolean
  nameShown: string
}

export interface HelperInput {
  skillIds: number[]
  tags: string[]
  description: string
  wholeMunicipality: boolean
  /** In the order of the area list; the first gives the helper's location. */
  areaIds: number[]
  availability: Availability[]
  timeCommitment: TimeCommitment
  hoursPerMonth: number | null
  visibility: HelperVisibility
  showContributions: boolean
  nameShown: NameShown
}

export function helperFormValues(body: FormBody): HelperFormValues {
  return {
    skills: fieldList(body, 'skills'),
    tags: field(body, 'tags'),
    description: field(body, 'description'),
    areas: fieldList(body, 'areas'),
    availability: fieldList(body, 'availability'),
    time: field(body, 'time'),
    hours: field(body, 'hours'),
    visibility: field(body, 'visibility'),
    showContributions: fieldList(body, 'showContributions').includes('yes'),
    nameShown: field(body, 'nameShown'),
  }
}

/** Splits the tags field on commas: trimmed, inner white space collapsed, each tag once (ignoring case). */
export function splitTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const raw of text.split(',')) {
    const tag = raw.replace(/[\u0000-\u001f\u007f]/g, '').replace(/\s+/g, ' ').trim()
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase())
      tags.push(tag)
    }
  }
  return tags
}

export interface HelperFormContext {
  t: Translate
  locale: Locale
  skills: SkillRow[]
  areas: { id: number }[]
  /** Skills already on the profile: they may stay even when retired since. */
  currentSkillIds: number[]
}

/** Checks the helper form; gives the input to store, or the errors to show (each in the reader's language). */
export function validateHelperForm(values: HelperFormValues, context: HelperFormContext): { input: HelperInput; errors: [] } | { input: undefined; errors: FieldError[] } {
  const { t } = context
  const errors: FieldError[] = []

  const skillIds: number[] = []
  for (const raw of new Set(values.skills)) {
    const skill = ID.test(raw) ? context.skills.find((candidate) => candidate.id === Number(raw)) : undefined
    if (!skill) {
      errors.push({ field: 'skills', message: t('network.helper.skills.unknown') })
      break
    }
    if (skill.retired_at && !context.currentSkillIds.includes(skill.id)) {
      errors.push({ field: 'skills', message: t('network.helper.skills.retired', { skill: localized(skill.name, context.locale) }) })
      break
    }
    skillIds.push(skill.id)
  }

  let tags: string[] = []
  if (values.tags.length > TAGS_FIELD_MAX) {
    errors.push({ field: 'tags', message: t('form.tooLong', { max: TAGS_FIELD_MAX }) })
  } else {
    tags = splitTags(values.tags)
    const long = tags.find((tag) => tag.length > MAX_TAG_LENGTH)
    if (tags.length > MAX_TAGS) errors.push({ field: 'tags', message: t('network.helper.tags.tooMany', { max: MAX_TAGS, count: tags.length }) })
    else if (long) errors.push({ field: 'tags', message: t('network.helper.tags.tooLong', { max: MAX_TAG_LENGTH, tag: `${long.slice(0, 40)}…` }) })
  }
  if (skillIds.length === 0 && tags.length === 0 && !errors.some((error) => error.field === 'skills' || error.field === 'tags')) {
    errors.push({ field: 'skills', message: t('network.helper.skills.required') })
  }

  checkText(errors, t, 'description', values.description, { required: true, min: HELPER_DESCRIPTION_MIN, max: HELPER_DESCRIPTION_MAX })

  const wholeMunicipality = values.areas.includes(WHOLE_MUNICIPALITY)
  const areaIds: number[] = []
  const chosenAreas = new Set(values.areas.filter((value) => value !== WHOLE_MUNICIPALITY))
  if (values.areas.length === 0) errors.push({ field: 'areas', message: t('network.helper.areas.required') })
  else if ([...chosenAreas].some((raw) => !ID.test(raw) || !context.areas.some((area) => area.id === Number(raw)))) {
    errors.push({ field: 'areas', message: t('network.areas.unknown') })
  } else if (!wholeMunicipality) {
    // The order of the area list, so "the first area" does not depend on the order a browser sends boxes in.
    for (const area of context.areas) if (chosenAreas.has(String(area.id))) areaIds.push(area.id)
  }

  const availability = availabilities.filter((value) => values.availability.includes(value))
  if (values.availability.length === 0) errors.push({ field: 'availability', message: t('network.helper.availability.required') })
  else if (availability.length !== new Set(values.availability).size) errors.push({ field: 'availability', message: t('network.choiceUnknown') })

  const timeCommitment = timeCommitments.find((value) => value === values.time)
  if (!timeCommitment) errors.push({ field: 'time', message: t(values.time ? 'network.choiceUnknown' : 'network.helper.time.required') })

  let hoursPerMonth: number | null = null
  if (values.hours) {
    const hours = /^\d{1,3}$/.test(values.hours) ? Number(values.hours) : NaN
    if (!(hours >= 1 && hours <= MAX_HOURS_PER_MONTH)) errors.push({ field: 'hours', message: t('network.helper.hours.invalid', { max: MAX_HOURS_PER_MONTH }) })
    else hoursPerMonth = hours
  }

  const visibility = helperVisibilities.find((value) => value === values.visibility)
  if (!visibility) errors.push({ field: 'visibility', message: t(values.visibility ? 'network.choiceUnknown' : 'network.helper.visibility.required') })
  const nameShown = nameChoices.find((value) => value === values.nameShown)
  if (!nameShown) errors.push({ field: 'nameShown', message: t(values.nameShown ? 'network.choiceUnknown' : 'network.helper.nameShown.required') })

  if (errors.length > 0 || !timeCommitment || !visibility || !nameShown) return { input: undefined, errors }
  return {
    input: {
      skillIds,
      tags,
      description: values.description,
      wholeMunicipality,
      areaIds,
      availability,
      timeCommitment,
      hoursPerMonth,
      visibility,
      showContributions: values.showContributions,
      nameShown,
    },
    errors: [],
  }
}
