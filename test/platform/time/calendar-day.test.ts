import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import {
  addDays,
  calendarDay,
  calendarDayInAmsterdam,
  compareDays,
  dayOfWeek,
  daysBetween,
  isCalendarDay,
} from '../../../src/platform/time/calendar-day.ts'

const inAmsterdam = (iso: string) => calendarDayInAmsterdam(new Date(iso))

describe('the day it is in the Netherlands', () => {
  it('in winter (CET, UTC+1) the new day starts at 23:00 UTC', () => {
    assert.equal(inAmsterdam('2026-01-15T00:00:00Z'), '2026-01-15')
    assert.equal(inAmsterdam('2026-01-15T22:59:59.999Z'), '2026-01-15')
    assert.equal(inAmsterdam('2026-01-15T23:00:00Z'), '2026-01-16')
  })

  it('in summer (CEST, UTC+2) the new day starts at 22:00 UTC', () => {
    assert.equal(inAmsterdam('2026-07-01T00:00:00Z'), '2026-07-01')
    assert.equal(inAmsterdam('2026-07-01T21:59:59.999Z'), '2026-07-01')
    assert.equal(inAmsterdam('2026-07-01T22:00:00Z'), '2026-07-02')
  })

  it('New Year begins an hour before it does in UTC', () => {
    assert.equal(inAmsterdam('2026-12-31T22:59:00Z'), '2026-12-31')
    assert.equal(inAmsterdam('2026-12-31T23:30:00Z'), '2027-01-01')
  })

  it('follows the clock change on the last Sundays of March and October', () => {
    // 29 March 2026: clocks go from 02:00 CET to 03:00 CEST (01:00 UTC).
    assert.equal(inAmsterdam('2026-03-28T22:59:00Z'), '2026-03-28')
    assert.equal(inAmsterdam('2026-03-28T23:00:00Z'), '2026-03-29')
    assert.equal(inAmsterdam('2026-03-29T21:59:00Z'), '2026-03-29')
    assert.equal(inAmsterdam('2026-03-29T22:00:00Z'), '2026-03-30')
    // 25 October 2026: clocks go from 03:00 CEST back to 02:00 CET (01:00 UTC).
    assert.equal(inAmsterdam('2026-10-24T21:59:00Z'), '2026-10-24')
    assert.equal(inAmsterdam('2026-10-24T22:00:00Z'), '2026-10-25')
    assert.equal(inAmsterdam('2026-10-25T22:59:00Z'), '2026-10-25')
    assert.equal(inAmsterdam('2026-10-25T23:00:00Z'), '2026-10-26')
  })

  it('does not depend on the time zone the server runs in', () => {
    const original = process.env.TZ
    try {
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
        process.env.TZ = zone
        assert.equal(inAmsterdam('2026-07-01T22:30:00Z'), '2026-07-02', zone)
        assert.equal(inAmsterdam('2026-01-15T22:30:00Z'), '2026-01-15', zone)
      }
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })

  it('refuses an invalid Date', () => {
    assert.throws(() => calendarDayInAmsterdam(new Date('not a date')), RangeError)
  })
})

describe('calendar days as YYYY-MM-DD', () => {
  it('accepts days that exist, including 29 February in leap years', () => {
    for (const day of ['2026-11-27', '2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) {
      assert.equal(isCalendarDay(day), true, day)
    }
  })

  it('rejects days that do not exist and other spellings', () => {
    const invalid = [
      '2026-02-30', '2026-02-29', '1900-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00',
      '2026-1-5', '26-01-05', '27-11-2026', '2026/11/27', '2026-11-27T00:00:00Z', ' 2026-11-27', '2026-11-27\n', '0000-01-01', '',
    ]
    for (const value of invalid) assert.equal(isCalendarDay(value), false, JSON.stringify(value))
  })

  it('builds a day from year, month and day, and refuses one that does not exist', () => {
    assert.equal(calendarDay(2026, 5, 5), '2026-05-05')
    assert.throws(() => calendarDay(2026, 2, 30), RangeError)
  })

  it('compares days in calendar order, so they sort', () => {
    assert.ok(compareDays('2026-12-24', '2026-12-29') < 0)
    assert.ok(compareDays('2027-01-01', '2026-12-31') > 0)
    assert.equal(compareDays('2026-11-27', '2026-11-27'), 0)
    assert.deepEqual(['2027-01-01', '2026-02-01', '2026-12-31'].sort(compareDays), ['2026-02-01', '2026-12-31', '2027-01-01'])
    assert.throws(() => compareDays('2026-02-30', '2026-03-01'), RangeError)
  })

  it('adds and subtracts calendar days across months, years and leap days', () => {
    assert.equal(addDays('2026-12-31', 1), '2027-01-01')
    assert.equal(addDays('2027-01-01', -1), '2026-12-31')
    assert.equal(addDays('2028-02-28', 1), '2028-02-29')
    assert.equal(addDays('2026-02-28', 1), '2026-03-01')
    assert.equal(addDays('2026-11-27', 0), '2026-11-27')
    assert.equal(addDays('2026-11-27', 365), '2027-11-27')
  })

  it('is not confused by the clock change: a day is a day', () => {
    assert.equal(addDays('2026-03-28', 1), '2026-03-29')
    assert.equal(addDays('2026-03-29', 1), '2026-03-30')
    assert.equal(addDays('2026-10-25', 1), '2026-10-26')
  })

  it('refuses invalid days, fractions of days and results past year 9999', () => {
    assert.throws(() => addDays('2026-02-30', 1), RangeError)
    assert.throws(() => addDays('2026-11-27', 1.5), RangeError)
    assert.throws(() => addDays('9999-12-31', 1), RangeError)
    assert.throws(() => addDays('0001-01-01', -1), RangeError)
  })

  it('counts the days from a to b, negative when b comes first', () => {
    assert.equal(daysBetween('2026-12-24', '2026-12-29'), 5)
    assert.equal(daysBetween('2026-12-29', '2026-12-24'), -5)
    assert.equal(daysBetween('2026-11-27', '2026-11-27'), 0)
    assert.equal(daysBetween('2028-01-01', '2029-01-01'), 366)
    assert.equal(daysBetween('2026-03-01', '2026-11-01'), 245)
  })

  it('knows the day of the week (0 = Sunday)', () => {
    assert.equal(dayOfWeek('2026-11-27'), 5)
    assert.equal(dayOfWeek('2026-11-29'), 0)
    assert.equal(dayOfWeek('2028-02-29'), 2)
  })
})
