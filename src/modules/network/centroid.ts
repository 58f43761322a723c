import type { AreaBoundary, Position } from '../areas/geometry.ts'

/** Signed area and area-weighted centre of a closed ring, treating degrees as a flat plane (fine at the scale of one municipality). */
function ringCentroid(ring: Position[]): { area: number; lon: number; lat: number } {
  let twiceArea = 0
  let lon = 0
  let lat = 0
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!
    const [x1, y1] = ring[i + 1]!
    const cross = x0 * y1 - x1 * y0
    twiceArea += cross
    lon += (x0 + x1) * cross
    lat += (y0 + y1) * cross
  }
  if (twiceArea === 0) {
    // A degenerate ring: the average of its corners is the best we can say.
    const corners = ring.slice(0, Math.max(1, ring.length - 1))
    return { area: 0, lon: corners.reduce((sum, [x]) => sum + x, 0) / corners.length, lat: corners.reduce((sum, [, y]) => sum + y, 0) / corners.length }
  }
  return { area: Math.abs(twiceArea / 2), lon: lon / (3 * twiceArea), lat: lat / (3 * twiceArea) }
}

/**
 * The centre of an area, where a helper who serves it is placed for distances: the centroid of its
 * largest polygon's outer ring, rounded to five decimals (about a metre).
 */
export function areaCentroid(boundary: AreaBoundary): { latitude: number; longitude: number } | undefined {
  const rings = boundary.type === 'Polygon' ? [boundary.coordinates[0] ?? []] : boundary.coordinates.map((polygon) => polygon[0] ?? [])
  const centres = rings.filter((ring) => ring.length >= 3).map(ringCentroid)
  if (centres.length === 0) return undefined
  const largest = centres.reduce((best, centre) => (centre.area > best.area ? centre : best))
  return { latitude: Math.round(largest.lat * 1e5) / 1e5, longitude: Math.round(largest.lon * 1e5) / 1e5 }
}
