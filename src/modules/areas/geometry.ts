import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'

export type Position = [number, number]

/** A GeoJSON area boundary in WGS84, as stored: longitude first (RFC 7946). */
export type AreaBoundary =
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] }

export interface BoundingBox {
  minLon: number
  minLat: number
  maxLon: number
  maxLat: number
}

function outerRings(boundary: AreaBoundary): Position[][] {
  return boundary.type === 'Polygon' ? [boundary.coordinates[0] ?? []] : boundary.coordinates.map((polygon) => polygon[0] ?? [])
}

export function boundingBox(boundary: AreaBoundary): BoundingBox {
  const box = { minLon: Infinity, minLat: Infinity, maxLon: -Infinity, maxLat: -Infinity }
  for (const ring of outerRings(boundary)) {
    for (const [lon, lat] of ring) {
      box.minLon = Math.min(box.minLon, lon)
      box.minLat = Math.min(box.minLat, lat)
      box.maxLon = Math.max(box.maxLon, lon)
      box.maxLat = Math.max(box.maxLat, lat)
    }
  }
  return box
}

/** The first area whose boundary contains the point (longitude, latitude), or undefined outside them all. */
export function areaContaining<T extends { boundary: AreaBoundary }>(areas: T[], longitude: number, latitude: number): T | undefined {
  return areas.find((area) => booleanPointInPolygon([longitude, latitude], area.boundary))
}
