import { sql, type RawBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { InitiativeStatus, NeedKind } from '../initiatives/vocabulary.ts'

export interface BoundingBox {
  minLon: number
  minLat: number
  maxLon: number
  maxLat: number
}

export interface MapFilters {
  themeSlug?: string
  areaSlug?: string
  status?: InitiativeStatus
  need?: NeedKind
}

export type MapFeature = {
  type: 'Feature'
  geometry: { type: 'Point'; coordinates: [number, number] }
  properties: { cluster: true; count: number } | { cluster: false; id: number; title: string; status: InitiativeStatus; url: string }
}

export interface FeatureCollection {
  type: 'FeatureCollection'
  features: MapFeature[]
}

/**
 * Up to this zoom level points are grouped in grid cells of about 64 screen pixels, so that even a
 * street dense with initiatives answers with a bounded number of features; beyond it every point
 * stands alone.
 */
const MAX_CLUSTER_ZOOM = 20

/** Cell size in degrees for a zoom level: 64 px of a 256-px Web Mercator tile. */
export function cellSize(zoom: number): number {
  return 90 / 2 ** zoom
}

export function parseBoundingBox(raw: string): BoundingBox | undefined {
  const parts = raw.split(',').map((part) => (/^-?\d{1,3}(\.\d{1,12})?$/.test(part.trim()) ? Number(part) : NaN))
  if (parts.length !== 4 || parts.some(Number.isNaN)) return undefined
  const [minLon, minLat, maxLon, maxLat] = parts as [number, number, number, number]
  if (minLon < -180 || maxLon > 180 || minLat < -90 || maxLat > 90 || minLon >= maxLon || minLat >= maxLat) return undefined
  return { minLon, minLat, maxLon, maxLat }
}

/**
 * Clusters the public initiatives inside the box on the server, in SQL: the browser gets a few
 * dozen features whatever the number of initiatives, never the whole set.
 */
export async function clusterInitiatives(db: Db, tenantId: number, box: BoundingBox, zoom: number, filters: MapFilters): Promise<FeatureCollection> {
  const conditions: RawBuilder<boolean>[] = [
    sql`i.tenant_id = ${tenantId}`,
    sql`i.publication = 'published'`,
    sql`i.status not in ('unconfirmed', 'withdrawn')`,
    sql`i.longitude is not null and i.latitude is not null`,
    sql`i.longitude between ${box.minLon} and ${box.maxLon}`,
    sql`i.latitude between ${box.minLat} and ${box.maxLat}`,
  ]
  if (filters.status) conditions.push(sql`i.status = ${filters.status}`)
  if (filters.areaSlug) conditions.push(sql`exists (select 1 from areas a where a.id = i.area_id and a.slug = ${filters.areaSlug})`)
  if (filters.themeSlug) conditions.push(sql`exists (select 1 from initiative_themes it join themes t on t.id = it.theme_id where it.initiative_id = i.id and t.slug = ${filters.themeSlug})`)
  if (filters.need) conditions.push(sql`exists (select 1 from initiative_needs n where n.initiative_id = i.id and n.kind = ${filters.need})`)
  const where = sql.join(conditions, sql` and `)
  // Past the last clustering zoom, a cell so small that only identical points share it.
  const cell = zoom > MAX_CLUSTER_ZOOM ? 1e-7 : cellSize(zoom)
  const { rows } = await sql<{ count: number; lon: number; lat: number; id: number; status: InitiativeStatus }>`
    select count(*)::int as count, avg(i.longitude) as lon, avg(i.latitude) as lat, min(i.id) as id, min(i.status) as status
    from initiatives i
    where ${where}
    group by floor(i.longitude / ${cell}), floor(i.latitude / ${cell})
    limit 2000
  `.execute(db)
  // Titles only for the points that stand alone: the grouping itself reads nothing but the index.
  const singles = rows.filter((row) => row.count === 1).map((row) => row.id)
  const titles = new Map(
    singles.length > 0 ? (await db.selectFrom('initiatives').select(['id', 'title']).where('id', 'in', singles).execute()).map((row) => [row.id, row.title]) : [],
  )
  return {
    type: 'FeatureCollection',
    features: rows.map((row) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [Number(row.lon), Number(row.lat)] },
      properties: row.count === 1 ? { cluster: false, id: row.id, title: titles.get(row.id) ?? '', status: row.status, url: `/initiatieven/${row.id}` } : { cluster: true, count: row.count },
    })),
  }
}
