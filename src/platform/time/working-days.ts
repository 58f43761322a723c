import Holidays from 'date-holidays'
import { addDays, type CalendarDay, compareDays, dayOfWeek, isCalendarDay } from './calendar-day.ts'

/**
 * Working days for service standards ("first contact within 2 working days"): Monday to Friday,
 * except the Dutch public holidays on which a municipality's offices are closed.
 *
 * The holidays come from `date-holidays` (country NL), taking only the days it types `public`:
 * New Year's Day, Easter Sunday and Monday, King's Day (27 April, or Saturday 26 April when the 27th
 * is a Sunday; Queen's Day 30 April before 2014), Ascension Day, Whit Sunday and Monday, Christmas
 * Day and Boxing Day. The library's other NL entries are not days off:
 *
 * - Good Friday: typed `school`, so a working day. It is not among the Cao Gemeenten's eight paid
 *   holidays either (New Year's Day, King's Day, Liberation Day and the Christian holidays:
 *   Easter Monday, Ascension Day, Whit Monday, Christmas Day, Boxing Day).
 * - Liberation Day (5 May): typed `school` every year, so the library alone would make it a working
 *   day. We add it ourselves: article 6.6 of the Cao Gemeenten 2023 made 5 May a paid day off
 *   for all municipal staff every year from 2024 (civil servants of the central government already
 *   had it every year). Before 2024 the cao left it to each municipality; the common rule, advised
 *   by the Stichting van de Arbeid since 1959 and followed by most cao's, was a day off only in
 *   lustrum years (1995, 2000, … 2020), and we use that for earlier years so deadlines computed
 *   over old dates stay plausible. See `isLiberationDayOff`.
 *
 * A municipality may also close on up to two local days (e.g. carnival Monday, the Friday after
 * Ascension Day); those are not national and not modelled here.
 */

export type HolidayLocale = 'nl' | 'en'

export type HolidayNames = Readonly<Record<HolidayLocale, string>>

const library = new Holidays('NL', { types: ['public'] })
const holidaysByYear = new Map<number, ReadonlyMap<CalendarDay, HolidayNames>>()

/** The first year in which the Cao Gemeenten gives every municipal employee 5 May off. */
const liberationDayEveryYearSince = 2024

/** Whether 5 May of `year` is a day off for a municipality (only matters when it is a weekday). */
export function isLiberationDayOff(year: number): boolean {
  if (year < 1945) return false
  return year >= liberationDayEveryYearSince || year % 5 === 0
}

function holidaysIn(year: number): ReadonlyMap<CalendarDay, HolidayNames> {
  const cached = holidaysByYear.get(year)
  if (cached) return cached
  const dutch = library.getHolidays(year, 'nl')
  const english = library.getHolidays(year, 'en')
  const days = new Map<CalendarDay, HolidayNames>()
  dutch.forEach((holiday, index) => {
    if (holiday.type !== 'public') return
    // `date` is the local day as "YYYY-MM-DD 00:00:00"; `start` is its midnight in Amsterdam as a UTC instant.
    const day = holiday.date.slice(0, 10)
    const inEnglish = english[index]
    days.set(day, { nl: holiday.name, en: inEnglish && inEnglish.rule === holiday.rule ? inEnglish.name : holiday.name })
  })
  const liberationDay = `${String(year).padStart(4, '0')}-05-05`
  if (isLiberationDayOff(year) && !days.has(liberationDay)) {
    days.set(liberationDay, { nl: 'Bevrijdingsdag', en: 'Liberation Day' })
  }
  holidaysByYear.set(year, days)
  return days
}

function holidayOn(day: CalendarDay): HolidayNames | undefined {
  if (!isCalendarDay(day)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(day)}`)
  return holidaysIn(Number(day.slice(0, 4))).get(day)
}

export interface PublicHoliday {
  day: CalendarDay
  name: HolidayNames
}

/** The public holidays of `year` on which municipal offices are closed, in date order (weekend ones included). */
export function publicHolidaysIn(year: number): PublicHoliday[] {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`Not a year between 1 and 9999: ${year}`)
  return [...holidaysIn(year)]
    .map(([day, name]) => ({ day, name }))
    .sort((a, b) => compareDays(a.day, b.day))
}

/**
 * The name of the public holiday on `day` on which municipal offices are closed, or undefined.
 * Easter Sunday and Whit Sunday have names too, though a Sunday is never a working day anyway.
 */
export function publicHolidayName(day: CalendarDay, locale: HolidayLocale): string | undefined {
  return holidayOn(day)?.[locale]
}

/** Monday to Friday and not a public holiday (see the top of this file for which ones). */
export function isWorkingDay(day: CalendarDay): boolean {
  const weekday = dayOfWeek(day)
  return weekday !== 0 && weekday !== 6 && holidayOn(day) === undefined
}

/**
 * The `n`-th working day after `from`: with `n = 2`, a question submitted on Friday is due on
 * Tuesday. Whether `from` itself is a working day does not matter for `n ≥ 1` (submitted on
 * Saturday, 2 working days is also Tuesday). `n = 0` gives `from` when it is a working day, else the
 * first working day after it.
 */
export function addWorkingDays(from: CalendarDay, n: number): CalendarDay {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`The number of working days must be a whole number ≥ 0, not ${n}`)
  let day = from
  if (n === 0) {
    while (!isWorkingDay(day)) day = addDays(day, 1)
    return day
  }
  let counted = 0
  while (counted < n) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) counted += 1
  }
  return day
}

/**
 * The number of working days after `from` up to and including `to`; negative (the same count,
 * with the days swapped) when `to` comes before `from`. It undoes `addWorkingDays`: for n ≥ 1,
 * `workingDaysBetween(from, addWorkingDays(from, n)) === n`. So a case submitted on Friday and first
 * answered on the Wednesday after took 3 working days, and one answered on the same day took 0.
 */
export function workingDaysBetween(from: CalendarDay, to: CalendarDay): number {
  const order = compareDays(from, to)
  if (order > 0) return -workingDaysBetween(to, from)
  let count = 0
  for (let day = from; compareDays(day, to) < 0; ) {
    day = addDays(day, 1)
    if (isWorkingDay(day)) count += 1
  }
  return count
}
