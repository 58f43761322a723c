import type { ColumnType, Generated, Selectable } from 'kysely'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { AreaBoundary } from './geometry.ts'

export type AreaKind = 'village' | 'neighbourhood'

export interface AreaTable {
  id: Generated<number>
  tenant_id: number
  slug: string
  name: string
  kind: AreaKind
  population: number
  description: ColumnType<LocalizedText, string, string>
  boundary: ColumnType<AreaBoundary, string, string>
  min_lon: number
  min_lat: number
  max_lon: number
  max_lat: number
  created_at: Generated<Date>
}

export type AreaRow = Selectable<AreaTable>
