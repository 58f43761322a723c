import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError, loadConfig } from '../../../src/platform/config/config.ts'

function rejects(env: Record<string, string>, variable: string): void {
  assert.throws(
    () => loadConfig(env),
    (error: unknown) => {
      assert.ok(error instanceof ConfigError, 'a ConfigError')
      assert.match(error.message, new RegExp(`^${variable} `), 'the sentence starts with the variable')
      assert.equal(error.message.split(/\.\s/).length, 1, 'one sentence')
      return true
    },
  )
}

describe('configuration from the environment', () => {
  it('has working defaults for development: port 3000, embedded database in ./data, PDOK tiles', () => {
    const config = loadConfig({})
    assert.equal(config.environment, 'development')
    assert.equal(config.port, 3000)
    assert.equal(config.databaseUrl, undefined)
    assert.match(config.dataDir, /\/data$/)
    assert.equal(config.baseUrl.href, 'http://localhost:3000/')
    assert.match(config.tileUrl, /pdok/)
    assert.equal(config.sessionSecret, undefined)
  })

  it('reads every variable it documents', () => {
    const config = loadConfig({
      PORT: '8080',
      BASE_URL: 'https://doemee.esveld.example',
      DATABASE_URL: 'postgres://noaber@db.internal/noaber',
      DATA_DIR: '/var/lib/noaber',
      SMTP_URL: 'smtp://mail.internal:25',
      TILE_URL: 'https://tiles.example/{z}/{x}/{y}.png',
      SESSION_SECRET: 'x'.repeat(40),
      TRUST_PROXY: '10.0.0.0/8, 127.0.0.1',
      SLOW_QUERY_MS: '25',
    })
    assert.equal(config.port, 8080)
    assert.equal(config.trustProxy, '10.0.0.0/8, 127.0.0.1')
    assert.equal(config.slowQueryMs, 25)
    assert.equal(config.baseUrl.host, 'doemee.esveld.example')
    assert.equal(config.databaseUrl?.hostname, 'db.internal')
    assert.equal(config.dataDir, '/var/lib/noaber')
    assert.equal(config.smtpUrl?.port, '25')
    assert.equal(config.tileUrl, 'https://tiles.example/{z}/{x}/{y}.png')
    assert.equal(config.sessionSecret, 'x'.repeat(40))
  })

  it('refuses a port that is not a number', () => rejects({ PORT: 'abc' }, 'PORT'))
  it('refuses a port out of range', () => rejects({ PORT: '70000' }, 'PORT'))
  it('refuses a base URL that is not a URL', () => rejects({ BASE_URL: 'localhost:3000' }, 'BASE_URL'))
  it('refuses a database URL for another database', () => rejects({ DATABASE_URL: 'mysql://localhost/noaber' }, 'DATABASE_URL'))
  it('refuses an SMTP URL with another scheme', () => rejects({ SMTP_URL: 'http://mail' }, 'SMTP_URL'))
  it('refuses a tile URL without {z}/{x}/{y}', () => rejects({ TILE_URL: 'https://tiles.example/tile.png' }, 'TILE_URL'))
  it('refuses a short session secret', () => rejects({ SESSION_SECRET: 'short' }, 'SESSION_SECRET'))
  it('demands a session secret in production', () => rejects({ NODE_ENV: 'production' }, 'SESSION_SECRET'))
  it('refuses a proxy list that is not addresses', () => rejects({ TRUST_PROXY: 'true' }, 'TRUST_PROXY'))
  it('refuses a slow-query threshold that is not a number', () => rejects({ SLOW_QUERY_MS: '10ms' }, 'SLOW_QUERY_MS'))
  it('refuses an unknown environment', () => rejects({ NODE_ENV: 'staging' }, 'NODE_ENV'))
  it('treats empty variables as absent', () => {
    assert.equal(loadConfig({ PORT: '', DATABASE_URL: '  ' }).port, 3000)
  })
})
