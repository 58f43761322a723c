import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { formatDay, formatInstant } from '../../../src/platform/time/format.ts'

describe('days written out for people', () => {
  it('names the weekday, day, month and year', () => {
    assert.equal(formatDay('2026-11-27', 'nl'), 'vrijdag 27 november 2026')
    assert.equal(formatDay('2026-11-27', 'en'), 'Friday 27 November 2026')
    assert.equal(formatDay('2027-01-01', 'nl'), 'vrijdag 1 januari 2027')
    assert.equal(formatDay('2026-05-05', 'en'), 'Tuesday 5 May 2026')
  })

  it('refuses a day that does not exist', () => {
    assert.throws(() => formatDay('2026-02-30', 'nl'), RangeError)
  })
})

describe('instants shown on the clock in the Netherlands', () => {
  it('shows a UTC instant in Dutch winter time (UTC+1)', () => {
    const instant = new Date('2026-11-26T17:05:00Z')
    assert.equal(formatInstant(instant, 'nl'), '26 nov. 2026 18:05')
    assert.equal(formatInstant(instant, 'en'), '26 Nov 2026 18:05')
  })

  it('shows summer time (UTC+2), with the date moving past midnight', () => {
    const instant = new Date('2026-07-01T22:30:00Z')
    assert.equal(formatInstant(instant, 'nl'), '2 jul. 2026 00:30')
    assert.equal(formatInstant(instant, 'en'), '2 Jul 2026 00:30')
  })

  it('uses the 24-hour clock with two-digit hours and minutes', () => {
    assert.equal(formatInstant(new Date('2026-03-02T08:07:00Z'), 'nl'), '2 mrt. 2026 09:07')
    assert.equal(formatInstant(new Date('2026-05-05T11:00:00Z'), 'nl'), '5 mei 2026 13:00')
    assert.equal(formatInstant(new Date('2026-09-14T21:59:00Z'), 'en'), '14 Sep 2026 23:59')
  })

  it('refuses an invalid Date', () => {
    assert.throws(() => formatInstant(new Date(Number.NaN), 'nl'), RangeError)
  })
})
