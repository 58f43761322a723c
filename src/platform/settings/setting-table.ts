import type { ColumnType, Generated } from 'kysely'

export interface SettingTable {
  tenant_id: number
  key: string
  value: ColumnType<unknown, string, string>
  updated_at: Generated<Date>
}
