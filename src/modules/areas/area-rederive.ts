import type { Db } from '../../platform/db/database.ts'
import { areaContaining, boundingBox, type AreaBoundary, type BoundingBox } from './geometry.ts'

export interface LocatedInitiative {
  id: number
  area_id: number | null
  longitude: number
  latitude: number
}

export interface AreaMove {
  initiativeId: number
  from: number | null
  to: number
}

export interface DerivedAreas {
  moves: AreaMove[]
  /** Initiatives whose point lies outside every area: they keep the area they had. */
  outside: number[]
}

/**
 * Which initiatives lie in another area than the one they have, given these boundaries. An
 * initiative still inside its own area stays there even where areas overlap; one outside every
 * area keeps its area (see docs/decisions.md, "Re-deriving areas after a boundary import").
 */
export function deriveAreas(areas: { id: number; boundary: AreaBoundary }[], initiatives: LocatedInitiative[]): DerivedAreas {
  const boxed = areas.map((area) => ({ ...area, box: boundingBox(area.boundary) }))
  const inBox = (box: BoundingBox, lon: number, lat: number) => lon >= box.minLon && lon <= box.maxLon && lat >= box.minLat && lat <= box.maxLat
  const moves: AreaMove[] = []
  const outside: number[] = []
  for (const initiative of initiatives) {
    const candidates = boxed.filter((area) => inBox(area.box, initiative.longitude, initiative.latitude))
    const own = candidates.find((area) => area.id === initiative.area_id)
    if (own && areaContaining([own], initiative.longitude, initiative.latitude)) continue
    const containing = areaContaining(candidates, initiative.longitude, initiative.latitude)
    if (!containing) outside.push(initiative.id)
    else if (containing.id !== initiative.area_id) moves.push({ initiativeId: initiative.id, from: initiative.area_id, to: containing.id })
  }
  return { moves, outside }
}

export async function locatedInitiatives(db: Db, tenantId: number): Promise<LocatedInitiative[]> {
  const rows = await db
    .selectFrom('initiatives')
    .select(['id', 'area_id', 'longitude', 'latitude'])
    .where('tenant_id', '=', tenantId)
    .where('longitude', 'is not', null)
    .where('latitude', 'is not', null)
    .execute()
  return rows.map((row) => ({ id: row.id, area_id: row.area_id, longitude: row.longitude!, latitude: row.latitude! }))
}

/** Gives every initiative with a point the area whose current boundary contains it. Run it inside the transaction that changed the boundaries. */
export async function rederiveInitiativeAreas(db: Db, tenantId: number): Promise<DerivedAreas> {
  const areas = await db.selectFrom('areas').select(['id', 'boundary']).where('tenant_id', '=', tenantId).orderBy('id').execute()
  const derived = deriveAreas(areas, await locatedInitiatives(db, tenantId))
  const byArea = new Map<number, number[]>()
  for (const move of derived.moves) {
    const ids = byArea.get(move.to) ?? []
    ids.push(move.initiativeId)
    byArea.set(move.to, ids)
  }
  for (const [areaId, ids] of byArea) {
    for (let start = 0; start < ids.length; start += 1000) {
      await db.updateTable('initiatives').set({ area_id: areaId }).where('tenant_id', '=', tenantId).where('id', 'in', ids.slice(start, start + 1000)).execute()
    }
  }
  return derived
}
