import { amsterdamWallClock } from './amsterdam.ts'

/**
 * A day on the calendar, without a time or a time zone, as `YYYY-MM-DD` (years 0001–9999): the
 * same text PostgreSQL's `date` columns give us. Instants (`Date`, `timestamptz`) are stored in UTC;
 * a CalendarDay is what a person in the Netherlands means by "Friday 27 November".
 * Check untrusted input with `isCalendarDay` before using it as one.
 */
export type CalendarDay = string

const shape = /^(\d{4})-(\d{2})-(\d{2})$/
const msPerDay = 86_400_000

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** True for a day that exists: `2028-02-29` yes, `2026-02-29`, `2026-02-30`, `2026-13-01`, `2026-1-5` no. */
export function isCalendarDay(value: string): value is CalendarDay {
  const match = shape.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
}

function assertCalendarDay(value: string): void {
  if (!isCalendarDay(value)) throw new RangeError(`Not a calendar day (YYYY-MM-DD): ${JSON.stringify(value)}`)
}

export function calendarDay(year: number, month: number, day: number): CalendarDay {
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  assertCalendarDay(text)
  return text
}

/** Days since 1970-01-01 (negative before), counted on the proleptic Gregorian calendar. */
function toEpochDay(day: CalendarDay): number {
  assertCalendarDay(day)
  const date = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)))
  return Math.round(date.getTime() / msPerDay)
}

function fromEpochDay(epochDay: number): CalendarDay {
  const date = new Date(epochDay * msPerDay)
  return calendarDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())
}

/** The day it is in the Netherlands at `instant`: 2026-07-01T22:30Z is already 2 July there (CEST, +2). */
export function calendarDayInAmsterdam(instant: Date): CalendarDay {
  const { year, month, day } = amsterdamWallClock(instant)
  return calendarDay(year, month, day)
}

/** Negative when `a` comes first, 0 for the same day, positive when `a` comes later; fits `Array.prototype.sort`. */
export function compareDays(a: CalendarDay, b: CalendarDay): number {
  assertCalendarDay(a)
  assertCalendarDay(b)
  return a < b ? -1 : a > b ? 1 : 0
}

/** The day `n` calendar days after `day` (before it when `n` is negative). */
export function addDays(day: CalendarDay, n: number): CalendarDay {
  if (!Number.isInteger(n)) throw new RangeError(`Can only add a whole number of days, not ${n}`)
  return fromEpochDay(toEpochDay(day) + n)
}

/** How many days `b` lies after `a`: `daysBetween('2026-12-24', '2026-12-29') === 5`; negative when `b` comes first. */
export function daysBetween(a: CalendarDay, b: CalendarDay): number {
  return toEpochDay(b) - toEpochDay(a)
}

/** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
export function dayOfWeek(day: CalendarDay): number {
  return new Date(toEpochDay(day) * msPerDay).getUTCDay()
}
