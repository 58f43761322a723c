import type { ColumnType, Generated, Selectable } from 'kysely'
import type { MatchReason } from './reasons.ts'

export const partyKinds = ['helper', 'organisation', 'space'] as const
export type PartyKind = (typeof partyKinds)[number]
export type RequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn'

export interface ConnectionRequestTable {
  id: Generated<number>
  tenant_id: number
  initiative_id: number
  need_id: number
  party_kind: PartyKind
  helper_person_id: number | null
  organisation_id: number | null
  space_id: number | null
  recipient_id: number
  asked_by: number | null
  message: string
  score: number
  reasons: ColumnType<MatchReason[], string, string>
  status: Generated<RequestStatus>
  answer: string | null
  decided_at: Date | null
  connection_id: number | null
  created_at: Generated<Date>
}

export type ConnectionRequestRow = Selectable<ConnectionRequestTable>
