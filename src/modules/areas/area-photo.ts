import type { Db } from '../../platform/db/database.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { AreaPhotoType } from './area-admin-tables.ts'

/** Area photos are shown large on a public page; 3 MiB is plenty for that and keeps pages light. */
export const MAX_AREA_PHOTO_BYTES = 3 * 1024 * 1024
export const areaPhotoTypes: readonly string[] = ['image/jpeg', 'image/png', 'image/webp'] satisfies AreaPhotoType[]

export interface AreaPhotoInfo {
  alt: LocalizedText
  /** Changes whenever the photo does, so its address can be cached for long. */
  version: number
}

/** The photo's address with its version, which may be cached for long. */
export function areaPhotoUrl(slug: string, photo: AreaPhotoInfo): string {
  return `/wijken/${slug}/foto?v=${photo.version}`
}

export async function areaPhotoInfo(db: Db, areaId: number): Promise<AreaPhotoInfo | undefined> {
  const row = await db.selectFrom('area_photos').select(['alt', 'updated_at']).where('area_id', '=', areaId).executeTakeFirst()
  return row ? { alt: row.alt, version: row.updated_at.getTime() } : undefined
}

export async function areaPhotoAreaIds(db: Db, tenantId: number): Promise<Set<number>> {
  const rows = await db.selectFrom('area_photos').innerJoin('areas', 'areas.id', 'area_photos.area_id').select('area_photos.area_id').where('areas.tenant_id', '=', tenantId).execute()
  return new Set(rows.map((row) => row.area_id))
}

export async function readAreaPhoto(db: Db, tenantId: number, slug: string) {
  const row = await db
    .selectFrom('area_photos')
    .innerJoin('areas', 'areas.id', 'area_photos.area_id')
    .select(['area_photos.content_type', 'area_photos.content', 'area_photos.updated_at'])
    .where('areas.tenant_id', '=', tenantId)
    .where('areas.slug', '=', slug)
    .executeTakeFirst()
  return row ? { contentType: row.content_type, content: row.content, version: row.updated_at.getTime() } : undefined
}
