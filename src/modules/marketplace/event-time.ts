import { addDays, calendarDayInAmsterdam, type CalendarDay } from '../../platform/time/calendar-day.ts'
import { formatDay, type DisplayLocale } from '../../platform/time/format.ts'
import { amsterdamInstant, formatBookingTime, localTime } from '../spaces/local-time.ts'

/**
 * When an event happens, as people in the Netherlands mean it: a day with a start and end time on
 * the clock there (the spaces module's local times, which know summer time), stored as instants.
 */

/** The instant registration closes when the last day to register is `day`: the midnight after it. */
export function endOfDay(day: CalendarDay): Date {
  return amsterdamInstant(addDays(day, 1), 0)!
}

/** The last day on which one can register, for a closing instant made by `endOfDay`. */
export function lastRegistrationDay(closesAt: Date): CalendarDay {
  return calendarDayInAmsterdam(new Date(closesAt.getTime() - 1))
}

/** "vrijdag 12 maart 2027, 16:00–18:00" */
export function formatEventTime(startsAt: Date, endsAt: Date, locale: DisplayLocale): string {
  return formatBookingTime(startsAt, endsAt, locale)
}

export function formatLastRegistrationDay(closesAt: Date, locale: DisplayLocale): string {
  return formatDay(lastRegistrationDay(closesAt), locale)
}

/** Whether `now` falls on the (local) day the event starts. */
export function isEventDay(startsAt: Date, now: Date): boolean {
  return localTime(startsAt).day === localTime(now).day
}
