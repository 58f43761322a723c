import assert from 'node:assert/strict'
import { it } from 'node:test'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { pruneExpiredAccess } from '../../../src/platform/auth/housekeeping.ts'
import { newSecretToken } from '../../../src/platform/auth/tokens.ts'
import { hitRateLimit } from '../../../src/platform/rate-limit/rate-limit.ts'
import { describeEachDatabase } from '../../support/databases.ts'

describeEachDatabase('housekeeping of sign-in data', (context) => {
  it('removes ended sessions, old links and old rate-limit windows, and keeps what is still valid', async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db)
    const { person } = await grantRole(db, tenantId, 'huis@esveld.example', 'resident')
    const now = new Date()
    const hour = 3600_000
    await db.insertInto('sessions').values([
      { token_hash: newSecretToken().hash, person_id: person.id, expires_at: new Date(now.getTime() + hour) },
      { token_hash: newSecretToken().hash, person_id: person.id, expires_at: new Date(now.getTime() - hour) },
      { token_hash: newSecretToken().hash, person_id: person.id, expires_at: new Date(now.getTime() + hour), last_seen_at: new Date(now.getTime() - 3 * hour) },
    ]).execute()
    await db.insertInto('sign_in_tokens').values([
      { tenant_id: tenantId, token_hash: newSecretToken().hash, purpose: 'signIn', email: 'a@b.nl', expires_at: new Date(now.getTime() + hour) },
      { tenant_id: tenantId, token_hash: newSecretToken().hash, purpose: 'signIn', email: 'a@b.nl', expires_at: new Date(now.getTime() - 48 * hour) },
    ]).execute()
    await hitRateLimit(db, { name: 'test', limit: 5, windowSeconds: 60 }, 'x', new Date(now.getTime() - 48 * hour))
    await hitRateLimit(db, { name: 'test', limit: 5, windowSeconds: 60 }, 'x', now)

    await pruneExpiredAccess(db, now)

    assert.equal((await db.selectFrom('sessions').select('id').execute()).length, 1)
    assert.equal((await db.selectFrom('sign_in_tokens').select('id').execute()).length, 1)
    assert.equal((await db.selectFrom('rate_limit_counters').select('key').execute()).length, 1)
  })

  it('counts rate-limit hits per window and says when to come back', async () => {
    const { db } = context.database
    const rule = { name: 'count', limit: 2, windowSeconds: 60 }
    const at = new Date('2026-11-26T10:00:30Z')
    assert.equal((await hitRateLimit(db, rule, 'y', at)).allowed, true)
    assert.equal((await hitRateLimit(db, rule, 'y', at)).allowed, true)
    const third = await hitRateLimit(db, rule, 'y', at)
    assert.equal(third.allowed, false)
    assert.equal(third.retryAfterSeconds, 30)
    assert.equal((await hitRateLimit(db, rule, 'y', new Date('2026-11-26T10:01:00Z'))).allowed, true, 'a new window starts afresh')
  })
})
