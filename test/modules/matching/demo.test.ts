import assert from 'node:assert/strict'
import { it } from 'node:test'
import { seedDemo } from '../../../src/demo/seed.ts'
import { describeEachDatabase } from '../../support/databases.ts'

describeEachDatabase('matching in the demo municipality', (context) => {
  it('has requests waiting, accepted with their connection, and declined, and outcomes of earlier help', async () => {
    const { db } = context.database
    await seedDemo(db, { now: new Date('2026-11-27T09:00:00Z') })
    const requests = await db.selectFrom('connection_requests').selectAll().execute()
    const statuses = new Set(requests.map((request) => request.status))
    assert.ok(statuses.has('pending') && statuses.has('accepted'), `statuses: ${[...statuses].join(', ')}`)
    for (const request of requests.filter((candidate) => candidate.status === 'accepted')) {
      const connection = await db.selectFrom('connections').select(['need_id']).where('id', '=', request.connection_id!).executeTakeFirstOrThrow()
      assert.equal(connection.need_id, request.need_id)
    }
    assert.ok(requests.every((request) => request.reasons.length > 0), 'each request keeps why the party was suggested')
    const hidden = await db.selectFrom('connection_requests').innerJoin('helper_profiles', 'helper_profiles.person_id', 'connection_requests.helper_person_id').select('connection_requests.id').where('helper_profiles.visibility', '=', 'hidden').execute()
    assert.equal(hidden.length, 0, 'nobody asks a hidden helper')
    const withOutcome = await db.selectFrom('connections').select('id').where('outcome', 'is not', null).execute()
    assert.ok(withOutcome.length > 5)
  })
})
