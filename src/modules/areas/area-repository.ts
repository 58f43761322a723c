import type { Db } from '../../platform/db/database.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { AreaKind, AreaRow } from './area-table.ts'
import { boundingBox, type AreaBoundary } from './geometry.ts'

export interface NewArea {
  slug: string
  name: string
  kind: AreaKind
  population: number
  description: LocalizedText
  boundary: AreaBoundary
}

/** An area without its boundary: what lists, cards and choices need. */
export type AreaListing = Omit<AreaRow, 'boundary'>

const summaryColumns = ['id', 'tenant_id', 'slug', 'name', 'kind', 'population', 'description', 'min_lon', 'min_lat', 'max_lon', 'max_lat', 'created_at'] as const

/** The municipality's areas, villages and neighbourhoods by name, without boundaries: those can be large, and most pages do not draw them. */
export async function listAreas(db: Db, tenantId: number): Promise<AreaListing[]> {
  return db.selectFrom('areas').select(summaryColumns).where('tenant_id', '=', tenantId).orderBy('kind').orderBy('name').execute()
}

/** The areas with their boundaries, for maps and for finding the area of a point. */
export async function listAreaBoundaries(db: Db, tenantId: number): Promise<AreaRow[]> {
  return db.selectFrom('areas').selectAll().where('tenant_id', '=', tenantId).orderBy('kind').orderBy('name').execute()
}

export async function findArea(db: Db, tenantId: number, slug: string): Promise<AreaRow | undefined> {
  return db.selectFrom('areas').selectAll().where('tenant_id', '=', tenantId).where('slug', '=', slug).executeTakeFirst()
}

export async function insertAreas(db: Db, tenantId: number, areas: NewArea[]): Promise<void> {
  if (areas.length === 0) return
  await db
    .insertInto('areas')
    .values(
      areas.map((area) => {
        const box = boundingBox(area.boundary)
        return {
          tenant_id: tenantId,
          slug: area.slug,
          name: area.name,
          kind: area.kind,
          population: area.population,
          description: JSON.stringify(area.description),
          boundary: JSON.stringify(area.boundary),
          min_lon: box.minLon,
          min_lat: box.minLat,
          max_lon: box.maxLon,
          max_lat: box.maxLat,
        }
      }),
    )
    .execute()
}

/** A new boundary for an existing area, with the bounding box that the map and point lookups filter on. */
export async function replaceAreaBoundary(db: Db, tenantId: number, areaId: number, boundary: AreaBoundary, kind: AreaKind): Promise<void> {
  const box = boundingBox(boundary)
  await db
    .updateTable('areas')
    .set({ boundary: JSON.stringify(boundary), kind, min_lon: box.minLon, min_lat: box.minLat, max_lon: box.maxLon, max_lat: box.maxLat })
    .where('id', '=', areaId)
    .where('tenant_id', '=', tenantId)
    .execute()
}
