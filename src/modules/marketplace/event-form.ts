import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { compareDays, isCalendarDay } from '../../platform/time/calendar-day.ts'
import { isOneOf } from '../initiatives/vocabulary.ts'
import { amsterdamInstant, formatClockTime, localTime, parseClockTime } from '../spaces/local-time.ts'
import { endOfDay, lastRegistrationDay } from './event-time.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'
import { eventStatuses, LIMITS, type EventStatus } from './vocabulary.ts'

/** The event form as typed, kept as text so it can be shown again. */
export interface EventFormValues {
  title: string
  description: string
  place: string
  date: string
  from: string
  to: string
  deadline: string
  status: string
}

export interface ValidEvent {
  title: string
  description: string
  place: string
  startsAt: Date
  endsAt: Date
  registrationClosesAt: Date
  status: EventStatus
}

export const emptyEventForm: EventFormValues = { title: '', description: '', place: '', date: '', from: '', to: '', deadline: '', status: 'draft' }

export function readEventForm(body: FormBody): EventFormValues {
  return {
    title: field(body, 'title'),
    description: field(body, 'description'),
    place: field(body, 'place'),
    date: field(body, 'date'),
    from: field(body, 'from'),
    to: field(body, 'to'),
    deadline: field(body, 'deadline'),
    status: field(body, 'status'),
  }
}

export function eventFormOf(event: MarketplaceEventRow): EventFormValues {
  const start = localTime(event.starts_at)
  const end = localTime(event.ends_at)
  return {
    title: event.title,
    description: event.description,
    place: event.place,
    date: start.day,
    from: formatClockTime(start.minute),
    to: formatClockTime(end.day === start.day ? end.minute : 1440),
    deadline: lastRegistrationDay(event.registration_closes_at),
    status: event.status,
  }
}

/** What was typed, cut to what the fields hold, to show in the form again. */
export function shownAgain(form: EventFormValues): EventFormValues {
  return {
    ...form,
    title: form.title.slice(0, LIMITS.title),
    description: form.description.slice(0, LIMITS.description),
    place: form.place.slice(0, LIMITS.place),
    date: form.date.slice(0, 10),
    from: form.from.slice(0, 5),
    to: form.to.slice(0, 5),
    deadline: form.deadline.slice(0, 10),
  }
}

/** Checks the whole form at once, each problem on its own field, in the reader's language. */
export function validateEventForm(form: EventFormValues, t: Translate): { event: ValidEvent } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  checkText(errors, t, 'title', form.title, { required: true, min: 3, max: LIMITS.title })
  checkText(errors, t, 'description', form.description, { required: true, min: 10, max: LIMITS.description })
  checkText(errors, t, 'place', form.place, { required: true, min: 3, max: LIMITS.place })

  const dayOk = isCalendarDay(form.date)
  if (!form.date) errors.push({ field: 'date', message: t('form.required') })
  else if (!dayOk) errors.push({ field: 'date', message: t('marketplace.form.date') })
  const start = parseClockTime(form.from)
  const end = parseClockTime(form.to, { endOfDay: true })
  if (start === undefined) errors.push({ field: 'from', message: t(form.from ? 'marketplace.form.time' : 'form.required') })
  if (end === undefined) errors.push({ field: 'to', message: t(form.to ? 'marketplace.form.time' : 'form.required') })
  else if (start !== undefined && end <= start) errors.push({ field: 'to', message: t('marketplace.form.timeOrder') })

  const deadlineOk = isCalendarDay(form.deadline)
  if (!form.deadline) errors.push({ field: 'deadline', message: t('form.required') })
  else if (!deadlineOk) errors.push({ field: 'deadline', message: t('marketplace.form.date') })
  else if (dayOk && compareDays(form.deadline, form.date) > 0) errors.push({ field: 'deadline', message: t('marketplace.form.deadlineAfterEvent') })

  if (!isOneOf(eventStatuses, form.status)) errors.push({ field: 'status', message: t('marketplace.form.unknownChoice') })

  let startsAt: Date | undefined
  let endsAt: Date | undefined
  if (dayOk && start !== undefined && end !== undefined && end > start) {
    startsAt = amsterdamInstant(form.date, start)
    endsAt = amsterdamInstant(form.date, end)
    if (!startsAt || !endsAt) errors.push({ field: 'from', message: t('marketplace.form.timeMissing') })
  }
  if (errors.length > 0 || !startsAt || !endsAt) return { errors }
  return {
    event: {
      title: form.title,
      description: form.description,
      place: form.place,
      startsAt,
      endsAt,
      // A deadline on the day itself closes registration when the event begins.
      registrationClosesAt: new Date(Math.min(endOfDay(form.deadline).getTime(), startsAt.getTime())),
      status: form.status as EventStatus,
    },
  }
}
