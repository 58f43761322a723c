import assert from 'node:assert/strict'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { createTestDatabase } from '../support/databases.ts'
import { runNoaber, startServer } from '../support/server-process.ts'

function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-cli-'))
}

describe('the noaber command', () => {
  it('lists its commands with --help', async () => {
    const result = await runNoaber(['--help'], {})
    assert.equal(result.code, 0)
    for (const command of ['serve', 'migrate', 'seed', 'user']) assert.match(result.stdout, new RegExp(`\\b${command}\\b`))
  })

  it('stops with one clear sentence and exit code 1 on bad configuration', async () => {
    const result = await runNoaber(['serve'], { PORT: 'drieduizend', DATA_DIR: tempDataDir() })
    assert.equal(result.code, 1)
    assert.equal(result.stderr.trim(), "PORT must be a whole number from 0 to 65535, got 'drieduizend'.")
    assert.equal(result.stdout, '')
  })

  it('migrates, seeds and adds a user, keeping the data across restarts', async () => {
    const dataDir = tempDataDir()
    const migrate = await runNoaber(['migrate'], { DATA_DIR: dataDir })
    assert.equal(migrate.code, 0, migrate.stderr)
    const seed = await runNoaber(['seed', '--demo'], { DATA_DIR: dataDir })
    assert.match(seed.stdout, /has been added/)
    const again = await runNoaber(['seed', '--demo'], { DATA_DIR: dataDir })
    assert.match(again.stdout, /already there/)
    const add = await runNoaber(['user', 'add', '--email', 'Beheer@Esveld.example', '--role', 'admin'], { DATA_DIR: dataDir })
    assert.equal(add.code, 0, add.stderr)
    assert.match(add.stdout, /Created beheer@esveld\.example; roles: admin\./)
    const second = await runNoaber(['user', 'add', '--email', 'beheer@esveld.example', '--role', 'coordinator'], { DATA_DIR: dataDir })
    assert.match(second.stdout, /Updated beheer@esveld\.example; roles: admin, coordinator\./)
    fs.rmSync(dataDir, { recursive: true })
  })

  it('refuses an unknown role without changing anything', async () => {
    const dataDir = tempDataDir()
    await runNoaber(['seed', '--demo'], { DATA_DIR: dataDir })
    const result = await runNoaber(['user', 'add', '--email', 'a@b.nl', '--role', 'king'], { DATA_DIR: dataDir })
    assert.equal(result.code, 1)
    assert.match(result.stderr, /^Unknown role 'king'; choose one of resident, broker, coordinator, admin, councilMember, areaRepresentative\.$/m)
    fs.rmSync(dataDir, { recursive: true })
  })

  it('serves the demo municipality on an empty data directory, and refuses a second start on the same directory', async () => {
    const dataDir = tempDataDir()
    const server = await startServer({ DATA_DIR: dataDir })
    try {
      const home = await fetch(`${server.url}/`)
      assert.equal(home.status, 200)
      assert.match(await home.text(), /Gemeente Esveld/)
      const second = await runNoaber(['serve'], { DATA_DIR: dataDir, PORT: '0' })
      assert.equal(second.code, 1)
      assert.match(second.stderr.trim(), /^Another Noaber process \(pid \d+\) is already using the data directory .+; stop it first or set DATA_DIR to another directory\.$/)
    } finally {
      await server.stop()
    }
    // after a clean stop the data is still there and the lock is gone
    const restarted = await startServer({ DATA_DIR: dataDir })
    try {
      const areas = await (await fetch(`${restarted.url}/api/v1/areas`)).json()
      assert.ok(areas.items.length >= 7)
    } finally {
      await restarted.stop()
    }
    assert.equal(fs.existsSync(path.join(dataDir, 'noaber.lock')), false)
    assert.ok(fs.existsSync(path.join(dataDir, 'session-secret')), 'a generated session secret is kept')
    fs.rmSync(dataDir, { recursive: true })
  })

  it('runs the same way against a PostgreSQL server via DATABASE_URL', { skip: !process.env.PG_TEST_URL && 'PG_TEST_URL is not set' }, async () => {
    const database = await createTestDatabase('postgres', { migrate: false })
    const server = await startServer({ DATABASE_URL: database.url!, DATA_DIR: tempDataDir() })
    try {
      const home = await fetch(`${server.url}/`)
      assert.equal(home.status, 200)
      assert.match(await home.text(), /Gemeente Esveld/)
    } finally {
      await server.stop()
      await database.close()
    }
  })
})
