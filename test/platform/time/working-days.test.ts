import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { addDays, calendarDayInAmsterdam } from '../../../src/platform/time/calendar-day.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import {
  addWorkingDays,
  isLiberationDayOff,
  isWorkingDay,
  publicHolidayName,
  publicHolidaysIn,
  workingDaysBetween,
} from '../../../src/platform/time/working-days.ts'

/** The service standard of the issue: first contact within 2 working days of submission. */
const firstContactDue = (submitted: string) => addWorkingDays(submitted, 2)

describe('the Dutch public holidays on which the municipality is closed', () => {
  it('are, in 2026, the nine days date-holidays types "public" plus Liberation Day', () => {
    assert.deepEqual(
      publicHolidaysIn(2026).map(({ day, name }) => `${day} ${name.nl} / ${name.en}`),
      [
        "2026-01-01 Nieuwjaar / New Year's Day",
        '2026-04-05 Pasen / Easter Sunday',
        '2026-04-06 Tweede paasdag / Easter Monday',
        "2026-04-27 Koningsdag / King's Day",
        '2026-05-05 Bevrijdingsdag / Liberation Day',
        '2026-05-14 Hemelvaartsdag / Ascension Day',
        '2026-05-24 Pinksteren / Pentecost',
        '2026-05-25 Tweede pinksterdag / Whit Monday',
        '2026-12-25 Kerstmis / Christmas Day',
        '2026-12-26 Tweede kerstdag / Boxing Day',
      ],
    )
  })

  it('names a holiday in Dutch or English, and nothing on an ordinary day', () => {
    assert.equal(publicHolidayName('2027-05-06', 'nl'), 'Hemelvaartsdag')
    assert.equal(publicHolidayName('2027-05-06', 'en'), 'Ascension Day')
    assert.equal(publicHolidayName('2026-11-27', 'nl'), undefined)
  })

  it('include Easter Monday, Whit Monday, Ascension Day, Christmas and New Year as days off', () => {
    for (const day of ['2026-04-06', '2026-05-25', '2026-05-14', '2026-12-25', '2027-01-01', '2027-03-29', '2027-05-06', '2027-05-17']) {
      assert.equal(isWorkingDay(day), false, day)
    }
  })

  it('do not include Good Friday: the library types it "school", nor is it a paid holiday in the Cao Gemeenten', () => {
    for (const day of ['2025-04-18', '2026-04-03', '2027-03-26']) {
      assert.equal(isWorkingDay(day), true, day)
      assert.equal(publicHolidayName(day, 'nl'), undefined, day)
    }
  })

  it("put King's Day on 27 April, or on Saturday 26 April when the 27th is a Sunday", () => {
    assert.equal(publicHolidayName('2026-04-27', 'en'), "King's Day") // a Monday
    assert.equal(isWorkingDay('2026-04-27'), false)
    assert.equal(publicHolidayName('2027-04-27', 'en'), "King's Day") // a Tuesday
    assert.equal(isWorkingDay('2027-04-27'), false)
    assert.equal(publicHolidayName('2025-04-26', 'nl'), 'Koningsdag') // 27 April 2025 is a Sunday
    assert.equal(publicHolidayName('2025-04-27', 'nl'), undefined)
    assert.equal(publicHolidayName('2014-04-26', 'nl'), 'Koningsdag')
  })

  it("had Queen's Day on 30 April before 2014", () => {
    assert.equal(publicHolidayName('2013-04-30', 'en'), "Queen's Day")
    assert.equal(isWorkingDay('2013-04-30'), false)
  })

  it('make Liberation Day (5 May) a day off every year since 2024 (Cao Gemeenten art. 6.6), before that in lustrum years only', () => {
    assert.equal(isWorkingDay('2026-05-05'), false) // a Tuesday
    assert.equal(isWorkingDay('2027-05-05'), false) // a Wednesday
    assert.equal(isWorkingDay('2025-05-05'), false) // a Monday, also a lustrum year
    assert.equal(publicHolidayName('2026-05-05', 'nl'), 'Bevrijdingsdag')
    assert.equal(isWorkingDay('2020-05-05'), false) // lustrum year
    assert.equal(isWorkingDay('2023-05-05'), true) // a Friday, not a lustrum year
    assert.equal(publicHolidayName('2023-05-05', 'en'), undefined)
    assert.deepEqual([2019, 2020, 2023, 2024, 2031].map(isLiberationDayOff), [false, true, false, true, true])
  })
})

describe('working days', () => {
  it('are Monday to Friday', () => {
    assert.equal(isWorkingDay('2026-11-27'), true) // Friday
    assert.equal(isWorkingDay('2026-11-28'), false) // Saturday
    assert.equal(isWorkingDay('2026-11-29'), false) // Sunday
    assert.equal(isWorkingDay('2026-11-30'), true) // Monday
  })

  it('refuse a day that does not exist', () => {
    assert.throws(() => isWorkingDay('2026-02-30'), RangeError)
    assert.throws(() => addWorkingDays('2026-13-01', 2), RangeError)
    assert.throws(() => publicHolidayName('2026-02-29', 'nl'), RangeError)
  })
})

describe('first contact within 2 working days of submission', () => {
  it('a question submitted on Monday is due on Wednesday', () => {
    assert.equal(firstContactDue('2026-11-23'), '2026-11-25')
  })

  it('a question submitted on Friday is due on Tuesday', () => {
    assert.equal(firstContactDue('2026-11-27'), '2026-12-01')
  })

  it('a question submitted on Saturday or Sunday is also due on Tuesday', () => {
    assert.equal(firstContactDue('2026-11-28'), '2026-12-01')
    assert.equal(firstContactDue('2026-11-29'), '2026-12-01')
  })

  it('submitted on Thursday 24 December 2026: Christmas (Fri) and Boxing Day (Sat) are skipped, due Tuesday 29 December', () => {
    assert.equal(firstContactDue('2026-12-24'), '2026-12-29')
  })

  it('submitted on Thursday 31 December 2026: New Year (Fri 1 January) is skipped, due Tuesday 5 January 2027', () => {
    assert.equal(firstContactDue('2026-12-31'), '2027-01-05')
  })

  it('submitted on the Thursday before Easter 2027 (25 March): Good Friday counts, Easter Monday does not, due Tuesday 30 March', () => {
    assert.equal(addWorkingDays('2027-03-25', 1), '2027-03-26')
    assert.equal(firstContactDue('2027-03-25'), '2027-03-30')
  })

  it("submitted on Friday 24 April 2026: King's Day (Mon 27 April) is skipped, due Wednesday 29 April", () => {
    assert.equal(firstContactDue('2026-04-24'), '2026-04-29')
  })

  it("submitted on Friday 25 April 2025: King's Day fell on Saturday 26 April, so it changes nothing, due Tuesday 29 April", () => {
    assert.equal(firstContactDue('2025-04-25'), '2025-04-29')
  })

  it('submitted on Tuesday 4 May 2027: Liberation Day (Wed) and Ascension Day (Thu 6 May) are skipped, due Monday 10 May', () => {
    assert.equal(firstContactDue('2027-05-04'), '2027-05-10')
  })

  it('submitted on Wednesday 5 May 2027, a holiday itself: due Monday 10 May as well', () => {
    assert.equal(firstContactDue('2027-05-05'), '2027-05-10')
  })

  it('submitted on Friday 14 May 2027: Whit Monday (17 May) is skipped, due Wednesday 19 May', () => {
    assert.equal(firstContactDue('2027-05-14'), '2027-05-19')
  })

  it('is counted from the day of submission in the Netherlands, not in UTC', () => {
    // Thursday 23:30 UTC in winter is already Friday 00:30 in Esveld.
    const clock = fixedClock('2026-11-26T23:30:00Z')
    const submitted = calendarDayInAmsterdam(clock.now())
    assert.equal(submitted, '2026-11-27')
    assert.equal(firstContactDue(submitted), '2026-12-01')
  })
})

describe('adding working days', () => {
  it('adding 0 gives the day itself when it is a working day, else the next working day', () => {
    assert.equal(addWorkingDays('2026-11-27', 0), '2026-11-27')
    assert.equal(addWorkingDays('2026-11-28', 0), '2026-11-30')
    assert.equal(addWorkingDays('2026-12-25', 0), '2026-12-28')
  })

  it('refuses a negative or fractional number of working days', () => {
    assert.throws(() => addWorkingDays('2026-11-27', -1), RangeError)
    assert.throws(() => addWorkingDays('2026-11-27', 1.5), RangeError)
    assert.throws(() => addWorkingDays('2026-11-27', Number.NaN), RangeError)
  })

  it('crosses years: 10 working days from 18 December 2026 is 5 January 2027', () => {
    // 21, 22, 23, 24, 28, 29, 30, 31 December, 4, 5 January
    assert.equal(addWorkingDays('2026-12-18', 10), '2027-01-05')
  })
})

describe('counting working days between two days', () => {
  it('counts the working days after `from` up to and including `to`', () => {
    assert.equal(workingDaysBetween('2026-11-27', '2026-11-27'), 0)
    assert.equal(workingDaysBetween('2026-11-27', '2026-11-28'), 0)
    assert.equal(workingDaysBetween('2026-11-27', '2026-11-30'), 1)
    assert.equal(workingDaysBetween('2026-11-27', '2026-12-02'), 3)
    assert.equal(workingDaysBetween('2026-12-24', '2026-12-29'), 2)
  })

  it('is negative when `to` comes first', () => {
    assert.equal(workingDaysBetween('2026-12-01', '2026-11-27'), -2)
  })

  it('undoes adding working days, every day of 2026 and 2027, for 1 to 10 working days', () => {
    for (let day = '2026-01-01'; day <= '2027-12-31'; day = addDays(day, 1)) {
      for (let n = 1; n <= 10; n += 1) {
        const due = addWorkingDays(day, n)
        assert.equal(isWorkingDay(due), true, `${day} + ${n}`)
        assert.equal(workingDaysBetween(day, due), n, `${day} + ${n} = ${due}`)
        assert.equal(workingDaysBetween(day, addDays(due, -1)), n - 1, `${day} + ${n}: the day before ${due}`)
      }
      assert.equal(addWorkingDays(day, 0) === day, isWorkingDay(day), day)
    }
  })

  it('has between 250 and 256 working days in a year', () => {
    for (const year of [2025, 2026, 2027, 2028, 2029, 2030]) {
      const count = workingDaysBetween(`${year - 1}-12-31`, `${year}-12-31`)
      assert.ok(count >= 250 && count <= 256, `${year}: ${count}`)
    }
  })
})
