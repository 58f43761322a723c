import { isOneOf } from '../initiatives/vocabulary.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { addDays, compareDays, isCalendarDay, type CalendarDay } from '../../platform/time/calendar-day.ts'
import { LIMITS, postCategories, postKinds, type PostCategory, type PostKind } from './vocabulary.ts'

/** The post form as typed: every field a string, as it comes back when the form is shown again. */
export interface PostForm {
  kind: string
  title: string
  description: string
  area: string
  category: string
  neededBy: string
}

/** A checked post, ready to store. */
export interface PostInput {
  kind: PostKind
  title: string
  description: string
  areaId: number
  category: PostCategory
  neededBy: CalendarDay | null
}

export function readPostForm(body: FormBody): PostForm {
  return {
    kind: field(body, 'kind'),
    // One line: the title also becomes a mail subject and a conversation subject.
    title: field(body, 'title').replace(/\s+/g, ' '),
    description: field(body, 'description'),
    area: field(body, 'area'),
    category: field(body, 'category'),
    neededBy: field(body, 'neededBy'),
  }
}

/** A date as a date field sends it (2026-12-24), or as people type it where there is no date picker (24-12-2026). */
export function parseDay(raw: string): CalendarDay | undefined {
  if (isCalendarDay(raw)) return raw
  const typed = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(raw)
  if (!typed) return undefined
  const text = `${typed[3]}-${typed[2]!.padStart(2, '0')}-${typed[1]!.padStart(2, '0')}`
  return isCalendarDay(text) ? text : undefined
}

/** Checks the form against the municipality's areas and today's date; every problem gets a message in the reader's language. */
export function validatePostForm(form: PostForm, areas: { id: number; slug: string }[], today: CalendarDay, t: Translate): { input: PostInput } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  if (!isOneOf(postKinds, form.kind)) errors.push({ field: 'kind', message: t('neighbourRequests.error.kind') })
  checkText(errors, t, 'title', form.title, { required: true, ...LIMITS.title })
  checkText(errors, t, 'description', form.description, { required: true, ...LIMITS.description })
  const area = areas.find((candidate) => candidate.slug === form.area)
  if (!area) errors.push({ field: 'area', message: t('neighbourRequests.error.area') })
  if (!isOneOf(postCategories, form.category)) errors.push({ field: 'category', message: t('neighbourRequests.error.category') })
  const neededBy = form.neededBy ? parseDay(form.neededBy) : null
  if (neededBy === undefined) errors.push({ field: 'neededBy', message: t('neighbourRequests.error.date') })
  else if (neededBy !== null && compareDays(neededBy, today) < 0) errors.push({ field: 'neededBy', message: t('neighbourRequests.error.datePast') })
  else if (neededBy !== null && compareDays(neededBy, addDays(today, LIMITS.neededByDaysAhead)) > 0) errors.push({ field: 'neededBy', message: t('neighbourRequests.error.dateFar') })
  if (errors.length > 0 || !area || !isOneOf(postKinds, form.kind) || !isOneOf(postCategories, form.category) || neededBy === undefined) return { errors }
  return { input: { kind: form.kind, title: form.title, description: form.description, areaId: area.id, category: form.category, neededBy } }
}
