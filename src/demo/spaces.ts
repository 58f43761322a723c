import type { Db } from '../platform/db/database.ts'
import { addDays, type CalendarDay } from '../platform/time/calendar-day.ts'
import { amsterdamInstant, isoWeekday, localTime } from '../modules/spaces/local-time.ts'
import type { AccessibilityFeature, Facility } from '../modules/spaces/vocabulary.ts'
import { demoAreas } from './areas.ts'
import { randomPointIn, randomPointNear } from './geo.ts'
import { areaPlaces } from './places.ts'
import { DemoRandom } from './random.ts'

/*
 * Rooms and places in Gemeente Esveld that neighbourhood activities can use (the Makelpunt): village
 * halls, a church hall, a school gym in the evening, a garden shed, a library room, a sports
 * canteen, a café's back room. Each has weekly windows; some have closed periods. A few requests
 * for them come from the initiators of running demo initiatives: accepted, waiting and declined,
 * dated from `now`. Owners are made up; `.example` addresses can never receive mail.
 */

interface DemoOwner {
  email: string
  name: string
  showName: boolean
}

const owners: Record<string, DemoOwner> = {
  library: { email: 'zalen@bibliotheek-esveld.example', name: 'Bibliotheek Esveld', showName: true },
  cafe: { email: 'info@cafe-de-klok.example', name: 'Café De Klok', showName: true },
  weverij: { email: 'buurtkamer@weverij-oosterhof.example', name: 'Stichting Oosterhof Weverij', showName: true },
  sporthal: { email: 'verhuur@sporthal-oosterhof.example', name: 'Sporthal De Oosterhof', showName: true },
  veldhuis: { email: 'beheer@het-veldhuis.example', name: 'Wijkcentrum Het Veldhuis', showName: true },
  boys: { email: 'kantine@esveldse-boys.example', name: 'Kantinecommissie Esveldse Boys', showName: true },
  school: { email: 'concierge@brede-school-de-marke.example', name: 'Brede school De Marke', showName: true },
  pluktuin: { email: 'ria.lammers@pluktuin-elsbeek.example', name: 'Ria Lammers', showName: false },
  eike: { email: 'verhuur@kulturhus-de-eike.example', name: 'Kulturhus De Eike', showName: true },
  turfhuus: { email: 'beheer@turfhuus-lutteveen.example', name: 'Dorpshuis Het Turfhuus', showName: true },
  kerk: { email: 'koster@kerk-lutteveen.example', name: 'Protestantse gemeente Lutteveen', showName: true },
  hoeve: { email: 'bestuur@dorpshuis-de-hoeve.example', name: 'Dorpshuis De Hoeve', showName: true },
  molen: { email: 'gerard.wolbers@molenerf-hoeverzand.example', name: 'Gerard Wolbers', showName: false },
  oudeSchool: { email: 'beheer@oude-school-ravenesch.example', name: 'Vereniging Noaberschap Ravenesch', showName: true },
}

type Window = [weekday: number, from: string, to: string]

interface DemoSpace {
  owner: keyof typeof owners
  area: string
  name: string
  description: string
  address: string
  capacity: number
  accessibility: AccessibilityFeature[]
  facilities: Facility[]
  /** Euro cents per part of the day; undefined when free. */
  price?: number
  priceNote?: string
  windows: Window[]
  /** Closed periods as [first, last] days counted from today. */
  closed?: { from: number; to: number; reason: string }[]
  unlisted?: boolean
}

const weekdaysDaytime = (from: string, to: string): Window[] => [1, 2, 3, 4, 5].map((day) => [day, from, to])

const spaces: DemoSpace[] = [
  {
    owner: 'library', area: 'esveld-centrum', name: 'Leeszaal van de bibliotheek aan het Kerkplein', address: 'Kerkplein 5, Esveld', capacity: 30,
    description: 'Een rustige zaal achter de leesafdeling, met tafels voor dertig mensen, een scherm en wifi. Geschikt voor een taalcafé, een lezing of een bewonersavond. Koffie en thee staan klaar.',
    accessibility: ['wheelchair', 'accessibleToilet', 'hearingLoop'], facilities: ['beamer', 'wifi', 'tablesAndChairs', 'coffeeAndTea'], priceNote: 'Gratis voor initiatieven uit de buurt.',
    windows: [...weekdaysDaytime('10:00', '17:00'), [2, '19:00', '21:30'], [4, '19:00', '21:30']],
  },
  {
    owner: 'cafe', area: 'esveld-centrum', name: 'Achterzaal Café De Klok', address: 'Marktstraat 8, Esveld', capacity: 50,
    description: 'De achterzaal van het café, met een eigen ingang aan de Kerksteeg. Een bar, een kleine geluidsinstallatie en plek voor vijftig mensen aan tafels of zeventig staand.',
    accessibility: ['wheelchair'], facilities: ['soundSystem', 'tablesAndChairs', 'coffeeAndTea'], price: 3500, priceNote: 'Drankjes gaan via het café. Voor een buurtinitiatief geven we korting.',
    windows: [[1, '19:00', '23:00'], [2, '19:00', '23:00'], [3, '19:00', '23:00'], [4, '19:00', '23:00'], [6, '13:00', '18:00']],
  },
  {
    owner: 'weverij', area: 'oosterhof', name: 'Buurtkamer De Weverij', address: 'Weverstraat 38, Esveld', capacity: 25,
    description: 'De huiskamer van de wijk: een grote tafel, een keuken om samen te koken en een hoek met speelgoed. Hier zijn de koffieochtend en het repaircafé al thuis.',
    accessibility: ['wheelchair', 'accessibleToilet'], facilities: ['kitchen', 'wifi', 'tablesAndChairs', 'coffeeAndTea'],
    windows: [...weekdaysDaytime('09:00', '17:00'), [3, '19:00', '22:00']],
  },
  {
    owner: 'sporthal', area: 'oosterhof', name: 'Sporthal De Oosterhof, zaal 2', address: 'Spoelstraat 60, Esveld', capacity: 80,
    description: 'Een derde van de sporthal, met kleedkamers en een materiaalberging met ballen, matten en pionnen. Buiten de trainingsuren van de clubs te gebruiken.',
    accessibility: ['wheelchair', 'accessibleToilet'], facilities: ['storage', 'parking'], price: 4500, priceNote: 'Per dagdeel van vier uur.',
    windows: [[1, '18:00', '22:00'], [3, '18:00', '22:00'], [5, '18:00', '22:00'], [6, '09:00', '17:00']],
  },
  {
    owner: 'veldhuis', area: 'veldkamp', name: 'Wijkcentrum Het Veldhuis, grote zaal', address: 'Korenbloemstraat 1, Esveld', capacity: 120,
    description: 'De grote zaal van het wijkcentrum, met een podium, licht en geluid, een beamer en een keuken. Voor buurtfeesten, voorstellingen en bijeenkomsten met de hele wijk.',
    accessibility: ['wheelchair', 'accessibleToilet', 'hearingLoop'], facilities: ['stage', 'soundSystem', 'beamer', 'kitchen', 'tablesAndChairs', 'wifi', 'parking'], price: 2500, priceNote: 'Wijkinitiatieven met een ruimtemaker betalen de helft.',
    windows: [...weekdaysDaytime('09:00', '22:00'), [6, '10:00', '23:00']],
    closed: [{ from: 26, to: 32, reason: 'Kerstvakantie' }],
  },
  {
    owner: 'boys', area: 'veldkamp', name: 'Kantine sportpark Veldkamp', address: 'Sportpark Veldkamp 2, Esveld', capacity: 60,
    description: 'De kantine van de voetbalclub, met uitzicht over de velden en een terras. Door de week overdag leeg en te gebruiken voor een bijeenkomst, een cursus of een kinderfeest.',
    accessibility: ['wheelchair'], facilities: ['kitchen', 'outdoorSpace', 'parking', 'tablesAndChairs', 'coffeeAndTea'], priceNote: 'Gratis; we vragen wel om de kantine schoon achter te laten.',
    windows: weekdaysDaytime('09:00', '16:00'),
  },
  {
    owner: 'school', area: 'de-marke', name: 'Gymzaal brede school De Marke (avond)', address: 'Elsbeeklaan 10, Esveld', capacity: 40,
    description: 'De gymzaal van de school, ’s avonds beschikbaar voor beweeggroepen, dansles of een sportieve activiteit voor de wijk. Toestellen alleen na afspraak.',
    accessibility: ['wheelchair', 'accessibleToilet'], facilities: ['storage'], price: 1500,
    windows: [[1, '19:00', '22:00'], [2, '19:00', '22:00'], [3, '19:00', '22:00'], [4, '19:00', '22:00']],
    closed: [{ from: 60, to: 68, reason: 'Voorjaarsvakantie' }],
  },
  {
    owner: 'pluktuin', area: 'de-marke', name: 'Tuinhuisje van de pluktuin langs de Elsbeek', address: 'Elsbeeklaan, bij de pluktuin, Esveld', capacity: 12,
    description: 'Een houten tuinhuisje midden in de pluktuin, met een lange tafel, een waterkraan en gereedschap. Mooi voor een workshop zaaien, een natuurles of een kleine vergadering in het groen.',
    accessibility: [], facilities: ['outdoorSpace', 'storage', 'tablesAndChairs'],
    windows: [[3, '14:00', '17:00'], [6, '10:00', '16:00']],
  },
  {
    owner: 'eike', area: 'brinkhorst', name: 'Kulturhus De Eike, grote zaal', address: 'Dorpsstraat 20, Brinkhorst', capacity: 150,
    description: 'De zaal waar het dorp samenkomt: een podium, een goede geluidsinstallatie, een beamer en een grote keuken. Voor de dorpsavond, toneel, een markt of een feest.',
    accessibility: ['wheelchair', 'accessibleToilet', 'hearingLoop'], facilities: ['stage', 'soundSystem', 'beamer', 'kitchen', 'tablesAndChairs', 'wifi', 'parking'], price: 4000,
    windows: [[1, '09:00', '23:00'], [2, '09:00', '23:00'], [3, '09:00', '23:00'], [4, '09:00', '23:00'], [5, '09:00', '24:00'], [6, '09:00', '24:00']],
  },
  {
    owner: 'eike', area: 'brinkhorst', name: 'Kulturhus De Eike, vergaderkamer', address: 'Dorpsstraat 20, Brinkhorst', capacity: 14,
    description: 'Een vergaderkamer voor veertien mensen met een scherm en wifi. Voor een bestuursvergadering, een werkgroep of een gesprek met de gemeente.',
    accessibility: ['wheelchair', 'accessibleToilet'], facilities: ['beamer', 'wifi', 'tablesAndChairs', 'coffeeAndTea'], price: 1000,
    windows: [...weekdaysDaytime('09:00', '22:00')],
  },
  {
    owner: 'turfhuus', area: 'lutteveen', name: 'Dorpshuis Het Turfhuus', address: 'Kanaalweg 3, Lutteveen', capacity: 80,
    description: 'Het dorpshuis van Lutteveen, met een zaal, een bar en een keuken. Verenigingen en bewoners uit het dorp gebruiken het gratis; de vrijwilligers zetten koffie.',
    accessibility: ['wheelchair', 'accessibleToilet'], facilities: ['kitchen', 'tablesAndChairs', 'coffeeAndTea', 'parking', 'soundSystem'], priceNote: 'Gratis voor wie in Lutteveen woont.',
    windows: [[1, '19:00', '23:00'], [2, '09:00', '12:00'], [3, '19:00', '23:00'], [4, '19:00', '23:00'], [6, '10:00', '17:00']],
  },
  {
    owner: 'kerk', area: 'lutteveen', name: 'Kerkzaal achter de dorpskerk', address: 'Kerkstraat 1, Lutteveen', capacity: 60,
    description: 'De zaal achter de kerk, met een keuken en een piano. Open voor iedereen in het dorp, ook voor wie niet naar de kerk gaat: voor een koffieochtend, een rouwbijeenkomst of een koor.',
    accessibility: ['wheelchair', 'hearingLoop'], facilities: ['kitchen', 'tablesAndChairs', 'coffeeAndTea'], priceNote: 'Een vrijwillige bijdrage is welkom.',
    windows: [[1, '09:00', '17:00'], [2, '09:00', '17:00'], [4, '09:00', '17:00'], [5, '09:00', '17:00'], [6, '09:00', '13:00']],
  },
  {
    owner: 'hoeve', area: 'hoeverzand', name: 'Dorpshuis De Hoeve, zaal', address: 'Molenweg 12, Hoeverzand', capacity: 70,
    description: 'Een lichte zaal met lange tafels, een keuken en een klein podium. Het hart van Hoeverzand: hier zijn de dorpsmaaltijd, de kaartclub en de jaarvergadering.',
    accessibility: ['wheelchair', 'accessibleToilet'], facilities: ['kitchen', 'stage', 'tablesAndChairs', 'wifi', 'coffeeAndTea', 'parking'], price: 2000, priceNote: 'De helft voor initiatieven uit het dorp.',
    windows: [[2, '19:00', '23:00'], [3, '13:00', '17:00'], [4, '19:00', '23:00'], [6, '10:00', '22:00'], [7, '12:00', '18:00']],
  },
  {
    owner: 'molen', area: 'hoeverzand', name: 'Schuur op het molenerf', address: 'Molenweg 30, Hoeverzand', capacity: 30,
    description: 'Een oude schuur naast de molen, met een grote deur naar het erf. Voor een zomermarkt, een buitenbioscoop of een werkdag; in de winter is het er te koud.',
    accessibility: [], facilities: ['outdoorSpace', 'parking', 'storage'],
    windows: [[6, '09:00', '18:00'], [7, '12:00', '18:00']],
    closed: [{ from: 20, to: 110, reason: 'Winter: de schuur is niet verwarmd' }],
  },
  {
    owner: 'oudeSchool', area: 'ravenesch', name: 'De oude school, lokaal 1', address: 'Esweg 4, Ravenesch', capacity: 25,
    description: 'Het voormalige klaslokaal, nu van het dorp: een grote tafel, een bord en een keukentje. Voor de dorpsraad, een cursus of de wekelijkse koffie.',
    accessibility: ['wheelchair'], facilities: ['kitchen', 'tablesAndChairs', 'coffeeAndTea', 'outdoorSpace'],
    windows: [[1, '09:00', '22:00'], [3, '09:00', '22:00'], [5, '09:00', '17:00'], [6, '10:00', '16:00']],
  },
  {
    owner: 'oudeSchool', area: 'ravenesch', name: 'De oude school, werkplaats', address: 'Esweg 4, Ravenesch', capacity: 8,
    description: 'Een kleine werkplaats met een werkbank en gereedschap. Nog niet te gebruiken: de elektra wordt vernieuwd.',
    accessibility: [], facilities: ['storage'],
    windows: [[6, '10:00', '16:00']],
    unlisted: true,
  },
]

function minutes(time: string): number {
  const [hours, mins] = time.split(':').map(Number) as [number, number]
  return hours * 60 + mins
}

/** The first day from `from` on that falls on one of the space's windows, with that window. */
function nextOpenDay(space: DemoSpace, from: CalendarDay): { day: CalendarDay; window: Window } {
  for (let offset = 0; offset < 14; offset++) {
    const day = addDays(from, offset)
    const window = space.windows.find(([weekday]) => weekday === isoWeekday(day))
    if (window) return { day, window }
  }
  throw new Error(`Demo space without windows: ${space.name}`)
}

interface DemoBooking {
  space: number
  /** Days from today where the search for an open day starts; negative for bookings that took place. */
  after: number
  hours: number
  status: 'pending' | 'accepted' | 'declined'
  people: number
  reason?: string
}

const bookings: DemoBooking[] = [
  { space: 0, after: -20, hours: 2, status: 'accepted', people: 18 },
  { space: 0, after: 6, hours: 2, status: 'accepted', people: 22 },
  { space: 2, after: 3, hours: 3, status: 'accepted', people: 15 },
  { space: 2, after: 10, hours: 2, status: 'pending', people: 12 },
  { space: 4, after: 12, hours: 4, status: 'accepted', people: 90 },
  { space: 4, after: 40, hours: 3, status: 'pending', people: 60 },
  { space: 6, after: 8, hours: 2, status: 'declined', people: 20, reason: 'Die week staat de gymzaal vol met de schoolvoorstelling. Een week later kan wel.' },
  { space: 8, after: 15, hours: 4, status: 'accepted', people: 120 },
  { space: 10, after: 4, hours: 3, status: 'pending', people: 35 },
  { space: 11, after: -9, hours: 2, status: 'accepted', people: 30 },
  { space: 12, after: 5, hours: 3, status: 'accepted', people: 45 },
  { space: 14, after: 2, hours: 2, status: 'pending', people: 10 },
]

/** Adds the demo spaces with their owners, windows and closed periods, and a few requests for them. Expects areas and initiatives. */
export async function seedDemoSpaces(trx: Db, tenantId: number, now: Date): Promise<void> {
  const random = new DemoRandom(0x5ace_2026)
  const today = localTime(now).day
  const areas = await trx.selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()

  const people = await trx
    .insertInto('people')
    .values(Object.values(owners).map((owner) => ({ tenant_id: tenantId, email: owner.email, display_name: owner.name, show_name_publicly: owner.showName })))
    .returning(['id', 'email'])
    .execute()
  await trx.insertInto('role_assignments').values(people.map((person) => ({ person_id: person.id, role: 'resident' as const }))).execute()
  const ownerId = (key: keyof typeof owners) => people.find((person) => person.email === owners[key]!.email)!.id

  const spaceIds: number[] = []
  for (const space of spaces) {
    const area = areas.find((row) => row.slug === space.area)
    const demoArea = demoAreas.find((row) => row.slug === space.area)
    if (!area || !demoArea) throw new Error(`Demo space in an unknown area: ${space.area}`)
    const core = areaPlaces[space.area]?.core
    const point = core ? randomPointNear(demoArea.boundary, core, 0.004, random) : randomPointIn(demoArea.boundary, random)
    const createdAt = new Date(now.getTime() - random.int(20, 400) * 86_400_000)
    const { id } = await trx
      .insertInto('spaces')
      .values({
        tenant_id: tenantId, owner_id: ownerId(space.owner), name: space.name, description: space.description, address: space.address, area_id: area.id,
        latitude: point.latitude, longitude: point.longitude, capacity: space.capacity, accessibility: space.accessibility, facilities: space.facilities,
        price_kind: space.price === undefined ? 'free' : 'perPartOfDay', price_cents: space.price ?? null, price_note: space.priceNote ?? '',
        visibility: space.unlisted ? 'unlisted' : 'listed', locale: 'nl', created_at: createdAt, updated_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    spaceIds.push(id)
    await trx.insertInto('space_windows').values(space.windows.map(([weekday, from, to]) => ({ space_id: id, weekday, start_minute: minutes(from), end_minute: minutes(to) }))).execute()
    if (space.closed?.length) {
      await trx.insertInto('space_closures').values(space.closed.map((closure) => ({ space_id: id, starts_on: addDays(today, closure.from), ends_on: addDays(today, closure.to), reason: closure.reason }))).execute()
    }
  }

  // Requests come from initiators of running initiatives, for those initiatives.
  const initiatives = await trx
    .selectFrom('initiatives')
    .select(['id', 'title', 'initiator_id'])
    .where('tenant_id', '=', tenantId)
    .where('initiator_id', 'is not', null)
    .where('status', 'in', ['inConversation', 'underWay'])
    .orderBy('id')
    .limit(bookings.length)
    .execute()
  for (const [index, booking] of bookings.entries()) {
    const initiative = initiatives[index]
    if (!initiative) break
    const space = spaces[booking.space]!
    const { day, window } = nextOpenDay(space, addDays(today, booking.after))
    const start = minutes(window[1])
    const end = Math.min(minutes(window[2]), start + booking.hours * 60)
    const startsAt = amsterdamInstant(day, start)
    const endsAt = amsterdamInstant(day, end)
    if (!startsAt || !endsAt) continue
    const askedAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - random.int(3, 14) * 86_400_000)
    await trx
      .insertInto('space_bookings')
      .values({
        tenant_id: tenantId, space_id: spaceIds[booking.space]!, requester_id: initiative.initiator_id!, initiative_id: initiative.id, starts_at: startsAt, ends_at: endsAt,
        people_count: Math.min(booking.people, space.capacity), purpose: `Bijeenkomst voor ons initiatief \u201c${initiative.title}\u201d.`, status: booking.status,
        decision_reason: booking.reason ?? null, decided_at: booking.status === 'pending' ? null : new Date(askedAt.getTime() + 86_400_000), locale: 'nl', created_at: askedAt,
      })
      .execute()
  }
}
