/**
 * The source of "now". Services take a Clock instead of calling `new Date()` themselves, so tests
 * can fix time (a deadline two working days after a Friday submission must not depend on the day
 * the test runs).
 */
export interface Clock {
  now(): Date
}

/** The real time of this machine. */
export const systemClock: Clock = {
  now: () => new Date(),
}

export interface FixedClock extends Clock {
  /** Jump to another instant. */
  set(at: Date | string): void
  /** Move forward (or, with a negative number, back) by `ms` milliseconds. */
  advance(ms: number): void
}

function toInstant(at: Date | string): number {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime()
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid instant: ${String(at)}`)
  return ms
}

/**
 * A clock for tests that stands still at `at` until told otherwise. Pass ISO strings with an
 * offset (`2026-11-27T09:00:00Z`, `2026-11-27T10:00:00+01:00`) so the instant does not depend on
 * the machine's time zone. Every `now()` returns a fresh Date, so a caller that mutates it does not
 * move the clock.
 */
export function fixedClock(at: Date | string): FixedClock {
  let current = toInstant(at)
  return {
    now: () => new Date(current),
    set(next) {
      current = toInstant(next)
    },
    advance(ms) {
      if (!Number.isFinite(ms)) throw new RangeError(`Cannot advance a clock by ${ms} ms`)
      current += ms
    },
  }
}
