import type { FastifyInstance } from 'fastify'
import { loadConfig, type Config } from '../../src/platform/config/config.ts'
import type { Db } from '../../src/platform/db/database.ts'
import { buildApp } from '../../src/platform/http/app.ts'

export function testConfig(overrides: Record<string, string> = {}): Config {
  return loadConfig({ NODE_ENV: 'test', DATA_DIR: '/nonexistent-noaber-test-dir', BASE_URL: 'http://localhost:3000', ...overrides })
}

/** The real application over a test database, driven with `inject` (no sockets). */
export async function testApp(db: Db, overrides: Record<string, string> = {}): Promise<FastifyInstance> {
  return buildApp({ config: testConfig(overrides), db, cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789' })
}
