import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { inTransaction } from '../network/transaction.ts'
import type { MarketplaceActor } from './actor.ts'
import { registrationOpen } from './event-queries.ts'
import type { ListingInput } from './listing-form.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'
import type { PartyView } from './party-queries.ts'
import type { PartyChoice } from './registration-form.ts'
import { LIMITS } from './vocabulary.ts'

export type RegistrationProblem = 'closed' | 'notYours' | 'alreadyRegistered' | 'counterOffer' | 'tooMany'

type EventState = Pick<MarketplaceEventRow, 'id' | 'status' | 'registration_closes_at'>

/** What the person may register: organisations they are an accepted contact person of, and their own initiatives. */
export async function partyOptions(db: Db, tenantId: number, personId: number): Promise<{ organisations: { id: number; name: string }[]; initiatives: { id: number; title: string }[] }> {
  const [organisations, initiatives] = await Promise.all([
    db
      .selectFrom('organisation_contacts')
      .innerJoin('organisations', 'organisations.id', 'organisation_contacts.organisation_id')
      .select(['organisations.id', 'organisations.name'])
      .where('organisation_contacts.person_id', '=', personId)
      .where('organisation_contacts.accepted_at', 'is not', null)
      .where('organisations.tenant_id', '=', tenantId)
      .orderBy(sql`lower(organisations.name)`)
      .execute(),
    db
      .selectFrom('initiatives')
      .select(['id', 'title'])
      .where('tenant_id', '=', tenantId)
      .where('initiator_id', '=', personId)
      .where('status', 'not in', ['unconfirmed', 'withdrawn'])
      .orderBy('title')
      .execute(),
  ])
  return { organisations, initiatives }
}

/** The service's own check of the one rule that makes a beursvloer: no request without a counter-offer. */
function lacksCounterOffer(listings: ListingInput[]): boolean {
  return listings.some((listing) => listing.type === 'request' && (listing.counterOffer ?? '').trim().length < 3)
}

function listingColumns(listing: ListingInput) {
  return { type: listing.type, kind: listing.kind, description: listing.description, value_cents: listing.valueCents, counter_offer: listing.type === 'request' ? listing.counterOffer : null }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505'
}

/**
 * Registers a party with its offers and requests, all or nothing. Refused when registration is not
 * open (or its deadline passed), when the person may not speak for the party, when the party is
 * already registered for this event, or when a request has no counter-offer.
 */
export async function registerParty(db: Db, actor: MarketplaceActor, event: EventState, party: PartyChoice, listings: ListingInput[]): Promise<{ partyId: number } | { problem: RegistrationProblem }> {
  if (!registrationOpen(event, actor.now)) return { problem: 'closed' }
  if (lacksCounterOffer(listings)) return { problem: 'counterOffer' }
  if (listings.length > LIMITS.listingsPerParty) return { problem: 'tooMany' }
  try {
    return await inTransaction(db, async (trx) => {
      const options = await partyOptions(trx, actor.tenantId, actor.personId)
      if (party.kind === 'organisation' && !options.organisations.some((organisation) => organisation.id === party.organisationId)) return { problem: 'notYours' as const }
      if (party.kind === 'initiative' && !options.initiatives.some((initiative) => initiative.id === party.initiativeId)) return { problem: 'notYours' as const }
      let existing = trx.selectFrom('marketplace_parties').select('id').where('event_id', '=', event.id)
      existing =
        party.kind === 'organisation' ? existing.where('organisation_id', '=', party.organisationId)
        : party.kind === 'initiative' ? existing.where('initiative_id', '=', party.initiativeId)
        : existing.where(sql`lower(group_name)`, '=', party.groupName.toLowerCase())
      if (await existing.executeTakeFirst()) return { problem: 'alreadyRegistered' as const }
      const { id } = await trx
        .insertInto('marketplace_parties')
        .values({
          tenant_id: actor.tenantId,
          event_id: event.id,
          kind: party.kind,
          organisation_id: party.kind === 'organisation' ? party.organisationId : null,
          initiative_id: party.kind === 'initiative' ? party.initiativeId : null,
          group_name: party.kind === 'residentGroup' ? party.groupName : null,
          contact_person_id: actor.personId,
          locale: actor.locale,
          created_at: actor.now,
          updated_at: actor.now,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      if (listings.length > 0) {
        await trx.insertInto('marketplace_listings').values(listings.map((listing) => ({ party_id: id, created_at: actor.now, updated_at: actor.now, ...listingColumns(listing) }))).execute()
      }
      return { partyId: id }
    })
  } catch (error) {
    // Two registrations of the same party at the same moment: the unique index lets one through.
    if (isUniqueViolation(error)) return { problem: 'alreadyRegistered' }
    throw error
  }
}

export type ListingChange = 'saved' | 'closed' | 'notYours' | 'notFound' | 'counterOffer' | 'tooMany' | 'hasAgreements'

/** Only the party's contact person changes its listings, and only while registration is open. */
function changeRefusal(event: EventState, party: PartyView, actor: MarketplaceActor): ListingChange | undefined {
  if (party.contactPersonId !== actor.personId) return 'notYours'
  if (!registrationOpen(event, actor.now)) return 'closed'
  return undefined
}

export async function addListing(db: Db, actor: MarketplaceActor, event: EventState, party: PartyView, listing: ListingInput): Promise<ListingChange> {
  const refusal = changeRefusal(event, party, actor)
  if (refusal) return refusal
  if (lacksCounterOffer([listing])) return 'counterOffer'
  return inTransaction(db, async (trx) => {
    await trx.selectFrom('marketplace_parties').select('id').where('id', '=', party.id).forUpdate().executeTakeFirstOrThrow()
    const { count } = await trx.selectFrom('marketplace_listings').select(sql<number>`count(*)::int`.as('count')).where('party_id', '=', party.id).executeTakeFirstOrThrow()
    if (count >= LIMITS.listingsPerParty) return 'tooMany'
    await trx.insertInto('marketplace_listings').values({ party_id: party.id, created_at: actor.now, updated_at: actor.now, ...listingColumns(listing) }).execute()
    await trx.updateTable('marketplace_parties').set({ updated_at: actor.now }).where('id', '=', party.id).execute()
    return 'saved'
  })
}

export async function updateListing(db: Db, actor: MarketplaceActor, event: EventState, party: PartyView, listingId: number, listing: ListingInput): Promise<ListingChange> {
  const refusal = changeRefusal(event, party, actor)
  if (refusal) return refusal
  if (lacksCounterOffer([listing])) return 'counterOffer'
  const updated = await db.updateTable('marketplace_listings').set({ ...listingColumns(listing), updated_at: actor.now }).where('id', '=', listingId).where('party_id', '=', party.id).executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1 ? 'saved' : 'notFound'
}

export async function deleteListing(db: Db, actor: MarketplaceActor, event: EventState, party: PartyView, listingId: number): Promise<ListingChange> {
  const refusal = changeRefusal(event, party, actor)
  if (refusal) return refusal
  const deleted = await db.deleteFrom('marketplace_listings').where('id', '=', listingId).where('party_id', '=', party.id).executeTakeFirst()
  return Number(deleted.numDeletedRows) === 1 ? 'saved' : 'notFound'
}

/** Withdraws the whole registration with its listings; not once agreements name the party. */
export async function withdrawParty(db: Db, actor: MarketplaceActor, event: EventState, party: PartyView): Promise<ListingChange> {
  const refusal = changeRefusal(event, party, actor)
  if (refusal) return refusal
  return inTransaction(db, async (trx) => {
    const agreement = await trx
      .selectFrom('marketplace_agreements')
      .select('id')
      .where((eb) => eb.or([eb('giver_party_id', '=', party.id), eb('receiver_party_id', '=', party.id)]))
      .executeTakeFirst()
    if (agreement) return 'hasAgreements'
    await trx.deleteFrom('marketplace_parties').where('id', '=', party.id).execute()
    return 'saved'
  })
}
