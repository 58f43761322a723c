import { slugify } from '../../platform/text/slug.ts'
import { kinks } from '@turf/kinks'
import type { AreaKind } from './area-table.ts'
import type { AreaBoundary, Position } from './geometry.ts'
import { RD_NEW_BOUNDS, rdNewToWgs84, round7 } from './rd-new.ts'

/** The coordinate system a boundary file was written in; what we store is always WGS84. */
export type SourceCrs = 'wgs84' | 'rdNew'

/** One area from a checked boundary file, its boundary already in WGS84. */
export interface ImportedArea {
  /** Where the feature stands in the file (1-based), so messages can name it. */
  position: number
  name: string
  slug: string
  /** The kind the file states; null when it states none (an existing area then keeps its kind). */
  kind: AreaKind | null
  boundary: AreaBoundary
}

export type BoundaryProblemCode =
  | 'notJson'
  | 'notCollection'
  | 'noFeatures'
  | 'tooManyFeatures'
  | 'tooManyPositions'
  | 'unknownCrs'
  | 'unknownCoordinates'
  | 'notFeature'
  | 'noName'
  | 'nameTooLong'
  | 'badSlug'
  | 'noSlug'
  | 'badKind'
  | 'noGeometry'
  | 'wrongGeometry'
  | 'badCoordinates'
  | 'notNumber'
  | 'outOfRange'
  | 'tooFewPositions'
  | 'ringTooDetailed'
  | 'notClosed'
  | 'selfIntersection'
  | 'duplicateName'
  | 'duplicateSlug'

/** Where in a geometry a problem is: the part of a MultiPolygon and the ring, both 1-based. */
export interface GeometryPlace {
  polygon?: number
  ring?: number
}

export interface BoundaryProblem {
  code: BoundaryProblemCode
  /** The feature concerned, by position and (when it has one) name; absent for problems of the whole file. */
  feature?: { position: number; name?: string }
  place?: GeometryPlace
  params?: Record<string, string | number>
}

export type BoundaryFileOutcome = { ok: true; crs: SourceCrs; areas: ImportedArea[] } | { ok: false; problems: BoundaryProblem[] }

export const BOUNDARY_LIMITS = {
  features: 500,
  /** Self-intersection checks compare every segment with every other; these keep that to seconds at worst. */
  positionsPerRing: 10_000,
  positions: 200_000,
  name: 200,
} as const

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

/** An area's identifier from its name: "Esveld-Centrum" → "esveld-centrum". */
export function slugFromName(name: string): string {
  return slugify(name, 80)
}

function declaredCrs(collection: Json): SourceCrs | { unknown: string } | undefined {
  const crs = collection.crs
  if (crs === undefined || crs === null) return undefined
  const properties = isObject(crs) && isObject(crs.properties) ? crs.properties : {}
  const name = typeof properties.name === 'string' ? properties.name : properties.code !== undefined ? `EPSG:${String(properties.code)}` : ''
  // "EPSG:28992", "urn:ogc:def:crs:EPSG::28992"; "urn:ogc:def:crs:OGC:1.3:CRS84", "EPSG:4326" (GeoJSON files put longitude first whatever EPSG says).
  if (/(^|\D)28992$/.test(name)) return 'rdNew'
  if (/CRS84$/i.test(name) || /(^|\D)4326$/.test(name)) return 'wgs84'
  return { unknown: (name || JSON.stringify(crs)).slice(0, 80) }
}

function firstPosition(value: unknown): [number, number] | undefined {
  if (!Array.isArray(value)) return undefined
  if (typeof value[0] === 'number' && typeof value[1] === 'number') return [value[0], value[1]]
  for (const item of value) {
    const found = firstPosition(item)
    if (found) return found
  }
  return undefined
}

/** Without a `crs` member the numbers tell: degrees stay within ±180/±90, RD New metres are in the hundreds of thousands. */
function detectCrs(features: unknown[]): SourceCrs | undefined {
  for (const feature of features) {
    const geometry = isObject(feature) && isObject(feature.geometry) ? feature.geometry : undefined
    const position = firstPosition(geometry?.coordinates)
    if (!position || !position.every(Number.isFinite)) continue
    const [x, y] = position
    if (Math.abs(x) <= 180 && Math.abs(y) <= 90) return 'wgs84'
    if (inRdBounds(x, y)) return 'rdNew'
    return undefined
  }
  return undefined
}

function inRdBounds(x: number, y: number): boolean {
  return x >= RD_NEW_BOUNDS.minX && x <= RD_NEW_BOUNDS.maxX && y >= RD_NEW_BOUNDS.minY && y <= RD_NEW_BOUNDS.maxY
}

type Read<T> = { value: T } | { problem: Omit<BoundaryProblem, 'feature'> }

const CRS_LABEL: Record<SourceCrs, string> = { wgs84: 'WGS84', rdNew: 'RD New (EPSG:28992)' }

function readRing(ring: unknown, crs: SourceCrs, place: GeometryPlace): Read<Position[]> {
  const fail = (code: BoundaryProblemCode, params?: Record<string, string | number>): Read<Position[]> => ({ problem: { code, place, params } })
  if (!Array.isArray(ring)) return fail('badCoordinates')
  for (const position of ring) {
    if (!Array.isArray(position) || position.length < 2 || position.length > 3) return fail('badCoordinates')
    if (position.some((number) => Array.isArray(number) || isObject(number))) return fail('badCoordinates')
    if (!position.every((number) => typeof number === 'number' && Number.isFinite(number))) return fail('notNumber')
    const [x, y] = position as number[] as Position
    const inRange = crs === 'wgs84' ? Math.abs(x) <= 180 && Math.abs(y) <= 90 : inRdBounds(x, y)
    if (!inRange) return fail('outOfRange', { x, y, crs: CRS_LABEL[crs] })
  }
  if (ring.length < 4) return fail('tooFewPositions', { count: ring.length })
  if (ring.length > BOUNDARY_LIMITS.positionsPerRing) return fail('ringTooDetailed', { max: BOUNDARY_LIMITS.positionsPerRing })
  const first = ring[0] as number[]
  const last = ring[ring.length - 1] as number[]
  if (first[0] !== last[0] || first[1] !== last[1]) return fail('notClosed')
  // Repeated points (common in exported files, and made by rounding) are dropped; they would read as the ring touching itself.
  const converted: Position[] = []
  for (const position of ring as Position[]) {
    const point: Position = crs === 'rdNew' ? rdNewToWgs84(position) : [round7(position[0]), round7(position[1])]
    const previous = converted[converted.length - 1]
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) converted.push(point)
  }
  if (converted.length < 4) return fail('tooFewPositions', { count: converted.length })
  return { value: converted }
}

function readGeometry(geometry: unknown, crs: SourceCrs): Read<AreaBoundary> {
  if (!isObject(geometry)) return { problem: { code: 'noGeometry' } }
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return { problem: { code: 'wrongGeometry', params: { type: typeof geometry.type === 'string' ? geometry.type.slice(0, 40) : '?' } } }
  }
  const multi = geometry.type === 'MultiPolygon'
  const polygons: unknown = multi ? geometry.coordinates : [geometry.coordinates]
  if (!Array.isArray(polygons) || polygons.length === 0) return { problem: { code: 'badCoordinates' } }
  const converted: Position[][][] = []
  for (const [p, polygon] of polygons.entries()) {
    const part = multi ? p + 1 : undefined
    if (!Array.isArray(polygon) || polygon.length === 0) return { problem: { code: 'badCoordinates', place: { polygon: part } } }
    const rings: Position[][] = []
    for (const [r, ring] of polygon.entries()) {
      const read = readRing(ring, crs, { polygon: part, ring: r + 1 })
      if ('problem' in read) return read
      rings.push(read.value)
    }
    converted.push(rings)
  }
  return { value: multi ? { type: 'MultiPolygon', coordinates: converted } : { type: 'Polygon', coordinates: converted[0]! } }
}

function positionCount(boundary: AreaBoundary): number {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates
  return polygons.flat().reduce((sum, ring) => sum + ring.length, 0)
}

/** Where a boundary crosses or touches itself, per polygon (the parts of a MultiPolygon may touch each other). */
function selfIntersection(boundary: AreaBoundary): { place: GeometryPlace; point: Position } | undefined {
  const polygons = boundary.type === 'Polygon' ? [boundary.coordinates] : boundary.coordinates
  for (const [index, rings] of polygons.entries()) {
    const found = kinks({ type: 'Polygon', coordinates: rings }).features[0]
    if (found) return { place: { polygon: boundary.type === 'MultiPolygon' ? index + 1 : undefined }, point: found.geometry.coordinates as Position }
  }
  return undefined
}

const KINDS: Record<string, AreaKind> = { dorp: 'village', kern: 'village', village: 'village', wijk: 'neighbourhood', buurt: 'neighbourhood', neighbourhood: 'neighbourhood', neighborhood: 'neighbourhood' }

/**
 * Reads a GeoJSON FeatureCollection of area boundaries and checks all of it: every problem is
 * reported, each naming its feature, and the file is usable only when there are none. Coordinates
 * in RD New are converted to WGS84.
 */
export function readBoundaryFile(content: Buffer): BoundaryFileOutcome {
  const fileProblem = (code: BoundaryProblemCode, params?: Record<string, string | number>): BoundaryFileOutcome => ({ ok: false, problems: [{ code, params }] })
  let collection: unknown
  try {
    collection = JSON.parse(content.toString('utf8').replace(/^\uFEFF/, ''))
  } catch {
    return fileProblem('notJson')
  }
  if (!isObject(collection) || collection.type !== 'FeatureCollection' || !Array.isArray(collection.features)) return fileProblem('notCollection')
  const features: unknown[] = collection.features
  if (features.length === 0) return fileProblem('noFeatures')
  if (features.length > BOUNDARY_LIMITS.features) return fileProblem('tooManyFeatures', { max: BOUNDARY_LIMITS.features })
  const declared = declaredCrs(collection)
  if (typeof declared === 'object') return fileProblem('unknownCrs', { name: declared.unknown })
  const crs = declared ?? detectCrs(features)
  if (!crs) return fileProblem('unknownCoordinates')

  const problems: BoundaryProblem[] = []
  const areas: ImportedArea[] = []
  const byName = new Map<string, number>()
  const bySlug = new Map<string, number>()
  features.forEach((feature, index) => {
    const position = index + 1
    if (!isObject(feature) || feature.type !== 'Feature') {
      problems.push({ code: 'notFeature', feature: { position } })
      return
    }
    const properties = isObject(feature.properties) ? feature.properties : {}
    const rawName = properties.naam ?? properties.name
    const name = typeof rawName === 'string' ? rawName.replace(/\s+/g, ' ').trim() : ''
    const named = { position, name: name ? name.slice(0, 80) : undefined }
    const problemsBefore = problems.length
    if (!name) problems.push({ code: 'noName', feature: named })
    else if (name.length > BOUNDARY_LIMITS.name) problems.push({ code: 'nameTooLong', feature: named, params: { max: BOUNDARY_LIMITS.name } })

    const rawSlug = properties.slug ?? properties.code
    let slug = ''
    if (typeof rawSlug === 'string' || typeof rawSlug === 'number') {
      slug = String(rawSlug).trim().toLowerCase()
      if (!/^[a-z0-9-]{1,80}$/.test(slug)) problems.push({ code: 'badSlug', feature: named, params: { slug: String(rawSlug).slice(0, 80) } })
    } else if (name) {
      slug = slugFromName(name)
      if (!slug) problems.push({ code: 'noSlug', feature: named })
    }

    const rawKind = properties.type ?? properties.soort
    let kind: AreaKind | null = null
    if (rawKind !== undefined && rawKind !== null && rawKind !== '') {
      kind = typeof rawKind === 'string' ? (KINDS[rawKind.trim().toLowerCase()] ?? null) : null
      if (!kind) problems.push({ code: 'badKind', feature: named, params: { kind: String(rawKind).slice(0, 40) } })
    }

    const geometry = readGeometry(feature.geometry, crs)
    if ('problem' in geometry) problems.push({ ...geometry.problem, feature: named })

    const nameKey = name.toLowerCase()
    if (name && byName.has(nameKey)) problems.push({ code: 'duplicateName', feature: named, params: { other: byName.get(nameKey)! } })
    else if (slug && bySlug.has(slug)) problems.push({ code: 'duplicateSlug', feature: named, params: { slug, other: bySlug.get(slug)! } })
    if (name && !byName.has(nameKey)) byName.set(nameKey, position)
    if (slug && !bySlug.has(slug)) bySlug.set(slug, position)

    if (problems.length === problemsBefore && 'value' in geometry) areas.push({ position, name, slug, kind, boundary: geometry.value })
  })

  const positions = areas.reduce((sum, area) => sum + positionCount(area.boundary), 0)
  if (positions > BOUNDARY_LIMITS.positions) return fileProblem('tooManyPositions', { max: BOUNDARY_LIMITS.positions })
  for (const area of areas) {
    const crossing = selfIntersection(area.boundary)
    if (crossing) {
      problems.push({ code: 'selfIntersection', feature: { position: area.position, name: area.name }, place: crossing.place, params: { lon: crossing.point[0].toFixed(5), lat: crossing.point[1].toFixed(5) } })
    }
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => (a.feature?.position ?? 0) - (b.feature?.position ?? 0)) }
  return { ok: true, crs, areas }
}
