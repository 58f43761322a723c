import type { ColumnType, Generated, Selectable } from 'kysely'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'

export interface ThemeTable {
  id: Generated<number>
  tenant_id: number
  slug: string
  name: ColumnType<LocalizedText, string, string>
  description: ColumnType<LocalizedText, string, string>
  position: number
  created_at: Generated<Date>
}

export type ThemeRow = Selectable<ThemeTable>
