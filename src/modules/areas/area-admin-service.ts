import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { AreaPhotoType } from './area-admin-tables.ts'
import type { Actor } from './boundary-import-service.ts'
import type { AreaKind, AreaRow } from './area-table.ts'

export interface AreaDetails {
  name: string
  kind: AreaKind
  population: number
  description: LocalizedText
}

export interface PhotoChange {
  /** A new photo, already checked to be an image. */
  upload?: { contentType: AreaPhotoType; content: Buffer }
  remove: boolean
  alt: LocalizedText
}

/** Saves an area's name, kind, figures, descriptions and photo together, audited with what they were before. */
export async function saveAreaDetails(db: Db, actor: Actor, area: AreaRow, details: AreaDetails, photo: PhotoChange, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const previous = await trx.selectFrom('area_photos').select(['content_type', 'size_bytes', 'alt']).where('area_id', '=', area.id).executeTakeFirst()
    await trx
      .updateTable('areas')
      .set({ name: details.name, kind: details.kind, population: details.population, description: JSON.stringify(details.description) })
      .where('id', '=', area.id)
      .where('tenant_id', '=', actor.tenantId)
      .execute()
    let photoAfter: unknown = previous ? { type: previous.content_type, bytes: previous.size_bytes, alt: photo.alt } : null
    if (photo.remove) {
      await trx.deleteFrom('area_photos').where('area_id', '=', area.id).execute()
      photoAfter = null
    } else if (photo.upload) {
      const values = { content_type: photo.upload.contentType, size_bytes: photo.upload.content.length, content: photo.upload.content, alt: JSON.stringify(photo.alt), updated_at: now }
      await trx.insertInto('area_photos').values({ area_id: area.id, ...values }).onConflict((oc) => oc.column('area_id').doUpdateSet(values)).execute()
      photoAfter = { type: values.content_type, bytes: values.size_bytes, alt: photo.alt }
    } else if (previous) {
      // Only the words change, not the picture: its cached copies stay valid.
      await trx.updateTable('area_photos').set({ alt: JSON.stringify(photo.alt) }).where('area_id', '=', area.id).execute()
    }
    await recordAudit(trx, {
      tenantId: actor.tenantId,
      actorId: actor.personId,
      actorLabel: actor.label,
      action: 'area.changed',
      objectType: 'area',
      objectId: area.id,
      before: { name: area.name, kind: area.kind, population: area.population, description: area.description, photo: previous ? { type: previous.content_type, bytes: previous.size_bytes, alt: previous.alt } : null },
      after: { ...details, photo: photoAfter },
    })
  })
}
