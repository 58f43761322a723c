import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { AccessibilityFeature, BookingStatus, Facility } from './vocabulary.ts'

export const accessibilityLabel: Record<AccessibilityFeature, MessageKey> = {
  wheelchair: 'spaces.accessibility.wheelchair',
  accessibleToilet: 'spaces.accessibility.accessibleToilet',
  hearingLoop: 'spaces.accessibility.hearingLoop',
}

export const facilityLabel: Record<Facility, MessageKey> = {
  kitchen: 'spaces.facility.kitchen',
  beamer: 'spaces.facility.beamer',
  wifi: 'spaces.facility.wifi',
  tablesAndChairs: 'spaces.facility.tablesAndChairs',
  outdoorSpace: 'spaces.facility.outdoorSpace',
  parking: 'spaces.facility.parking',
  soundSystem: 'spaces.facility.soundSystem',
  coffeeAndTea: 'spaces.facility.coffeeAndTea',
  storage: 'spaces.facility.storage',
  stage: 'spaces.facility.stage',
}

export const bookingStatusLabel: Record<BookingStatus, MessageKey> = {
  pending: 'spaces.booking.status.pending',
  accepted: 'spaces.booking.status.accepted',
  declined: 'spaces.booking.status.declined',
  cancelled: 'spaces.booking.status.cancelled',
}

export const weekdayLabel: Record<number, MessageKey> = {
  1: 'spaces.weekday.1',
  2: 'spaces.weekday.2',
  3: 'spaces.weekday.3',
  4: 'spaces.weekday.4',
  5: 'spaces.weekday.5',
  6: 'spaces.weekday.6',
  7: 'spaces.weekday.7',
}
