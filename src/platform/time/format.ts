import { amsterdamWallClock } from './amsterdam.ts'
import { type CalendarDay, isCalendarDay } from './calendar-day.ts'

export type DisplayLocale = 'nl' | 'en'

const intlLocale: Record<DisplayLocale, string> = { nl: 'nl-NL', en: 'en-GB' }

const longDay: Record<DisplayLocale, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat(intlLocale.nl, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
  en: new Intl.DateTimeFormat(intlLocale.en, { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
}

/**
 * Short month names are our own: ICU's abbreviations change between versions (Dutch "nov." became
 * "nov", British "Sep" became "Sept"), and a page should not change with the Node version.
 * Dutch follows the Taalunie's abbreviations.
 */
const shortMonths: Record<DisplayLocale, readonly string[]> = {
  nl: ['jan.', 'feb.', 'mrt.', 'apr.', 'mei', 'jun.', 'jul.', 'aug.', 'sep.', 'okt.', 'nov.', 'dec.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
}

/**
 * A calendar day written out: "vrijdag 27 november 2026" / "Friday 27 November 2026". Weekday and
 * month names come from Intl; the order is fixed here (ICU puts a comma after the English weekday
 * in some versions and not in others).
 */
export function formatDay(day: CalendarDay, locale: DisplayLocale): string {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`)
  const date = new Date(0)
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const part of longDay[locale].formatToParts(date)) parts[part.type] = part.value
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`
}

/**
 * An instant as date and time on the clock in the Netherlands: "26 nov. 2026 18:05" /
 * "26 Nov 2026 18:05", 24-hour, whether the server runs in UTC or elsewhere.
 */
export function formatInstant(instant: Date, locale: DisplayLocale): string {
  const { year, month, day, hour, minute } = amsterdamWallClock(instant)
  const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`
  return `${day} ${shortMonths[locale][month - 1]} ${year} ${time}`
}
