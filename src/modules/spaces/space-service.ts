import { sql } from 'kysely'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { CheckedUpload } from '../../platform/uploads/file-check.ts'
import type { ValidSpace } from './space-form.ts'
import { LIMITS } from './vocabulary.ts'

export interface SpaceActor {
  tenantId: number
  personId: number
  /** For the audit log: who acted, in words. */
  label: string
  locale: Locale
  now: Date
}

function columns(space: ValidSpace) {
  return {
    name: space.name,
    description: space.description,
    address: space.address,
    area_id: space.areaId,
    latitude: space.location?.latitude ?? null,
    longitude: space.location?.longitude ?? null,
    capacity: space.capacity,
    accessibility: space.accessibility,
    facilities: space.facilities,
    price_kind: space.priceKind,
    price_cents: space.priceCents,
    price_note: space.priceNote,
    visibility: space.visibility,
  }
}

async function replaceSchedule(trx: Db, spaceId: number, space: ValidSpace): Promise<void> {
  await trx.deleteFrom('space_windows').where('space_id', '=', spaceId).execute()
  await trx.deleteFrom('space_closures').where('space_id', '=', spaceId).execute()
  if (space.windows.length > 0) {
    await trx.insertInto('space_windows').values(space.windows.map((window) => ({ space_id: spaceId, weekday: window.weekday, start_minute: window.startMinute, end_minute: window.endMinute }))).execute()
  }
  if (space.closures.length > 0) {
    await trx.insertInto('space_closures').values(space.closures.map((closure) => ({ space_id: spaceId, starts_on: closure.startsOn, ends_on: closure.endsOn, reason: closure.reason }))).execute()
  }
}

/** Lists a new space with its weekly windows and closed periods, all or nothing. */
export async function createSpace(db: Db, actor: SpaceActor, space: ValidSpace): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('spaces')
      .values({ tenant_id: actor.tenantId, owner_id: actor.personId, locale: actor.locale, created_at: actor.now, updated_at: actor.now, ...columns(space) })
      .returning('id')
      .executeTakeFirstOrThrow()
    await replaceSchedule(trx, id, space)
    return id
  })
}

/**
 * Changes a space. When a coordinator changes someone else's space it is audited; the owner's own
 * language is kept for the mails they get.
 */
export async function updateSpace(db: Db, actor: SpaceActor, spaceId: number, space: ValidSpace): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('spaces').select(['owner_id', 'name', 'visibility']).where('id', '=', spaceId).where('tenant_id', '=', actor.tenantId).forUpdate().executeTakeFirst()
    if (!before) return false
    const byOwner = before.owner_id === actor.personId
    await trx
      .updateTable('spaces')
      .set({ ...columns(space), updated_at: actor.now, ...(byOwner ? { locale: actor.locale } : {}) })
      .where('id', '=', spaceId)
      .execute()
    await replaceSchedule(trx, spaceId, space)
    if (!byOwner) {
      await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'space.changed', objectType: 'space', objectId: spaceId, before: { name: before.name, visibility: before.visibility }, after: columns(space) })
    }
    return true
  })
}

/** A coordinator hides a space from everyone but its owner and staff (with the reason), or shows it again. */
export async function setSpaceHidden(db: Db, actor: SpaceActor, spaceId: number, reason: string | null): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('spaces')
      .set(reason === null ? { hidden_at: null, hidden_reason: null, hidden_by: null } : { hidden_at: actor.now, hidden_reason: reason, hidden_by: actor.personId })
      .where('id', '=', spaceId)
      .where('tenant_id', '=', actor.tenantId)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return false
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: reason === null ? 'space.shown' : 'space.hidden', objectType: 'space', objectId: spaceId, after: reason === null ? undefined : { reason } })
    return true
  })
}

/**
 * Adds a photo unless the space already has the most it may have. The space row is locked while
 * counting, so two uploads at once cannot make six.
 */
export async function addSpacePhoto(db: Db, actor: SpaceActor, spaceId: number, upload: CheckedUpload, altText: string): Promise<'added' | 'full'> {
  if (upload.contentType === 'application/pdf') throw new TypeError('a space photo must be an image')
  const contentType = upload.contentType
  return db.transaction().execute(async (trx) => {
    await trx.selectFrom('spaces').select('id').where('id', '=', spaceId).forUpdate().executeTakeFirstOrThrow()
    const { count } = await trx.selectFrom('space_photos').select(sql<number>`count(*)::int`.as('count')).where('space_id', '=', spaceId).executeTakeFirstOrThrow()
    if (count >= LIMITS.photos) return 'full'
    await trx.insertInto('space_photos').values({ space_id: spaceId, content_type: contentType, size_bytes: upload.content.length, content: upload.content, alt_text: altText, uploaded_by: actor.personId }).execute()
    await trx.updateTable('spaces').set({ updated_at: actor.now }).where('id', '=', spaceId).execute()
    return 'added'
  })
}

export async function removeSpacePhoto(db: Db, spaceId: number, photoId: number): Promise<boolean> {
  const deleted = await db.deleteFrom('space_photos').where('id', '=', photoId).where('space_id', '=', spaceId).executeTakeFirst()
  return Number(deleted.numDeletedRows) === 1
}

/** A photo with what decides who may see it: the visibility of its space. */
export async function findSpacePhoto(db: Db, tenantId: number, spaceId: number, photoId: number) {
  const row = await db
    .selectFrom('space_photos')
    .innerJoin('spaces', 'spaces.id', 'space_photos.space_id')
    .innerJoin('people', 'people.id', 'spaces.owner_id')
    .select(['space_photos.content_type', 'space_photos.content', 'spaces.owner_id', 'spaces.visibility', 'spaces.hidden_at', 'people.deleted_at'])
    .where('space_photos.id', '=', photoId)
    .where('space_photos.space_id', '=', spaceId)
    .where('spaces.tenant_id', '=', tenantId)
    .executeTakeFirst()
  if (!row) return undefined
  const { deleted_at, ...photo } = row
  return { ...photo, ownerDeleted: deleted_at !== null }
}
