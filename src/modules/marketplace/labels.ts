import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { EventStatus, FollowUpAnswer, ListingKind, ListingType, PartyKind } from './vocabulary.ts'

export const eventStatusLabel: Record<EventStatus, MessageKey> = {
  draft: 'marketplace.status.draft',
  open: 'marketplace.status.open',
  closed: 'marketplace.status.closed',
  held: 'marketplace.status.held',
}

export const listingKindLabel: Record<ListingKind, MessageKey> = {
  money: 'marketplace.kind.money',
  materials: 'marketplace.kind.materials',
  people: 'marketplace.kind.people',
  rooms: 'marketplace.kind.rooms',
  expertise: 'marketplace.kind.expertise',
  other: 'marketplace.kind.other',
}

export const listingTypeLabel: Record<ListingType, MessageKey> = {
  offer: 'marketplace.listing.offer',
  request: 'marketplace.listing.request',
}

export const followUpAnswerLabel: Record<FollowUpAnswer, MessageKey> = {
  kept: 'marketplace.followUp.answer.kept',
  partly: 'marketplace.followUp.answer.partly',
  notKept: 'marketplace.followUp.answer.notKept',
}

/** The status as a choice on the event form, saying what it means. */
export const eventStatusChoiceLabel: Record<EventStatus, MessageKey> = {
  draft: 'marketplace.status.draft.long',
  open: 'marketplace.status.open.long',
  closed: 'marketplace.status.closed.long',
  held: 'marketplace.status.held.long',
}

export const partyKindLabel: Record<PartyKind, MessageKey> = {
  organisation: 'marketplace.partyKind.organisation',
  initiative: 'marketplace.partyKind.initiative',
  residentGroup: 'marketplace.partyKind.residentGroup',
}
