import type { FastifyInstance } from 'fastify'
import type { Db } from '../../../src/platform/db/database.ts'
import { buildApp } from '../../../src/platform/http/app.ts'
import type { Clock } from '../../../src/platform/time/clock.ts'
import { findArea } from '../../../src/modules/areas/area-repository.ts'
import { createSpace } from '../../../src/modules/spaces/space-service.ts'
import type { ValidSpace } from '../../../src/modules/spaces/space-form.ts'
import { testConfig } from '../../support/app.ts'

/** Friday 27 November 2026, 10:00 in Esveld. */
export const NOW = '2026-11-27T09:00:00Z'
/** Tuesday 1 December 2026: the space below is open 19:00–22:00 on Tuesdays. */
export const NEXT_TUESDAY = '2026-12-01'

// A real 1×1 PNG.
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

/** The real application with a clock the test controls. */
export async function spacesApp(db: Db, clock: Clock): Promise<FastifyInstance> {
  const app = await buildApp({ config: testConfig(), db, cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789', clock })
  await app.ready()
  return app
}

export async function areaId(db: Db, tenantId: number, slug: string): Promise<number> {
  const area = await findArea(db, tenantId, slug)
  if (!area) throw new Error(`no area ${slug}`)
  return area.id
}

/** The space form as a browser posts it: open Tuesday evening and Saturday daytime. */
export function spaceForm(area: number, overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    name: 'Grote zaal dorpshuis De Hoeve',
    description: 'Een lichte zaal met lange tafels, een keuken en een podium. Geschikt voor vergaderingen en buurtavonden.',
    address: 'Molenweg 12, Hoeverzand',
    area: String(area),
    capacity: '40',
    accessibility: ['wheelchair', 'accessibleToilet'],
    facilities: ['kitchen', 'wifi', 'tablesAndChairs'],
    price: 'free',
    priceAmount: '',
    priceNote: '',
    visibility: 'listed',
    'window-1-day': '2',
    'window-1-from': '19:00',
    'window-1-to': '22:00',
    'window-2-day': '6',
    'window-2-from': '09:00',
    'window-2-to': '17:00',
    ...overrides,
  }
}

/** A space as the service stores it, for tests about something else than the form. */
export function validSpace(area: number, overrides: Partial<ValidSpace> = {}): ValidSpace {
  return {
    name: 'Grote zaal dorpshuis De Hoeve',
    description: 'Een lichte zaal met lange tafels en een keuken.',
    address: 'Molenweg 12, Hoeverzand',
    location: null,
    areaId: area,
    capacity: 40,
    accessibility: ['wheelchair'],
    facilities: ['kitchen', 'wifi'],
    priceKind: 'free',
    priceCents: null,
    priceNote: '',
    visibility: 'listed',
    windows: [
      { weekday: 2, startMinute: 19 * 60, endMinute: 22 * 60 },
      { weekday: 6, startMinute: 9 * 60, endMinute: 17 * 60 },
    ],
    closures: [],
    ...overrides,
  }
}

export async function insertSpace(db: Db, tenantId: number, ownerId: number, space: ValidSpace, now = new Date(NOW)): Promise<number> {
  return createSpace(db, { tenantId, personId: ownerId, label: 'test', locale: 'nl', now }, space)
}
