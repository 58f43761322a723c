import type { DemoRandom } from './random.ts'
import type { PolygonGeometry } from './types.ts'

/**
 * Whether a point lies inside a polygon (ray casting over the outer ring, holes subtracted). Good
 * enough for the small demo areas, where longitude and latitude can be treated as a flat plane.
 */
export function pointInPolygon(longitude: number, latitude: number, polygon: PolygonGeometry): boolean {
  const [outer, ...holes] = polygon.coordinates
  if (!outer || !insideRing(longitude, latitude, outer)) return false
  return !holes.some((hole) => insideRing(longitude, latitude, hole))
}

function insideRing(x: number, y: number, ring: [number, number][]): boolean {
  let inside = false
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!
    const [xj, yj] = ring[j]!
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside
  }
  return inside
}

/**
 * A random point inside the polygon, rounded to five decimals (about a metre): random points in the
 * bounding box until one falls inside, kept a little away from the border so markers never sit on it.
 */
export function randomPointIn(polygon: PolygonGeometry, random: DemoRandom): { latitude: number; longitude: number } {
  const ring = polygon.coordinates[0] ?? []
  const lons = ring.map(([lon]) => lon)
  const lats = ring.map(([, lat]) => lat)
  const minLon = Math.min(...lons)
  const maxLon = Math.max(...lons)
  const minLat = Math.min(...lats)
  const maxLat = Math.max(...lats)
  const margin = 0.0004
  for (let attempt = 0; attempt < 1000; attempt++) {
    const longitude = Math.round((minLon + random.next() * (maxLon - minLon)) * 1e5) / 1e5
    const latitude = Math.round((minLat + random.next() * (maxLat - minLat)) * 1e5) / 1e5
    const clear = [
      [0, 0],
      [margin, 0],
      [-margin, 0],
      [0, margin],
      [0, -margin],
    ].every(([dx, dy]) => pointInPolygon(longitude + dx!, latitude + dy!, polygon))
    if (clear) return { latitude, longitude }
  }
  throw new Error('No point found inside the polygon')
}

/**
 * A random point near `centre` (within about `spread` degrees, denser towards the middle) that lies
 * inside the polygon: a village's initiatives cluster round its core, not across its farmland.
 */
export function randomPointNear(polygon: PolygonGeometry, centre: { latitude: number; longitude: number }, spread: number, random: DemoRandom): { latitude: number; longitude: number } {
  for (let attempt = 0; attempt < 1000; attempt++) {
    const distance = spread * (random.next() + random.next()) / 2
    const angle = random.next() * 2 * Math.PI
    // A degree of longitude is about 0.61 of a degree of latitude at 52° north.
    const longitude = Math.round((centre.longitude + (distance * Math.cos(angle)) / 0.61) * 1e5) / 1e5
    const latitude = Math.round((centre.latitude + distance * Math.sin(angle)) * 1e5) / 1e5
    if (pointInPolygon(longitude, latitude, polygon)) return { latitude, longitude }
  }
  return randomPointIn(polygon, random)
}
