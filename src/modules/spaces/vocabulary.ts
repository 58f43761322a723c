/** The fixed words of spaces and bookings; the same identifiers in database, code and API. */

export const accessibilityFeatures = ['wheelchair', 'accessibleToilet', 'hearingLoop'] as const
export type AccessibilityFeature = (typeof accessibilityFeatures)[number]

export const facilities = ['kitchen', 'beamer', 'wifi', 'tablesAndChairs', 'outdoorSpace', 'parking', 'soundSystem', 'coffeeAndTea', 'storage', 'stage'] as const
export type Facility = (typeof facilities)[number]

/** Listed spaces appear in the directory, the API and search; an unlisted one only to its owner and coordinators. */
export const spaceVisibilities = ['listed', 'unlisted'] as const
export type SpaceVisibility = (typeof spaceVisibilities)[number]

export const priceKinds = ['free', 'perPartOfDay'] as const
export type PriceKind = (typeof priceKinds)[number]

export type BookingStatus = 'pending' | 'accepted' | 'declined' | 'cancelled'

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const
export type Weekday = (typeof weekdays)[number]

export const LIMITS = {
  name: 120,
  description: 5000,
  address: 200,
  priceNote: 500,
  capacity: 10_000,
  /** Euro cents per part of the day (morning, afternoon or evening). */
  priceCents: 10_000_00,
  photos: 5,
  altText: 200,
  windows: 21,
  closures: 10,
  closureReason: 200,
  purpose: 1000,
  decisionReason: 1000,
  hiddenReason: 1000,
  /** How far ahead a booking may be asked for. */
  bookingDaysAhead: 366,
} as const
