import type { FastifyInstance } from 'fastify'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import type { Role } from '../../../src/modules/accounts/person-table.ts'
import { newSecretToken } from '../../../src/platform/auth/tokens.ts'
import { SESSION_ABSOLUTE_MS } from '../../../src/platform/auth/session.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { buildApp } from '../../../src/platform/http/app.ts'
import type { Clock } from '../../../src/platform/time/clock.ts'
import { testConfig } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'

/** The app with a clock the test controls, so "today", "30 days later" and "tomorrow" are certain. */
export async function appWithClock(db: Db, clock: Clock): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(), db, cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789', clock })
  await app.ready()
  return app
}

/** A person of the municipality with a role, and whether their name may be shown with what they publish. */
export async function person(db: Db, tenantId: number, email: string, name: string, { role = 'resident', showName = true }: { role?: Role; showName?: boolean } = {}): Promise<number> {
  const { person } = await grantRole(db, tenantId, email, role, name)
  await db.updateTable('people').set({ show_name_publicly: showName }).where('id', '=', person.id).execute()
  return person.id
}

/** A browser already signed in as this person (the sign-in itself is tested in the accounts module). */
export async function signedInAs(app: FastifyInstance, db: Db, personId: number): Promise<PageClient> {
  const { token, hash } = newSecretToken()
  await db.insertInto('sessions').values({ token_hash: hash, person_id: personId, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()
  const client = new PageClient(app)
  client.cookies.set('noaber_session', token)
  return client
}

/** Places a post through the form, as its poster would, and answers its id. */
export async function placePost(client: PageClient, fields: Partial<Record<'kind' | 'title' | 'description' | 'area' | 'category' | 'neededBy', string>> = {}): Promise<number> {
  await client.get('/buurtvragen/nieuw')
  const response = await client.post('/buurtvragen/nieuw', {
    kind: 'request',
    title: 'Wie helpt een kast naar boven te dragen?',
    description: 'Zaterdagochtend, een half uurtje. Koffie staat klaar.',
    area: 'oosterhof',
    category: 'chores',
    neededBy: '',
    ...fields,
  })
  const id = /^\/buurtvragen\/(\d+)\?bericht=geplaatst$/.exec(String(response.headers.location ?? ''))?.[1]
  if (response.statusCode !== 303 || !id) throw new Error(`placing a post failed with ${response.statusCode}: ${response.body.slice(0, 500)}`)
  return Number(id)
}
