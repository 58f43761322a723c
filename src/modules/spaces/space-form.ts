import type { FieldError } from '../../platform/forms/fields.tsx'
import { field, fieldList, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import type { Translate } from '../../platform/i18n/translate.ts'
import { compareDays, isCalendarDay } from '../../platform/time/calendar-day.ts'
import { areaContaining, type AreaBoundary } from '../areas/geometry.ts'
import type { ClosedPeriod, OpeningWindow } from './availability.ts'
import { formatClockTime, parseClockTime } from './local-time.ts'
import { accessibilityFeatures, facilities, LIMITS, priceKinds, spaceVisibilities, type AccessibilityFeature, type Facility, type PriceKind, type SpaceVisibility } from './vocabulary.ts'

/** One row of the weekly windows or closed periods, as typed. */
export interface WindowInput {
  day: string
  from: string
  to: string
}
export interface ClosureInput {
  from: string
  to: string
  reason: string
}

/** What someone typed into the space form, kept as text so the form can be shown again. */
export interface SpaceForm {
  name: string
  description: string
  address: string
  latitude: string
  longitude: string
  areaId: string
  capacity: string
  accessibility: string[]
  facilities: string[]
  price: string
  priceAmount: string
  priceNote: string
  visibility: string
  windows: WindowInput[]
  closures: ClosureInput[]
}

export interface ValidSpace {
  name: string
  description: string
  address: string
  location: { latitude: number; longitude: number } | null
  areaId: number
  capacity: number
  accessibility: AccessibilityFeature[]
  facilities: Facility[]
  priceKind: PriceKind
  priceCents: number | null
  priceNote: string
  visibility: SpaceVisibility
  windows: OpeningWindow[]
  closures: (ClosedPeriod & { reason: string })[]
}

export function emptySpaceForm(): SpaceForm {
  return {
    name: '', description: '', address: '', latitude: '', longitude: '', areaId: '', capacity: '', accessibility: [], facilities: [],
    price: '', priceAmount: '', priceNote: '', visibility: 'listed', windows: [], closures: [],
  }
}

export function readSpaceForm(body: FormBody): SpaceForm {
  const windows: WindowInput[] = []
  for (let row = 1; row <= LIMITS.windows; row++) {
    windows.push({ day: field(body, `window-${row}-day`), from: field(body, `window-${row}-from`), to: field(body, `window-${row}-to`) })
  }
  const closures: ClosureInput[] = []
  for (let row = 1; row <= LIMITS.closures; row++) {
    closures.push({ from: field(body, `closure-${row}-from`), to: field(body, `closure-${row}-to`), reason: field(body, `closure-${row}-reason`) })
  }
  return {
    name: field(body, 'name'),
    description: field(body, 'description'),
    address: field(body, 'address'),
    latitude: field(body, 'latitude'),
    longitude: field(body, 'longitude'),
    areaId: field(body, 'area'),
    capacity: field(body, 'capacity'),
    accessibility: fieldList(body, 'accessibility'),
    facilities: fieldList(body, 'facilities'),
    price: field(body, 'price'),
    priceAmount: field(body, 'priceAmount'),
    priceNote: field(body, 'priceNote'),
    visibility: field(body, 'visibility'),
    // Rows left empty are not rows; the form shows them again after the filled ones.
    windows: windows.filter((row) => row.day || row.from || row.to),
    closures: closures.filter((row) => row.from || row.to || row.reason),
  }
}

/** A stored space as its form shows it. */
export function spaceFormOf(space: Omit<ValidSpace, 'location'> & { latitude: number | null; longitude: number | null }): SpaceForm {
  return {
    name: space.name,
    description: space.description,
    address: space.address,
    latitude: space.latitude === null ? '' : String(space.latitude),
    longitude: space.longitude === null ? '' : String(space.longitude),
    areaId: String(space.areaId),
    capacity: String(space.capacity),
    accessibility: [...space.accessibility],
    facilities: [...space.facilities],
    price: space.priceKind,
    priceAmount: space.priceCents === null ? '' : formatEuros(space.priceCents),
    priceNote: space.priceNote,
    visibility: space.visibility,
    windows: space.windows.map((window) => ({ day: String(window.weekday), from: formatClockTime(window.startMinute), to: formatClockTime(window.endMinute) })),
    closures: space.closures.map((closure) => ({ from: closure.startsOn, to: closure.endsOn, reason: closure.reason })),
  }
}

const ID = /^\d{1,15}$/
const WHOLE_NUMBER = /^-?\d{1,9}$/
const EUROS = /^(\d{1,5})(?:[.,](\d{1,2}))?$/
const COORDINATE = /^-?\d{1,3}(\.\d{1,17})?$/

/** "12,50" or "12.5" as 1250 cents; whole cents only, never through a float. */
export function parseEuros(text: string): number | undefined {
  const match = EUROS.exec(text.replace(/^€\s*/, '').trim())
  if (!match) return undefined
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'))
}

export function formatEuros(cents: number): string {
  return `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`
}

function readLocation(form: SpaceForm): { latitude: number; longitude: number } | 'invalid' | undefined {
  if (!form.latitude && !form.longitude) return undefined
  if (!COORDINATE.test(form.latitude) || !COORDINATE.test(form.longitude)) return 'invalid'
  const latitude = Number(form.latitude)
  const longitude = Number(form.longitude)
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) return 'invalid'
  return { latitude, longitude }
}

/**
 * Checks a space against the municipality's areas. Every problem is reported at once, each on its
 * own field (a window's time on that window's field), in the reader's language.
 */
export function validateSpaceForm(form: SpaceForm, areas: { id: number; boundary: AreaBoundary }[], t: Translate): { space: ValidSpace } | { errors: FieldError[] } {
  const errors: FieldError[] = []
  checkText(errors, t, 'name', form.name, { required: true, min: 3, max: LIMITS.name })
  checkText(errors, t, 'description', form.description, { max: LIMITS.description })
  checkText(errors, t, 'address', form.address, { required: true, min: 3, max: LIMITS.address })

  // A point on the map decides the area; without one, the area chosen from the list does.
  const location = readLocation(form)
  let areaId = ID.test(form.areaId) ? Number(form.areaId) : NaN
  if (location === 'invalid') errors.push({ field: 'area', message: t('spaces.form.location.invalid') })
  else if (location) {
    const containing = areaContaining(areas, location.longitude, location.latitude)
    if (containing) areaId = containing.id
    else errors.push({ field: 'area', message: t('spaces.form.location.outside') })
  } else if (!form.areaId) errors.push({ field: 'area', message: t('spaces.form.area.required') })
  else if (!areas.some((area) => area.id === areaId)) errors.push({ field: 'area', message: t('spaces.form.unknownChoice') })

  const capacity = WHOLE_NUMBER.test(form.capacity) ? Number(form.capacity) : NaN
  if (!form.capacity) errors.push({ field: 'capacity', message: t('form.required') })
  else if (!(capacity >= 1 && capacity <= LIMITS.capacity)) errors.push({ field: 'capacity', message: t('spaces.form.capacity.invalid') })

  if (!form.accessibility.every((value) => (accessibilityFeatures as readonly string[]).includes(value))) errors.push({ field: 'accessibility', message: t('spaces.form.unknownChoice') })
  if (!form.facilities.every((value) => (facilities as readonly string[]).includes(value))) errors.push({ field: 'facilities', message: t('spaces.form.unknownChoice') })

  let priceCents: number | null = null
  if (!(priceKinds as readonly string[]).includes(form.price)) errors.push({ field: 'price', message: t('spaces.form.price.required') })
  else if (form.price === 'perPartOfDay') {
    const cents = parseEuros(form.priceAmount)
    if (cents === undefined || cents === 0 || cents > LIMITS.priceCents) errors.push({ field: 'priceAmount', message: t('spaces.form.price.amount') })
    else priceCents = cents
  }
  checkText(errors, t, 'priceNote', form.priceNote, { max: LIMITS.priceNote })
  if (!(spaceVisibilities as readonly string[]).includes(form.visibility)) errors.push({ field: 'visibility', message: t('spaces.form.unknownChoice') })

  const windows: OpeningWindow[] = []
  form.windows.forEach((row, index) => {
    const prefix = `window-${index + 1}`
    const weekday = /^[1-7]$/.test(row.day) ? Number(row.day) : undefined
    const start = parseClockTime(row.from)
    const end = parseClockTime(row.to, { endOfDay: true })
    if (weekday === undefined) errors.push({ field: `${prefix}-day`, message: t('spaces.form.window.day') })
    if (start === undefined) errors.push({ field: `${prefix}-from`, message: t('spaces.form.time') })
    if (end === undefined) errors.push({ field: `${prefix}-to`, message: t('spaces.form.time') })
    else if (start !== undefined && end <= start) errors.push({ field: `${prefix}-to`, message: t('spaces.form.window.order') })
    if (weekday !== undefined && start !== undefined && end !== undefined && end > start) windows.push({ weekday, startMinute: start, endMinute: end })
  })
  if (form.windows.length === 0) errors.push({ field: 'window-1-day', message: t('spaces.form.windows.required') })

  const closures: ValidSpace['closures'] = []
  form.closures.forEach((row, index) => {
    const prefix = `closure-${index + 1}`
    const fromOk = isCalendarDay(row.from)
    const toOk = isCalendarDay(row.to)
    if (!fromOk) errors.push({ field: `${prefix}-from`, message: t('spaces.form.date') })
    if (!toOk) errors.push({ field: `${prefix}-to`, message: t('spaces.form.date') })
    else if (fromOk && compareDays(row.to, row.from) < 0) errors.push({ field: `${prefix}-to`, message: t('spaces.form.closure.order') })
    checkText(errors, t, `${prefix}-reason`, row.reason, { max: LIMITS.closureReason })
    if (fromOk && toOk && compareDays(row.to, row.from) >= 0 && row.reason.length <= LIMITS.closureReason) closures.push({ startsOn: row.from, endsOn: row.to, reason: row.reason })
  })

  if (errors.length > 0) return { errors }
  return {
    space: {
      name: form.name,
      description: form.description,
      address: form.address,
      location: location && location !== 'invalid' ? location : null,
      areaId,
      capacity,
      accessibility: accessibilityFeatures.filter((value) => form.accessibility.includes(value)),
      facilities: facilities.filter((value) => form.facilities.includes(value)),
      priceKind: form.price as PriceKind,
      priceCents,
      priceNote: form.priceNote,
      visibility: form.visibility as SpaceVisibility,
      windows,
      closures,
    },
  }
}
