import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { MessageKey, Translate } from '../../platform/i18n/translate.ts'
import { isCalendarDay } from '../../platform/time/calendar-day.ts'
import type { BookingProblem, BookingRequest } from './booking-service.ts'
import type { BookingFormValues } from './booking-views.tsx'
import { parseClockTime } from './local-time.ts'
import { LIMITS } from './vocabulary.ts'

export function readBookingForm(body: FormBody): BookingFormValues {
  return { date: field(body, 'date'), from: field(body, 'from'), to: field(body, 'to'), people: field(body, 'people'), purpose: field(body, 'purpose'), initiative: field(body, 'initiative') }
}

/** Checks what can be checked without the space: the shape of the date, times and numbers. */
export function validateBookingForm(form: BookingFormValues, locale: Locale, t: Translate): { request: BookingRequest } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  if (!form.date) errors.push({ field: 'date', message: t('form.required') })
  else if (!isCalendarDay(form.date)) errors.push({ field: 'date', message: t('spaces.form.date') })
  const start = parseClockTime(form.from)
  const end = parseClockTime(form.to, { endOfDay: true })
  if (start === undefined) errors.push({ field: 'from', message: t(form.from ? 'spaces.form.time' : 'form.required') })
  if (end === undefined) errors.push({ field: 'to', message: t(form.to ? 'spaces.form.time' : 'form.required') })
  else if (start !== undefined && end <= start) errors.push({ field: 'to', message: t('spaces.book.problem.order') })
  const people = /^\d{1,6}$/.test(form.people) ? Number(form.people) : NaN
  if (!form.people) errors.push({ field: 'people', message: t('form.required') })
  else if (!(people >= 1 && people <= LIMITS.capacity)) errors.push({ field: 'people', message: t('spaces.book.people.invalid') })
  checkText(errors, t, 'purpose', form.purpose, { required: true, min: 3, max: LIMITS.purpose })
  if (form.initiative && !/^\d{1,15}$/.test(form.initiative)) errors.push({ field: 'initiative', message: t('spaces.form.unknownChoice') })
  if (errors.length > 0) return { errors }
  return {
    request: {
      day: form.date,
      startMinute: start!,
      endMinute: end!,
      peopleCount: people,
      purpose: form.purpose,
      initiativeId: form.initiative ? Number(form.initiative) : null,
      locale,
    },
  }
}

/** Each refusal of the service, on the field the person should change. */
export const problemField: Record<BookingProblem, { field: string; message: MessageKey }> = {
  own: { field: 'date', message: 'spaces.book.problem.own' },
  past: { field: 'date', message: 'spaces.book.problem.past' },
  tooFar: { field: 'date', message: 'spaces.book.problem.tooFar' },
  invalidTime: { field: 'from', message: 'spaces.book.problem.invalidTime' },
  closed: { field: 'date', message: 'spaces.book.problem.closed' },
  outside: { field: 'from', message: 'spaces.book.problem.outside' },
  capacity: { field: 'people', message: 'spaces.book.problem.capacity' },
  initiative: { field: 'initiative', message: 'spaces.form.unknownChoice' },
  overlap: { field: 'from', message: 'spaces.book.problem.overlap' },
}
