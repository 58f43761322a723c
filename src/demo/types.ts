import type { LocalizedText } from '../platform/i18n/localized-text.ts'

/** A GeoJSON polygon in WGS84 (RFC 7946): [longitude, latitude] pairs, rings closed. */
export interface PolygonGeometry {
  type: 'Polygon'
  coordinates: [number, number][][]
}

export interface DemoTenant {
  slug: string
  name: string
  /** Host names this municipality answers on; the demo answers on any host. */
  hostNames: string[]
  /** A complete SVG document, our own drawing. */
  logoSvg: string
  colours: {
    /** Brand colour for header band, buttons and links; must reach 4.5:1 against white. */
    primary: string
    /** Darker shade for hover/active states. */
    primaryHover: string
    /** Text colour on the primary colour. */
    onPrimary: string
    /** Soft background tint for highlighted blocks; text on it is the normal dark text. */
    accentBackground: string
  }
  /** Short welcome for the home page. */
  welcome: LocalizedText
}

export interface DemoArea {
  slug: string
  name: string
  kind: 'village' | 'neighbourhood'
  population: number
  description: LocalizedText
  boundary: PolygonGeometry
}

export interface DemoTheme {
  slug: string
  name: LocalizedText
  description: LocalizedText
}
