import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createTestDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'

describe('readiness without a database', () => {
  it('answers 503 problem+json on /readyz when the database is gone, while /healthz still answers', async () => {
    const database = await createTestDatabase('pglite')
    const app = await testApp(database.db)
    await app.ready()
    await database.close()
    const ready = await app.inject({ url: '/readyz' })
    assert.equal(ready.statusCode, 503)
    assert.match(ready.headers['content-type'] as string, /^application\/problem\+json/)
    assert.equal((await app.inject({ url: '/healthz' })).statusCode, 200)
    await app.close()
  })
})
