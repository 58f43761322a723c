import proj4 from 'proj4'
import type { Position } from './geometry.ts'

/**
 * Amersfoort / RD New (EPSG:28992), the Dutch national grid in which municipalities and CBS publish
 * boundaries, with the seven-parameter datum shift to WGS84 of the EPSG definition. That shift is
 * accurate to about a metre, far finer than a neighbourhood boundary needs; RDNAPTRANS would add
 * centimetres and a correction grid for no visible gain.
 */
const RD_NEW = '+proj=sterea +lat_0=52.15616055555555 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs'
const toWgs84 = proj4(RD_NEW, 'WGS84')

/** The extent in which RD New is defined (EPSG:28992 bounds, in metres), generously rounded. */
export const RD_NEW_BOUNDS = { minX: -7_000, maxX: 300_000, minY: 289_000, maxY: 629_000 } as const

/** An RD New point (x east, y north, in metres) as WGS84 longitude and latitude, to seven decimals (about a centimetre). */
export function rdNewToWgs84([x, y]: Position): Position {
  const [lon, lat] = toWgs84.forward([x, y]) as [number, number]
  return [round7(lon), round7(lat)]
}

export function round7(value: number): number {
  return Math.round(value * 1e7) / 1e7
}
