import type { ColumnType, Generated, Selectable } from 'kysely'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { AccessibilityFeature, BookingStatus, Facility, PriceKind, SpaceVisibility } from './vocabulary.ts'

export interface SpaceTable {
  id: Generated<number>
  tenant_id: number
  owner_id: number
  /** The organisation that offers the space, when the owner lists it on its behalf. */
  organisation_id: ColumnType<number | null, number | null | undefined, number | null>
  name: string
  description: string
  address: string
  area_id: number
  latitude: number | null
  longitude: number | null
  /** How many people fit. */
  capacity: number
  accessibility: AccessibilityFeature[]
  facilities: Facility[]
  price_kind: PriceKind
  /** Euro cents per part of the day; null when free. */
  price_cents: number | null
  price_note: string
  visibility: SpaceVisibility
  hidden_at: Date | null
  hidden_reason: string | null
  hidden_by: number | null
  /** The language the owner last used on the space's form, for the mails they get about it. */
  locale: Locale
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type SpaceRow = Selectable<SpaceTable>

/** A weekly opening: on this weekday from `start_minute` to `end_minute` after midnight, local time. */
export interface SpaceWindowTable {
  id: Generated<number>
  space_id: number
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number
  start_minute: number
  /** Up to 1440, so a window can run until midnight. */
  end_minute: number
}

/** Days on which the space is closed whatever its weekly windows say (holidays, renovation). */
export interface SpaceClosureTable {
  id: Generated<number>
  space_id: number
  /** Calendar days, YYYY-MM-DD, both included. */
  starts_on: string
  ends_on: string
  reason: string
}

export interface SpacePhotoTable {
  id: Generated<number>
  space_id: number
  content_type: 'image/jpeg' | 'image/png' | 'image/webp'
  size_bytes: number
  content: Buffer
  alt_text: string
  uploaded_by: number | null
  created_at: Generated<Date>
}

export interface SpaceBookingTable {
  id: Generated<number>
  tenant_id: number
  space_id: number
  requester_id: number
  initiative_id: number | null
  starts_at: Date
  ends_at: Date
  people_count: number
  purpose: string
  status: Generated<BookingStatus>
  decision_reason: string | null
  decided_at: Date | null
  cancelled_at: Date | null
  /** The requester's language, for the mail with the owner's answer. */
  locale: Locale
  created_at: Generated<Date>
}
