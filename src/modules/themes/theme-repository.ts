import type { Db } from '../../platform/db/database.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { ThemeRow } from './theme-table.ts'

export interface NewTheme {
  slug: string
  name: LocalizedText
  description: LocalizedText
}

export async function listThemes(db: Db, tenantId: number): Promise<ThemeRow[]> {
  return db.selectFrom('themes').selectAll().where('tenant_id', '=', tenantId).orderBy('position').orderBy('id').execute()
}

export async function insertThemes(db: Db, tenantId: number, themes: NewTheme[]): Promise<void> {
  if (themes.length === 0) return
  await db
    .insertInto('themes')
    .values(
      themes.map((theme, position) => ({
        tenant_id: tenantId,
        slug: theme.slug,
        name: JSON.stringify(theme.name),
        description: JSON.stringify(theme.description),
        position,
      })),
    )
    .execute()
}
