import type { ColumnType, Generated, Selectable } from 'kysely'
import type {
  ConnectionKind,
  GovernmentRole,
  InitiativeStatus,
  InitiatorKind,
  JournalKind,
  JournalVisibility,
  NeedKind,
  NeedStatus,
  PromiseStatus,
  PublicationState,
} from './vocabulary.ts'

export interface InitiativeOutcome {
  achieved: string
  municipalMoneyCents: number
  participants: number
  helpedMost: string
}

export interface InitiativeTable {
  id: Generated<number>
  tenant_id: number
  title: string
  summary: string
  description: string
  area_id: number | null
  latitude: number | null
  longitude: number | null
  initiator_kind: InitiatorKind
  status: Generated<InitiativeStatus>
  publication: Generated<PublicationState>
  publication_note: string | null
  publish_description: Generated<boolean>
  initiator_id: number | null
  broker_id: number | null
  contact_name: string
  contact_email: string
  contact_phone: string | null
  government_role: GovernmentRole | null
  outcome: ColumnType<InitiativeOutcome | null, string | null, string | null>
  submission_key: string
  created_at: Generated<Date>
  confirmed_at: Date | null
  last_activity_at: Generated<Date>
}
export type InitiativeRow = Selectable<InitiativeTable>

export interface InitiativeThemeTable {
  initiative_id: number
  theme_id: number
}

export interface InitiativeNeedTable {
  id: Generated<number>
  initiative_id: number
  kind: NeedKind
  explanation: string
  status: Generated<NeedStatus>
  answer: string | null
  answered_at: Date | null
}
export type NeedRow = Selectable<InitiativeNeedTable>

export interface InitiativeConfirmationTable {
  token_hash: string
  initiative_id: number
  expires_at: Date
  used_at: Date | null
}

export interface JournalEntryTable {
  id: Generated<number>
  initiative_id: number
  author_id: number | null
  kind: JournalKind
  visibility: JournalVisibility
  body: string
  created_at: Generated<Date>
}
export type JournalEntryRow = Selectable<JournalEntryTable>

export interface PromiseTable {
  id: Generated<number>
  initiative_id: number
  made_by: number | null
  kind: Generated<'firstContact' | 'other'>
  description: string
  /** A calendar day, YYYY-MM-DD. */
  due_on: string
  status: Generated<PromiseStatus>
  replaces_id: number | null
  created_at: Generated<Date>
  resolved_at: Date | null
}
export type PromiseRow = Selectable<PromiseTable>

export interface GovernmentRoleChangeTable {
  id: Generated<number>
  initiative_id: number
  role: GovernmentRole
  reason: string
  changed_by: number | null
  changed_at: Generated<Date>
}

export interface SupportAssessmentTable {
  id: Generated<number>
  initiative_id: number
  answers: ColumnType<Record<string, number | null>, string, string>
  assessed_by: number | null
  assessed_at: Generated<Date>
}

export interface ObstacleTable {
  id: Generated<number>
  tenant_id: number
  initiative_id: number
  rule: string
  department: Generated<string>
  what_happened: string
  delay_days: Generated<number>
  suggested_change: Generated<string>
  recorded_by: number | null
  created_at: Generated<Date>
}
export type ObstacleRow = Selectable<ObstacleTable>

export interface ConnectionTable {
  id: Generated<number>
  initiative_id: number
  kind: ConnectionKind
  description: string
  url: string | null
  made_by: number | null
  /** The helper or organisation the connection was made with, when it is one in Noaber's network. */
  helper_person_id: ColumnType<number | null, number | null | undefined, number | null>
  organisation_id: ColumnType<number | null, number | null | undefined, number | null>
  space_id: ColumnType<number | null, number | null | undefined, number | null>
  /** The need this connection answers, when it came from a suggestion. */
  need_id: ColumnType<number | null, number | null | undefined, number | null>
  outcome: ColumnType<ConnectionOutcome | null, ConnectionOutcome | null | undefined, ConnectionOutcome | null>
  outcome_note: ColumnType<string | null, string | null | undefined, string | null>
  outcome_recorded_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  created_at: Generated<Date>
}
export const connectionOutcomes = ['helped', 'partly', 'notHelped'] as const
export type ConnectionOutcome = (typeof connectionOutcomes)[number]
export type ConnectionRow = Selectable<ConnectionTable>

export interface AttachmentTable {
  id: Generated<number>
  initiative_id: number
  journal_entry_id: number | null
  file_name: string
  content_type: 'image/jpeg' | 'image/png' | 'image/webp' | 'application/pdf'
  size_bytes: number
  content: Buffer
  uploaded_by: number | null
  created_at: Generated<Date>
}

export interface InitiativeFollowerTable {
  initiative_id: number
  person_id: number
  unsubscribe_token_hash: string
  created_at: Generated<Date>
}

export interface CaseReadTable {
  person_id: number
  initiative_id: number
  read_at: Date
}
