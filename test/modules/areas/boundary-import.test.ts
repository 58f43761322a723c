import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { deriveAreas } from '../../../src/modules/areas/area-rederive.ts'
import { readBoundaryFile, slugFromName, type BoundaryFileOutcome } from '../../../src/modules/areas/boundary-import.ts'
import type { AreaBoundary } from '../../../src/modules/areas/geometry.ts'
import { boundaryProblemText } from '../../../src/modules/areas/import-problems.ts'
import { readPopulation } from '../../../src/modules/areas/population.ts'
import { rdNewToWgs84 } from '../../../src/modules/areas/rd-new.ts'
import { translator } from '../../../src/platform/i18n/translate.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))
const json = (value: unknown) => Buffer.from(JSON.stringify(value))
const square = (x: number, y: number, size: number) => [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]]
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features })
const feature = (properties: Record<string, unknown>, geometry: unknown) => ({ type: 'Feature', properties, geometry })

function messages(outcome: BoundaryFileOutcome, locale: 'nl' | 'en' = 'nl'): string[] {
  assert.equal(outcome.ok, false, 'the file is refused')
  return outcome.ok ? [] : outcome.problems.map((problem) => boundaryProblemText(translator(locale), problem))
}

describe('RD New to WGS84', () => {
  it('puts the origin of the Dutch grid at the Onze Lieve Vrouwetoren in Amersfoort', () => {
    const [lon, lat] = rdNewToWgs84([155000, 463000])
    assert.ok(Math.abs(lon - 5.3872) < 0.0005, `longitude ${lon}`)
    assert.ok(Math.abs(lat - 52.1552) < 0.0005, `latitude ${lat}`)
  })

  it('puts a point 10 km east of Amersfoort about 0.147 degrees of longitude further east', () => {
    const [lon] = rdNewToWgs84([165000, 463000])
    assert.ok(Math.abs(lon - 5.3872 - 0.1467) < 0.002, `longitude ${lon}`)
  })
})

describe('reading a boundary file', () => {
  it('reads WGS84 areas with their names, slugs from the names, and kinds', () => {
    const outcome = readBoundaryFile(fixture('wgs84-boundaries.geojson'))
    assert.ok(outcome.ok)
    assert.equal(outcome.crs, 'wgs84')
    assert.deepEqual(outcome.areas.map(({ name, slug, kind }) => ({ name, slug, kind })), [
      { name: 'Oosterhof', slug: 'oosterhof', kind: 'neighbourhood' },
      { name: 'Weverij', slug: 'weverij', kind: 'neighbourhood' },
    ])
  })

  it('recognises RD New by the size of the numbers and converts it', () => {
    const outcome = readBoundaryFile(fixture('rd-new-boundaries.geojson'))
    assert.ok(outcome.ok)
    assert.equal(outcome.crs, 'rdNew')
    const boundary = outcome.areas[0]!.boundary
    assert.equal(boundary.type, 'MultiPolygon')
    const ring = boundary.type === 'MultiPolygon' ? boundary.coordinates[0]![0]! : []
    const lons = ring.map(([lon]) => lon)
    const lats = ring.map(([, lat]) => lat)
    assert.ok(Math.min(...lons) < 5.3872 && Math.max(...lons) > 5.3872)
    assert.ok(Math.min(...lats) < 52.1552 && Math.max(...lats) > 52.1552)
    assert.ok(Math.abs(Math.max(...lons) - Math.min(...lons) - 0.0293) < 0.001, '2 km east to west')
  })

  it('follows a declared crs member, and refuses one it does not know', () => {
    const rd = readBoundaryFile(json({ ...collection(feature({ naam: 'Vlak' }, { type: 'Polygon', coordinates: square(154000, 462000, 500) })), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::28992' } } }))
    assert.ok(rd.ok && rd.crs === 'rdNew')
    const crs84 = readBoundaryFile(json({ ...collection(feature({ naam: 'Vlak' }, { type: 'Polygon', coordinates: square(6.6, 52.3, 0.01) })), crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } }))
    assert.ok(crs84.ok && crs84.crs === 'wgs84')
    const other = readBoundaryFile(json({ ...collection(feature({ naam: 'Vlak' }, { type: 'Polygon', coordinates: square(6.6, 52.3, 0.01) })), crs: { type: 'name', properties: { name: 'EPSG:3857' } } }))
    assert.match(messages(other)[0]!, /coördinatenstelsel "EPSG:3857"/)
  })

  it('refuses coordinates that are neither degrees nor RD metres', () => {
    assert.match(messages(readBoundaryFile(json(collection(feature({ naam: 'Ver weg' }, { type: 'Polygon', coordinates: square(700000, 5800000, 100) })))))[0]!, /geen WGS84/)
  })

  it('names the feature and the ring of an unclosed ring, in Dutch and in English', () => {
    const outcome = readBoundaryFile(fixture('unclosed-ring.geojson'))
    assert.deepEqual(messages(outcome), ['Gebied 2 (Open Veld), ring 1: de ring is niet gesloten. Het laatste punt moet gelijk zijn aan het eerste.'])
    assert.deepEqual(messages(outcome, 'en'), ['Feature 2 (Open Veld), ring 1: the ring is not closed. The last point must equal the first.'])
  })

  it('refuses a self-intersecting polygon, saying where it crosses', () => {
    assert.deepEqual(messages(readBoundaryFile(fixture('self-intersecting.geojson'))), ['Gebied 1 (Strikje): de grens snijdt of raakt zichzelf bij 6.60500, 52.30500.'])
  })

  it('refuses geometry types other than Polygon and MultiPolygon', () => {
    assert.deepEqual(messages(readBoundaryFile(fixture('wrong-geometry.geojson'))), ['Gebied 1 (Dijkpad) is een LineString. Alleen Polygon en MultiPolygon zijn toegestaan.'])
  })

  it('refuses a file that is not JSON, or JSON that is not a FeatureCollection', () => {
    assert.match(messages(readBoundaryFile(fixture('not-json.geojson')))[0]!, /geen geldige JSON/)
    assert.match(messages(readBoundaryFile(json({ type: 'Feature' })))[0]!, /geen GeoJSON FeatureCollection/)
    assert.match(messages(readBoundaryFile(json(collection())))[0]!, /geen gebieden/)
  })

  it('reports every problem at once, each naming its feature by name or by position', () => {
    const outcome = readBoundaryFile(
      json(
        collection(
          feature({ naam: 'Goed' }, { type: 'Polygon', coordinates: square(6.6, 52.3, 0.01) }),
          feature({}, { type: 'Polygon', coordinates: square(6.62, 52.3, 0.01) }),
          feature({ naam: 'Te klein' }, { type: 'Polygon', coordinates: [[[6.6, 52.3], [6.61, 52.3], [6.6, 52.3]]] }),
          feature({ naam: 'Goed' }, { type: 'Polygon', coordinates: square(6.64, 52.3, 0.01) }),
          feature({ naam: 'Tekst', type: 'stad' }, { type: 'Polygon', coordinates: [[[6.6, '52.3'], [6.61, 52.3], [6.61, 52.31], [6.6, 52.3]]] }),
          feature({ naam: 'Tweede deel' }, { type: 'MultiPolygon', coordinates: [square(6.7, 52.3, 0.01), [[[6.8, 52.3], [6.81, 52.3], [6.81, 52.31], [6.8, 52.31]]]] }),
          feature({ naam: 'Buiten bereik' }, { type: 'Polygon', coordinates: square(6.6, 95, 1) }),
          feature({ naam: 'Geen vorm', slug: 'Met Spaties' }, null),
        ),
      ),
    )
    assert.deepEqual(messages(outcome), [
      'Gebied 2 heeft geen naam. Geef het de eigenschap "naam" of "name".',
      'Gebied 3 (Te klein), ring 1: de ring heeft 3 punten. Een ring heeft er minstens 4 nodig, met het laatste punt gelijk aan het eerste.',
      'Gebied 4 (Goed): deze naam heeft gebied 1 ook. Elke naam mag maar één keer voorkomen.',
      'Gebied 5 (Tekst): het type "stad" kennen we niet. Gebruik "dorp" of "wijk".',
      'Gebied 5 (Tekst), ring 1: een coördinaat is geen getal.',
      'Gebied 6 (Tweede deel), deel 2, ring 1: de ring is niet gesloten. Het laatste punt moet gelijk zijn aan het eerste.',
      'Gebied 7 (Buiten bereik), ring 1: het punt (6.6, 95) valt buiten het bereik van WGS84.',
      'Gebied 8 (Geen vorm): de slug "Met Spaties" mag alleen kleine letters, cijfers en streepjes bevatten, hoogstens 80.',
      'Gebied 8 (Geen vorm) heeft geen geometrie.',
    ])
  })

  it('drops repeated points instead of reading them as the ring touching itself', () => {
    const outcome = readBoundaryFile(json(collection(feature({ naam: 'Dubbel' }, { type: 'Polygon', coordinates: [[[6.6, 52.3], [6.61, 52.3], [6.61, 52.3], [6.61, 52.31], [6.6, 52.31], [6.6, 52.3]]] }))))
    assert.ok(outcome.ok)
    assert.equal((outcome.areas[0]!.boundary as { coordinates: number[][][] }).coordinates[0]!.length, 5)
  })

  it('makes address-safe slugs from Dutch names', () => {
    assert.equal(slugFromName('Esveld-Centrum'), 'esveld-centrum')
    assert.equal(slugFromName('De Marke'), 'de-marke')
    assert.equal(slugFromName('Één Hoek  (oost)'), 'een-hoek-oost')
    assert.equal(slugFromName('!!!'), '')
  })
})

describe('deriving areas from points', () => {
  const west: AreaBoundary = { type: 'Polygon', coordinates: square(0, 0, 2) as [number, number][][] }
  const east: AreaBoundary = { type: 'Polygon', coordinates: square(1, 0, 2) as [number, number][][] }

  it('moves an initiative to the area that contains it, keeps one still inside its own area, and leaves one outside every area as it was', () => {
    const derived = deriveAreas(
      [{ id: 1, boundary: west }, { id: 2, boundary: east }],
      [
        { id: 10, area_id: 1, longitude: 2.5, latitude: 1 },
        { id: 11, area_id: 2, longitude: 1.5, latitude: 1 },
        { id: 12, area_id: 1, longitude: 9, latitude: 9 },
        { id: 13, area_id: null, longitude: 0.5, latitude: 1 },
      ],
    )
    assert.deepEqual(derived.moves, [
      { initiativeId: 10, from: 1, to: 2 },
      { initiativeId: 13, from: null, to: 1 },
    ])
    assert.deepEqual(derived.outside, [12])
  })
})

describe('population figures', () => {
  it('reads whole numbers with or without thousands separators, and nothing else', () => {
    assert.equal(readPopulation('4180'), 4180)
    assert.equal(readPopulation('4.180'), 4180)
    assert.equal(readPopulation('12 345'), 12345)
    for (const bad of ['', 'veel', '4,5', '-3', '41.80', '99999999']) assert.equal(readPopulation(bad), undefined, bad)
  })
})
