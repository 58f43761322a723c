import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { fixedClock, systemClock } from '../../../src/platform/time/clock.ts'

describe('clocks', () => {
  it('the system clock tells the real time', () => {
    const before = Date.now()
    const now = systemClock.now().getTime()
    assert.ok(now >= before && now <= Date.now())
  })

  it('a fixed clock stands still at the instant it was given, as a Date or an ISO string', () => {
    const clock = fixedClock('2026-11-27T09:00:00Z')
    assert.equal(clock.now().toISOString(), '2026-11-27T09:00:00.000Z')
    assert.equal(clock.now().toISOString(), '2026-11-27T09:00:00.000Z')
    assert.equal(fixedClock(new Date('2026-11-27T10:00:00+01:00')).now().toISOString(), '2026-11-27T09:00:00.000Z')
  })

  it('can be set to another instant and advanced by milliseconds', () => {
    const clock = fixedClock('2026-11-27T09:00:00Z')
    clock.advance(90 * 60_000)
    assert.equal(clock.now().toISOString(), '2026-11-27T10:30:00.000Z')
    clock.advance(-30 * 60_000)
    assert.equal(clock.now().toISOString(), '2026-11-27T10:00:00.000Z')
    clock.set(new Date('2027-01-01T00:00:00Z'))
    assert.equal(clock.now().toISOString(), '2027-01-01T00:00:00.000Z')
  })

  it('does not move when a caller changes the Date it got', () => {
    const clock = fixedClock('2026-11-27T09:00:00Z')
    clock.now().setUTCFullYear(1999)
    assert.equal(clock.now().toISOString(), '2026-11-27T09:00:00.000Z')
  })

  it('does not keep a reference to the Date it was given', () => {
    const at = new Date('2026-11-27T09:00:00Z')
    const clock = fixedClock(at)
    at.setUTCFullYear(1999)
    assert.equal(clock.now().toISOString(), '2026-11-27T09:00:00.000Z')
  })

  it('refuses instants that are not instants', () => {
    assert.throws(() => fixedClock('next Friday'), RangeError)
    assert.throws(() => fixedClock(new Date(Number.NaN)), RangeError)
    assert.throws(() => fixedClock('2026-11-27T09:00:00Z').set('soon'), RangeError)
    assert.throws(() => fixedClock('2026-11-27T09:00:00Z').advance(Number.NaN), RangeError)
  })
})
