import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { batchedRead } from '../../../src/platform/db/batched-read.ts'

/** A read whose answers are released by hand, numbered in the order the reads started. */
function controlledRead() {
  const pending: (() => void)[] = []
  let started = 0
  const read = () => {
    const number = ++started
    return new Promise<number>((resolve) => pending.push(() => resolve(number)))
  }
  const finishNext = async () => {
    pending.shift()!()
    await new Promise((resolve) => setImmediate(resolve))
  }
  return { read, finishNext, started: () => started }
}

describe('a read shared by callers at the same moment', () => {
  it('gives a lone caller its own read', async () => {
    const control = controlledRead()
    const shared = batchedRead(control.read)
    const answer = shared()
    await control.finishNext()
    assert.equal(await answer, 1)
  })

  it('gives callers who arrive during a read the next read, one for all of them', async () => {
    const control = controlledRead()
    const shared = batchedRead(control.read)
    const first = shared()
    const later = [shared(), shared(), shared()]
    assert.equal(control.started(), 1, 'the next read waits for the running one')
    await control.finishNext()
    assert.equal(await first, 1)
    assert.equal(control.started(), 2)
    await control.finishNext()
    assert.deepEqual(await Promise.all(later), [2, 2, 2], 'never the read that began before they came')
  })

  it('goes on after a failed read', async () => {
    let calls = 0
    const shared = batchedRead(async () => {
      calls += 1
      if (calls === 1) throw new Error('verbinding weg')
      return calls
    })
    const [failed, next] = await Promise.allSettled([shared(), shared()])
    assert.equal(failed.status, 'rejected')
    assert.deepEqual(next, { status: 'fulfilled', value: 2 })
    assert.equal(await shared(), 3)
  })
})
