import type { FastifyInstance } from 'fastify'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import type { Role } from '../../../src/modules/accounts/person-table.ts'
import { endOfDay } from '../../../src/modules/marketplace/event-time.ts'
import type { EventStatus } from '../../../src/modules/marketplace/vocabulary.ts'
import { amsterdamInstant } from '../../../src/modules/spaces/local-time.ts'
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../../src/platform/auth/session.ts'
import { newSecretToken } from '../../../src/platform/auth/tokens.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { buildApp } from '../../../src/platform/http/app.ts'
import type { Clock } from '../../../src/platform/time/clock.ts'
import { testConfig } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'

/** Monday 1 March 2027, 10:00 in Esveld. */
export const NOW = '2027-03-01T09:00:00Z'
/** The event in these tests: Thursday 11 March 2027, 16:00–18:00; registering can until Thursday 4 March. */
export const EVENT_DAY = '2027-03-11'
export const LAST_DAY = '2027-03-04'

/** The real application with a clock the test controls. */
export async function marketplaceApp(db: Db, clock: Clock): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(), db, cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789', clock })
  await app.ready()
  return app
}

export async function person(db: Db, tenantId: number, email: string, role: Role, name: string): Promise<number> {
  return (await grantRole(db, tenantId, email, role, name)).person.id
}

/** A browser-like client signed in as the person, without the sign-in pages. */
export async function clientFor(app: FastifyInstance, db: Db, personId: number): Promise<PageClient> {
  const { token, hash } = newSecretToken()
  await db.insertInto('sessions').values({ token_hash: hash, person_id: personId, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()
  const client = new PageClient(app)
  client.cookies.set(SESSION_COOKIE, token)
  return client
}

/** An event stored directly, open for registration unless told otherwise. */
export async function insertEvent(db: Db, tenantId: number, options: { slug?: string; title?: string; day?: string; lastDay?: string; status?: EventStatus } = {}): Promise<number> {
  const day = options.day ?? EVENT_DAY
  const startsAt = amsterdamInstant(day, 16 * 60)!
  const { id } = await db
    .insertInto('marketplace_events')
    .values({
      tenant_id: tenantId, slug: options.slug ?? 'beursvloer-esveld-2027', title: options.title ?? 'Beursvloer Esveld 2027', description: 'Bedrijven en verenigingen helpen elkaar.',
      place: 'Kantine Esveldse Boys', starts_at: startsAt, ends_at: amsterdamInstant(day, 18 * 60)!, registration_closes_at: endOfDay(options.lastDay ?? LAST_DAY), status: options.status ?? 'open',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** An organisation with this person as its contact person (accepted unless told otherwise). */
export async function insertOrganisation(db: Db, tenantId: number, contactId: number, name: string, { accepted = true, visibility = 'public' as 'public' | 'hidden' } = {}): Promise<number> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-')
  const { id } = await db
    .insertInto('organisations')
    .values({ tenant_id: tenantId, slug, name, kind: 'business', description: 'Een bedrijf uit Esveld dat graag meedoet.', website: null, address: '', area_id: null, latitude: null, longitude: null, visibility, created_by: contactId })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.insertInto('organisation_contacts').values({ organisation_id: id, person_id: contactId, role_title: 'eigenaar', invited_by: null, accepted_at: accepted ? new Date() : null }).execute()
  return id
}

/** A party registered directly, with one offer and one request. */
export async function insertParty(db: Db, tenantId: number, eventId: number, contactId: number, party: { organisationId?: number; groupName?: string }): Promise<{ partyId: number; offerId: number; requestId: number }> {
  const { id } = await db
    .insertInto('marketplace_parties')
    .values({
      tenant_id: tenantId, event_id: eventId, kind: party.organisationId ? 'organisation' : 'residentGroup', organisation_id: party.organisationId ?? null, initiative_id: null,
      group_name: party.organisationId ? null : (party.groupName ?? 'Bewoners Kastanjelaan'), contact_person_id: contactId, locale: 'nl',
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const [offer, request] = await db
    .insertInto('marketplace_listings')
    .values([
      { party_id: id, type: 'offer', kind: 'people', description: 'Twee timmerlieden voor een dag.', value_cents: 90000, counter_offer: null },
      { party_id: id, type: 'request', kind: 'rooms', description: 'Een zaal voor de jaarvergadering.', value_cents: null, counter_offer: 'Koffie en gebak voor de buurt.' },
    ])
    .returning('id')
    .execute()
  return { partyId: id, offerId: offer!.id, requestId: request!.id }
}

export async function count(db: Db, table: 'marketplace_events' | 'marketplace_parties' | 'marketplace_listings' | 'marketplace_agreements' | 'marketplace_follow_ups'): Promise<number> {
  const { n } = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(n)
}
