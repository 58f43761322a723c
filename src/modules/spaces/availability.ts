import { compareDays, type CalendarDay } from '../../platform/time/calendar-day.ts'
import { isoWeekday } from './local-time.ts'

export interface OpeningWindow {
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number
  startMinute: number
  endMinute: number
}

export interface ClosedPeriod {
  startsOn: CalendarDay
  endsOn: CalendarDay
}

/** A weekday's windows in time order, with windows that touch or overlap joined: 9–12 and 12–17 are open 9–17. */
export function openingsOn(windows: OpeningWindow[], weekday: number): { startMinute: number; endMinute: number }[] {
  const sorted = windows.filter((window) => window.weekday === weekday).sort((a, b) => a.startMinute - b.startMinute)
  const joined: { startMinute: number; endMinute: number }[] = []
  for (const window of sorted) {
    const last = joined[joined.length - 1]
    if (last && window.startMinute <= last.endMinute) last.endMinute = Math.max(last.endMinute, window.endMinute)
    else joined.push({ startMinute: window.startMinute, endMinute: window.endMinute })
  }
  return joined
}

/** Why a space cannot be used on `day` from `startMinute` to `endMinute` (local time), or undefined when it can. */
export function availabilityProblem(windows: OpeningWindow[], closures: ClosedPeriod[], day: CalendarDay, startMinute: number, endMinute: number): 'closed' | 'outside' | undefined {
  if (closures.some((closure) => compareDays(closure.startsOn, day) <= 0 && compareDays(day, closure.endsOn) <= 0)) return 'closed'
  const fits = openingsOn(windows, isoWeekday(day)).some((opening) => opening.startMinute <= startMinute && endMinute <= opening.endMinute)
  return fits ? undefined : 'outside'
}
