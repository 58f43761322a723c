import { TZDate } from '@date-fns/tz'
import { addDays, calendarDay, dayOfWeek, type CalendarDay } from '../../platform/time/calendar-day.ts'
import { formatDay, type DisplayLocale } from '../../platform/time/format.ts'

/**
 * Times of day as people in the Netherlands mean them ("Tuesday 19:30"), and the instants they
 * stand for. Opening windows and the times someone asks for are minutes after local midnight;
 * bookings are stored as instants. @date-fns/tz knows the daylight-saving rules.
 */

const MINUTES_PER_DAY = 1440
/** The one time zone Noaber shows (DESIGN.md: stored in UTC, shown in Europe/Amsterdam). */
const ZONE = 'Europe/Amsterdam'
const CLOCK_TIME = /^(\d{1,2})[:.](\d{2})$/

/** "9:30", "09:30" or "09.30" as minutes after midnight; "24:00" only where a time may end the day. */
export function parseClockTime(text: string, { endOfDay = false } = {}): number | undefined {
  const match = CLOCK_TIME.exec(text.trim())
  if (!match) return undefined
  const hours = Number(match[1])
  const minutes = Number(match[2])
  if (minutes > 59) return undefined
  if (hours === 24 && minutes === 0 && endOfDay) return MINUTES_PER_DAY
  return hours <= 23 ? hours * 60 + minutes : undefined
}

export function formatClockTime(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`
}

/** ISO weekday of a calendar day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(day: CalendarDay): number {
  return dayOfWeek(day) || 7
}

/**
 * The instant at which the clock in the Netherlands shows `minute` on `day`; minute 1440 is the
 * next midnight. Undefined for a time that does not exist there (the hour skipped when summer time starts).
 */
export function amsterdamInstant(day: CalendarDay, minute: number): Date | undefined {
  const [date, at] = minute === MINUTES_PER_DAY ? [addDays(day, 1), 0] : [day, minute]
  const [year, month, dayOfMonth] = date.split('-').map(Number) as [number, number, number]
  const instant = new Date(new TZDate(year, month - 1, dayOfMonth, Math.floor(at / 60), at % 60, ZONE).getTime())
  const shown = localTime(instant)
  return shown.day === date && shown.minute === at ? instant : undefined
}

/** The local calendar day and minute after midnight of an instant. */
export function localTime(instant: Date): { day: CalendarDay; minute: number } {
  const local = new TZDate(instant.getTime(), ZONE)
  return { day: calendarDay(local.getFullYear(), local.getMonth() + 1, local.getDate()), minute: local.getHours() * 60 + local.getMinutes() }
}

/** A booking's day and times as people read them: "vrijdag 4 december 2026, 19:00–21:00". */
export function formatBookingTime(startsAt: Date, endsAt: Date, locale: DisplayLocale): string {
  const start = localTime(startsAt)
  const end = localTime(endsAt)
  const endMinute = end.day !== start.day && end.minute === 0 ? MINUTES_PER_DAY : end.minute
  return `${formatDay(start.day, locale)}, ${formatClockTime(start.minute)}\u2013${formatClockTime(endMinute)}`
}
