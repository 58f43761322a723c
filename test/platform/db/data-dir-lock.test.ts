import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { DataDirLockedError, lockDataDir } from '../../../src/platform/db/data-dir-lock.ts'

describe('the data directory lock', () => {
  it('refuses a second owner while the first process runs', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-lock-'))
    // The test runner's parent is alive: pretend it holds the lock.
    fs.writeFileSync(path.join(dir, 'noaber.lock'), String(process.ppid))
    assert.throws(() => lockDataDir(dir), (error: unknown) => error instanceof DataDirLockedError && error.message.includes(dir))
    fs.rmSync(dir, { recursive: true })
  })

  it('takes over a lock left by a process that no longer runs, and releases it', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-lock-'))
    fs.writeFileSync(path.join(dir, 'noaber.lock'), '2147483646')
    const release = lockDataDir(dir)
    assert.equal(fs.readFileSync(path.join(dir, 'noaber.lock'), 'utf8'), String(process.pid))
    release()
    assert.equal(fs.existsSync(path.join(dir, 'noaber.lock')), false)
    fs.rmSync(dir, { recursive: true })
  })
})
