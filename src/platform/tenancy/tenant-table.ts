import type { ColumnType, Generated, Selectable } from 'kysely'
import type { LocalizedText } from '../i18n/localized-text.ts'

export interface TenantColours {
  primary: string
  primaryHover: string
  onPrimary: string
  accentBackground: string
}

type Json<T> = ColumnType<T, string | T, string | T>

export interface TenantTable {
  id: Generated<number>
  slug: string
  name: string
  host_names: string[]
  logo_svg: Generated<string>
  colours: Json<TenantColours>
  welcome: Json<LocalizedText>
  contact_email: string | null
  created_at: Generated<Date>
}

export type Tenant = Selectable<TenantTable>
