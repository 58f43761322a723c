import type { ColumnType, Generated } from 'kysely'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { ImportedArea, SourceCrs } from './boundary-import.ts'

export type AreaPhotoType = 'image/jpeg' | 'image/png' | 'image/webp'

export interface AreaPhotoTable {
  area_id: number
  content_type: AreaPhotoType
  size_bytes: number
  content: Buffer
  alt: ColumnType<LocalizedText, string, string>
  updated_at: Generated<Date>
}

/** A checked boundary file waiting for the admin's confirmation. */
export interface AreaImportTable {
  id: Generated<number>
  tenant_id: number
  person_id: number
  token_hash: string
  file_name: string
  source_crs: SourceCrs
  areas: ColumnType<ImportedArea[], string, string>
  created_at: Generated<Date>
}
