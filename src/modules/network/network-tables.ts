import type { ColumnType, Generated, Selectable } from 'kysely'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { Availability, HelperVisibility, NameShown, OfferKind, OrganisationKind, OrganisationVisibility, TimeCommitment } from './vocabulary.ts'

export interface SkillTable {
  id: Generated<number>
  tenant_id: number
  name: ColumnType<LocalizedText, string, string>
  retired_at: Date | null
  created_at: Generated<Date>
}
export type SkillRow = Selectable<SkillTable>

export interface HelperProfileTable {
  id: Generated<number>
  tenant_id: number
  person_id: number
  description: string
  tags: ColumnType<string[], string[], string[]>
  whole_municipality: boolean
  availability: ColumnType<Availability[], Availability[], Availability[]>
  time_commitment: TimeCommitment
  hours_per_month: number | null
  visibility: HelperVisibility
  show_contributions: boolean
  name_shown: NameShown
  latitude: number | null
  longitude: number | null
  /** Written by the service from skills, tags and description; never set directly. */
  search_document: Generated<string>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type HelperProfileRow = Selectable<HelperProfileTable>

export interface HelperSkillTable {
  helper_id: number
  skill_id: number
}

export interface HelperAreaTable {
  helper_id: number
  area_id: number
  position: number
}

export interface OrganisationTable {
  id: Generated<number>
  tenant_id: number
  slug: string
  name: string
  kind: OrganisationKind
  description: string
  website: string | null
  address: string
  area_id: number | null
  latitude: number | null
  longitude: number | null
  visibility: Generated<OrganisationVisibility>
  created_by: number | null
  search_document: Generated<string>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type OrganisationRow = Selectable<OrganisationTable>

export interface OrganisationContactTable {
  organisation_id: number
  person_id: number
  role_title: string
  invited_by: number | null
  invited_at: Generated<Date>
  /** Null while invited: an invited person is not a contact until they accept. */
  accepted_at: Date | null
}

export interface OrganisationOfferTable {
  id: Generated<number>
  organisation_id: number
  kind: OfferKind
  description: string
  active: Generated<boolean>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type OrganisationOfferRow = Selectable<OrganisationOfferTable>
