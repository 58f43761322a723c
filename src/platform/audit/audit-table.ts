import type { ColumnType, Generated, Selectable } from 'kysely'

export interface AuditEventTable {
  id: Generated<number>
  tenant_id: number
  actor_id: number | null
  actor_label: string
  action: string
  object_type: string
  object_id: string
  before: ColumnType<unknown, string | null, never>
  after: ColumnType<unknown, string | null, never>
  created_at: Generated<Date>
}

export type AuditEvent = Selectable<AuditEventTable>
