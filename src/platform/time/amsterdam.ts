/**
 * The wall-clock fields of an instant in Europe/Amsterdam, the one time zone Noaber shows. Intl
 * (with the full ICU data that Node ships) knows the daylight-saving rules, so we never add
 * offsets by hand. Internal to `src/platform/time/`.
 */
export const displayTimeZone = 'Europe/Amsterdam'

export interface WallClock {
  year: number
  /** 1–12 */
  month: number
  day: number
  /** 0–23 */
  hour: number
  minute: number
}

const fields = new Intl.DateTimeFormat('en-US', {
  timeZone: displayTimeZone,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
  era: 'short',
})

export function amsterdamWallClock(instant: Date): WallClock {
  if (Number.isNaN(instant.getTime())) throw new RangeError('Not a valid instant: Invalid Date')
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {}
  for (const part of fields.formatToParts(instant)) parts[part.type] = part.value
  const year = Number(parts.year)
  return {
    // Intl counts years before 1 AD backwards with era "BC"; CalendarDay only covers 0001–9999 anyway.
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
  }
}
