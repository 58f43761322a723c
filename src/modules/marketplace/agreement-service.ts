import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import { inTransaction } from '../network/transaction.ts'
import type { MarketplaceActor } from './actor.ts'
import type { AgreementInput } from './agreement-form.ts'
import { isEventDay } from './event-time.ts'
import type { MarketplaceAgreementRow, MarketplaceEventRow } from './marketplace-tables.ts'

export type AgreementProblem = 'notNow' | 'unknownGiver' | 'unknownReceiver' | 'sameParty' | 'unknownListing'

type EventState = Pick<MarketplaceEventRow, 'id' | 'tenant_id' | 'status' | 'starts_at'>

/** Agreements are made at the event: from its day on, or whenever it is marked as held. */
export function agreementsOpen(event: Pick<MarketplaceEventRow, 'status' | 'starts_at'>, now: Date): boolean {
  return event.status === 'held' || (event.status !== 'draft' && isEventDay(event.starts_at, now))
}

/**
 * Both parties must be registered for this event; a listing, if named, must be one of theirs. What
 * the notary left empty is taken from the listing. The composite foreign keys hold the first rule
 * in the database too.
 */
type AgreementColumns = Pick<MarketplaceAgreementRow, 'giver_party_id' | 'receiver_party_id' | 'listing_id' | 'kind' | 'description' | 'value_cents' | 'counter_performance'>

async function resolve(trx: Db, event: EventState, input: AgreementInput): Promise<{ problem: AgreementProblem } | { columns: AgreementColumns }> {
  if (input.giverPartyId === input.receiverPartyId) return { problem: 'sameParty' }
  const parties = await trx.selectFrom('marketplace_parties').select('id').where('event_id', '=', event.id).where('id', 'in', [input.giverPartyId, input.receiverPartyId]).execute()
  if (!parties.some((party) => party.id === input.giverPartyId)) return { problem: 'unknownGiver' }
  if (!parties.some((party) => party.id === input.receiverPartyId)) return { problem: 'unknownReceiver' }
  let listing: { kind: MarketplaceAgreementRow['kind']; description: string; value_cents: number | null; counter_offer: string | null } | undefined
  if (input.listingId !== null) {
    listing = await trx
      .selectFrom('marketplace_listings')
      .select(['kind', 'description', 'value_cents', 'counter_offer'])
      .where('id', '=', input.listingId)
      .where('party_id', 'in', [input.giverPartyId, input.receiverPartyId])
      .executeTakeFirst()
    if (!listing) return { problem: 'unknownListing' }
  }
  return {
    columns: {
      giver_party_id: input.giverPartyId,
      receiver_party_id: input.receiverPartyId,
      listing_id: input.listingId,
      kind: input.kind ?? listing!.kind,
      description: input.description || listing!.description,
      value_cents: input.valueCents ?? listing?.value_cents ?? null,
      counter_performance: input.counterPerformance || listing?.counter_offer || '',
    },
  }
}

function auditFields(columns: AgreementColumns) {
  const { giver_party_id, receiver_party_id, listing_id, kind, description, value_cents, counter_performance } = columns
  return { giver_party_id, receiver_party_id, listing_id, kind, description, value_cents, counter_performance }
}

export async function recordAgreement(db: Db, actor: MarketplaceActor, event: EventState, input: AgreementInput): Promise<{ id: number } | { problem: AgreementProblem }> {
  if (!agreementsOpen(event, actor.now)) return { problem: 'notNow' }
  return inTransaction(db, async (trx) => {
    const resolved = await resolve(trx, event, input)
    if ('problem' in resolved) return resolved
    const { id } = await trx
      .insertInto('marketplace_agreements')
      .values({ tenant_id: actor.tenantId, event_id: event.id, recorded_by: actor.personId, created_at: actor.now, updated_at: actor.now, ...resolved.columns })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'marketplace.agreement.recorded', objectType: 'marketplaceAgreement', objectId: id, after: auditFields(resolved.columns) })
    return { id }
  })
}

export async function updateAgreement(db: Db, actor: MarketplaceActor, event: EventState, agreementId: number, input: AgreementInput): Promise<'saved' | 'notFound' | { problem: AgreementProblem }> {
  return inTransaction(db, async (trx) => {
    const before = await trx.selectFrom('marketplace_agreements').selectAll().where('id', '=', agreementId).where('event_id', '=', event.id).forUpdate().executeTakeFirst()
    if (!before) return 'notFound' as const
    const resolved = await resolve(trx, event, input)
    if ('problem' in resolved) return resolved
    await trx.updateTable('marketplace_agreements').set({ ...resolved.columns, updated_at: actor.now }).where('id', '=', agreementId).execute()
    await recordAudit(trx, {
      tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'marketplace.agreement.changed', objectType: 'marketplaceAgreement', objectId: agreementId,
      before: auditFields(before), after: auditFields(resolved.columns),
    })
    return 'saved' as const
  })
}

export async function deleteAgreement(db: Db, actor: MarketplaceActor, event: EventState, agreementId: number): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const before = await trx.selectFrom('marketplace_agreements').selectAll().where('id', '=', agreementId).where('event_id', '=', event.id).forUpdate().executeTakeFirst()
    if (!before) return false
    await trx.deleteFrom('marketplace_agreements').where('id', '=', agreementId).execute()
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'marketplace.agreement.deleted', objectType: 'marketplaceAgreement', objectId: agreementId, before: auditFields(before) })
    return true
  })
}

export interface AgreementView extends MarketplaceAgreementRow {
  listingType: 'offer' | 'request' | null
}

/** An event's agreements, newest first. */
export async function listAgreements(db: Db, eventId: number): Promise<AgreementView[]> {
  return db
    .selectFrom('marketplace_agreements')
    .leftJoin('marketplace_listings', 'marketplace_listings.id', 'marketplace_agreements.listing_id')
    .selectAll('marketplace_agreements')
    .select('marketplace_listings.type as listingType')
    .where('marketplace_agreements.event_id', '=', eventId)
    .orderBy('marketplace_agreements.created_at', 'desc')
    .orderBy('marketplace_agreements.id', 'desc')
    .execute()
}

export async function findAgreement(db: Db, eventId: number, agreementId: number): Promise<MarketplaceAgreementRow | undefined> {
  return db.selectFrom('marketplace_agreements').selectAll().where('id', '=', agreementId).where('event_id', '=', eventId).executeTakeFirst()
}
