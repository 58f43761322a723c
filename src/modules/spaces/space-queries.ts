import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { ClosedPeriod, OpeningWindow } from './availability.ts'
import type { SpaceRow } from './space-tables.ts'
import type { Facility } from './vocabulary.ts'

/** Who looks at a space: the owner and coordinators manage it; everyone else sees only listed spaces. */
export interface Reader {
  personId: number | undefined
  /** Coordinators and administrators: they may edit and hide any space. */
  isCoordinator: boolean
}

export interface SpaceDetail extends SpaceRow {
  areaName: string
  areaSlug: string
  /** The owner's name, only when they chose to show it publicly. */
  ownerName: string | null
  ownerDeleted: boolean
  windows: OpeningWindow[]
  closures: (ClosedPeriod & { id: number; reason: string })[]
  photos: { id: number; altText: string }[]
}

export function canManage(space: Pick<SpaceRow, 'owner_id'>, reader: Reader): boolean {
  return reader.isCoordinator || (reader.personId !== undefined && space.owner_id === reader.personId)
}

/** Listed by its owner, not hidden by a coordinator, and its owner still has an account. */
export function isListed(space: Pick<SpaceDetail, 'visibility' | 'hidden_at' | 'ownerDeleted'>): boolean {
  return space.visibility === 'listed' && space.hidden_at === null && !space.ownerDeleted
}

/** Whether the reader may see the space at all; for anyone else it does not exist. */
export function canSee(space: SpaceDetail, reader: Reader): boolean {
  return isListed(space) || canManage(space, reader)
}

export async function findSpace(db: Db, tenantId: number, id: number): Promise<SpaceDetail | undefined> {
  const row = await db
    .selectFrom('spaces')
    .innerJoin('areas', 'areas.id', 'spaces.area_id')
    .innerJoin('people', 'people.id', 'spaces.owner_id')
    .selectAll('spaces')
    .select(['areas.name as areaName', 'areas.slug as areaSlug', 'people.display_name as ownerDisplayName', 'people.show_name_publicly', 'people.deleted_at as ownerDeletedAt'])
    .where('spaces.tenant_id', '=', tenantId)
    .where('spaces.id', '=', id)
    .executeTakeFirst()
  if (!row) return undefined
  const [windows, closures, photos] = await Promise.all([
    db.selectFrom('space_windows').select(['weekday', 'start_minute as startMinute', 'end_minute as endMinute']).where('space_id', '=', id).orderBy('weekday').orderBy('start_minute').execute(),
    db.selectFrom('space_closures').select(['id', 'starts_on as startsOn', 'ends_on as endsOn', 'reason']).where('space_id', '=', id).orderBy('starts_on').execute(),
    db.selectFrom('space_photos').select(['id', 'alt_text as altText']).where('space_id', '=', id).orderBy('id').execute(),
  ])
  const { ownerDisplayName, show_name_publicly, ownerDeletedAt, ...space } = row
  return {
    ...space,
    ownerName: show_name_publicly && ownerDisplayName ? ownerDisplayName : null,
    ownerDeleted: ownerDeletedAt !== null,
    windows,
    closures,
    photos,
  }
}

export interface SpaceFilters {
  areaSlug?: string
  minCapacity?: number
  /** Only spaces a wheelchair user can enter. */
  accessible?: boolean
  facility?: Facility
  free?: boolean
}

export interface SpaceSummary {
  id: number
  name: string
  description: string
  address: string
  areaName: string
  areaSlug: string
  capacity: number
  accessibility: SpaceRow['accessibility']
  facilities: SpaceRow['facilities']
  priceKind: SpaceRow['price_kind']
  priceCents: number | null
  priceNote: string
  latitude: number | null
  longitude: number | null
  photo: { id: number; altText: string } | null
  updatedAt: Date
}

function listedSpaces(db: Db, tenantId: number) {
  return db
    .selectFrom('spaces')
    .innerJoin('areas', 'areas.id', 'spaces.area_id')
    .innerJoin('people', 'people.id', 'spaces.owner_id')
    .where('spaces.tenant_id', '=', tenantId)
    .where('spaces.visibility', '=', 'listed')
    .where('spaces.hidden_at', 'is', null)
    .where('people.deleted_at', 'is', null)
}

/** The listed spaces that pass the filters, by name, one page at a time. */
export async function listSpaces(db: Db, tenantId: number, filters: SpaceFilters, page: number, pageSize: number): Promise<{ items: SpaceSummary[]; total: number }> {
  let query = listedSpaces(db, tenantId)
  if (filters.areaSlug) query = query.where('areas.slug', '=', filters.areaSlug)
  if (filters.minCapacity !== undefined) query = query.where('spaces.capacity', '>=', filters.minCapacity)
  if (filters.accessible) query = query.where(sql<boolean>`'wheelchair' = any(spaces.accessibility)`)
  if (filters.facility) query = query.where(sql<boolean>`${filters.facility} = any(spaces.facilities)`)
  if (filters.free) query = query.where('spaces.price_kind', '=', 'free')
  const rows = await query
    .select([
      'spaces.id', 'spaces.name', 'spaces.description', 'spaces.address', 'areas.name as areaName', 'areas.slug as areaSlug', 'spaces.capacity', 'spaces.accessibility',
      'spaces.facilities', 'spaces.price_kind as priceKind', 'spaces.price_cents as priceCents', 'spaces.price_note as priceNote', 'spaces.latitude', 'spaces.longitude',
      'spaces.updated_at as updatedAt',
      sql<number>`count(*) over ()`.as('total'),
    ])
    .select((eb) => eb.selectFrom('space_photos').whereRef('space_photos.space_id', '=', 'spaces.id').select(sql<{ id: number; altText: string }>`json_build_object('id', space_photos.id, 'altText', space_photos.alt_text)`.as('photo')).orderBy('space_photos.id').limit(1).as('photo'))
    .orderBy('spaces.name')
    .orderBy('spaces.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute()
  return {
    total: Number(rows[0]?.total ?? 0),
    items: rows.map(({ total: _total, photo, ...item }) => ({ ...item, photo: photo ?? null })),
  }
}

export interface OwnSpace {
  id: number
  name: string
  areaName: string
  visibility: SpaceRow['visibility']
  hidden: boolean
}

export async function listOwnSpaces(db: Db, tenantId: number, ownerId: number): Promise<OwnSpace[]> {
  const rows = await db
    .selectFrom('spaces')
    .innerJoin('areas', 'areas.id', 'spaces.area_id')
    .select(['spaces.id', 'spaces.name', 'areas.name as areaName', 'spaces.visibility', 'spaces.hidden_at'])
    .where('spaces.tenant_id', '=', tenantId)
    .where('spaces.owner_id', '=', ownerId)
    .orderBy('spaces.name')
    .execute()
  return rows.map(({ hidden_at, ...row }) => ({ ...row, hidden: hidden_at !== null }))
}
