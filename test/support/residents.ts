import assert from 'node:assert/strict'
import type { FastifyInstance } from 'fastify'
import type { Db } from '../../src/platform/db/database.ts'
import { PageClient } from './page-client.ts'
import { latestMailLink } from './outbox.ts'

/** Signs a resident in the way they would: request a link, open it from the mail, confirm. */
export async function signInResident(app: FastifyInstance, db: Db, email: string): Promise<PageClient> {
  const client = new PageClient(app)
  await client.get('/inloggen')
  await client.post('/inloggen', { email })
  const link = await latestMailLink(db, email)
  await client.get(link)
  const confirmed = await client.post('/inloggen/bevestigen', { token: new URL(link, 'http://x').searchParams.get('token')! })
  assert.equal(confirmed.statusCode, 303, `${email} signs in`)
  return client
}
