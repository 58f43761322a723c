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

/** The finest zoom level whose cells are counted ahead (migration 0020-map-cells); beyond it the points are few enough to group. */
const COUNTED_ZOOM = 17

interface ClusterRow {
  count: number
  lon: number
  lat: number
  /** The initiative's id when the cluster holds just one. */
  id: number | null
}

/**
 * Clusters the public initiatives inside the box on the server: the browser gets a few dozen
 * features whatever the number of initiatives, never the whole set. Up to the counted zoom and with
 * at most one filter the clusters are read from the counted cells, as many rows as there are
 * clusters; otherwise the points are grouped in SQL from the map index.
 */
export async function clusterInitiatives(db: Db, tenantId: number, box: BoundingBox, zoom: number, filters: MapFilters): Promise<FeatureCollection> {
  const facet = zoom <= COUNTED_ZOOM ? await countedFacet(db, tenantId, filters) : undefined
  const rows = facet === undefined ? await groupPoints(db, tenantId, box, zoom, filters) : await readCountedCells(db, tenantId, box, zoom, facet)
  // Titles and statuses only for the points that stand alone.
  const singles = rows.flatMap((row) => (row.count === 1 && row.id !== null ? [row.id] : []))
  const details = new Map(
    singles.length > 0
      ? (await db.selectFrom('initiatives').select(['id', 'title', 'status']).where('id', 'in', singles).execute()).map((row) => [row.id, row])
      : [],
  )
  return {
    type: 'FeatureCollection',
    features: rows.flatMap((row): MapFeature[] => {
      const geometry = { type: 'Point' as const, coordinates: [Number(row.lon), Number(row.lat)] as [number, number] }
      if (row.count > 1) return [{ type: 'Feature', geometry, properties: { cluster: true, count: row.count } }]
      const single = row.id === null ? undefined : details.get(row.id)
      return single ? [{ type: 'Feature', geometry, properties: { cluster: false, id: single.id, title: single.title, status: single.status, url: `/initiatieven/${single.id}` } }] : []
    }),
  }
}

/** The counted facet for the filters, or undefined when they combine more than one (or name an unknown area or theme). */
async function countedFacet(db: Db, tenantId: number, filters: MapFilters): Promise<string | undefined> {
  const given = [filters.status, filters.areaSlug, filters.themeSlug, filters.need].filter((value) => value !== undefined)
  if (given.length === 0) return ''
  if (given.length > 1) return undefined
  if (filters.status) return `s:${filters.status}`
  if (filters.need) return `n:${filters.need}`
  if (filters.areaSlug) {
    const area = await db.selectFrom('areas').select('id').where('tenant_id', '=', tenantId).where('slug', '=', filters.areaSlug).executeTakeFirst()
    return area ? `a:${area.id}` : undefined
  }
  const theme = await db.selectFrom('themes').select('id').where('tenant_id', '=', tenantId).where('slug', '=', filters.themeSlug!).executeTakeFirst()
  return theme ? `t:${theme.id}` : undefined
}

/** The counted cells that overlap the box: whole cells, so a cluster at the edge keeps all its points. */
export async function readCountedCells(db: Db, tenantId: number, box: BoundingBox, zoom: number, facet: string): Promise<ClusterRow[]> {
  const cell = cellSize(zoom)
  const { rows } = await sql<ClusterRow>`
    select count, sum_longitude / count as lon, sum_latitude / count as lat, case when count = 1 then sum_id::int end as id
    from map_cells
    where tenant_id = ${tenantId} and zoom = ${zoom} and facet = ${facet}
      and cell_x between ${Math.floor(box.minLon / cell)} and ${Math.floor(box.maxLon / cell)}
      and cell_y between ${Math.floor(box.minLat / cell)} and ${Math.floor(box.maxLat / cell)}
    limit 2000
  `.execute(db)
  return rows
}

/** Groups the points inside the box in SQL; the grouping reads nothing but the map index. */
export async function groupPoints(db: Db, tenantId: number, box: BoundingBox, zoom: number, filters: MapFilters): Promise<ClusterRow[]> {
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
  const { rows } = await sql<ClusterRow>`
    select count(*)::int as count, avg(i.longitude) as lon, avg(i.latitude) as lat, min(i.id) as id
    from initiatives i
    where ${where}
    group by floor(i.longitude / ${cell}), floor(i.latitude / ${cell})
    limit 2000
  `.execute(db)
  return rows
}
