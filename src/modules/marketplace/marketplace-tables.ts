import type { Generated, Selectable } from 'kysely'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { EventStatus, FollowUpAnswer, ListingKind, ListingType, PartyKind } from './vocabulary.ts'

export interface MarketplaceEventTable {
  id: Generated<number>
  tenant_id: number
  slug: string
  title: string
  description: string
  place: string
  starts_at: Date
  ends_at: Date
  /** The end of the last day on which parties may register. */
  registration_closes_at: Date
  status: Generated<EventStatus>
  created_by: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type MarketplaceEventRow = Selectable<MarketplaceEventTable>

/** One organisation, initiative or resident group registered for one event. */
export interface MarketplacePartyTable {
  id: Generated<number>
  tenant_id: number
  event_id: number
  kind: PartyKind
  organisation_id: number | null
  initiative_id: number | null
  group_name: string | null
  contact_person_id: number
  /** The language the contact person registered in, for the follow-up mail. */
  locale: Locale
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type MarketplacePartyRow = Selectable<MarketplacePartyTable>

/** An offer (what the party gives) or a request (what it asks, with what it gives in return). */
export interface MarketplaceListingTable {
  id: Generated<number>
  party_id: number
  type: ListingType
  kind: ListingKind
  description: string
  value_cents: number | null
  /** Required for a request, absent for an offer; a check constraint holds both. */
  counter_offer: string | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type MarketplaceListingRow = Selectable<MarketplaceListingTable>

export interface MarketplaceAgreementTable {
  id: Generated<number>
  tenant_id: number
  event_id: number
  giver_party_id: number
  receiver_party_id: number
  listing_id: number | null
  kind: ListingKind
  description: string
  value_cents: number | null
  counter_performance: string
  recorded_by: number | null
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type MarketplaceAgreementRow = Selectable<MarketplaceAgreementTable>

export interface MarketplaceFollowUpTable {
  id: Generated<number>
  agreement_id: number
  party_id: number
  token_hash: string
  sent_at: Date
  answer: FollowUpAnswer | null
  comment: Generated<string>
  answered_at: Date | null
}
