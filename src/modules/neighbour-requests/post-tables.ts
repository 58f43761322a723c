import type { Generated, Selectable } from 'kysely'
import type { CloseReason, PostCategory, PostKind, ReportReason, ReportStatus } from './vocabulary.ts'

export interface NeighbourPostTable {
  id: Generated<number>
  tenant_id: number
  author_id: number
  kind: PostKind
  category: PostCategory
  title: string
  description: string
  area_id: number
  /** A calendar day (YYYY-MM-DD), or null when there is no date. */
  needed_by: string | null
  status: Generated<'open' | 'closed'>
  close_reason: CloseReason | null
  closed_at: Date | null
  hidden_at: Date | null
  hidden_reason: string | null
  hidden_by: number | null
  created_at: Date
  updated_at: Date
}
export type NeighbourPostRow = Selectable<NeighbourPostTable>

export interface NeighbourPostResponseTable {
  id: Generated<number>
  post_id: number
  responder_id: number
  message: string
  /** The conversation in the messages module that this response started. */
  conversation_id: number | null
  created_at: Date
}

export interface NeighbourPostReportTable {
  id: Generated<number>
  post_id: number
  reporter_id: number
  reason: ReportReason
  note: Generated<string>
  status: Generated<ReportStatus>
  decided_by: number | null
  decided_at: Date | null
  created_at: Date
}
