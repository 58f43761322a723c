/** The fixed words of marketplace events; the same identifiers in database, code and interface. */

/** draft: only coordinators see it; open: parties may register; closed: registration is over; held: the event took place. */
export const eventStatuses = ['draft', 'open', 'closed', 'held'] as const
export type EventStatus = (typeof eventStatuses)[number]

/** What can be given or asked: the organisations' offer kinds, and anything else. */
export const listingKinds = ['money', 'materials', 'people', 'rooms', 'expertise', 'other'] as const
export type ListingKind = (typeof listingKinds)[number]

export const listingTypes = ['offer', 'request'] as const
export type ListingType = (typeof listingTypes)[number]

export const partyKinds = ['organisation', 'initiative', 'residentGroup'] as const
export type PartyKind = (typeof partyKinds)[number]

export const followUpAnswers = ['kept', 'partly', 'notKept'] as const
export type FollowUpAnswer = (typeof followUpAnswers)[number]

export const LIMITS = {
  title: 120,
  description: 5000,
  place: 200,
  groupName: 120,
  listingDescription: 1000,
  counterOffer: 1000,
  agreementDescription: 1000,
  counterPerformance: 1000,
  comment: 1000,
  /** Euro cents: one million euros is more than any single agreement at a beursvloer. */
  valueCents: 100_000_000,
  /** Empty rows for offers and for requests on the registration form. */
  formRows: 3,
  /** Listings one party may have at one event. */
  listingsPerParty: 30,
} as const

/** Months after an agreement at which both parties are asked whether it was kept. */
export const FOLLOW_UP_MONTHS = 3
