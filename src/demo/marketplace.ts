import { hashToken } from '../platform/auth/tokens.ts'
import type { Db } from '../platform/db/database.ts'
import { addDays, calendarDayInAmsterdam, dayOfWeek, type CalendarDay } from '../platform/time/calendar-day.ts'
import { endOfDay } from '../modules/marketplace/event-time.ts'
import type { FollowUpAnswer, ListingKind } from '../modules/marketplace/vocabulary.ts'
import { amsterdamInstant } from '../modules/spaces/local-time.ts'
import { DemoRandom } from './random.ts'

/*
 * Gemeente Esveld's maatschappelijke beursvloer: one held about four months before `now`, with ten
 * parties (eight demo organisations, an initiative and a group of residents), their offers and
 * requests (every request with its counter-offer), a dozen agreements made that afternoon and the
 * follow-ups three months later, some answered; and the next one, open for registration, with the
 * first few parties. Organisations come from the network demo, so this runs after it.
 */

const SEED = 0xbe05_f10e
const DAY = 24 * 60 * 60 * 1000

interface DemoListing {
  type: 'offer' | 'request'
  kind: ListingKind
  description: string
  euros?: number
  counterOffer?: string
}

interface DemoParty {
  key: string
  /** A demo organisation by name, one of the running initiatives (by position), or a resident group. */
  source: { organisation: string } | { initiative: number } | { group: string }
  listings: DemoListing[]
}

const pastParties: DemoParty[] = [
  {
    key: 'nijhof', source: { organisation: 'Bouwbedrijf Nijhof' },
    listings: [
      { type: 'offer', kind: 'people', description: 'Een timmerman en een uitvoerder, één dag, voor een klus in een buurthuis of speeltuin.', euros: 900 },
      { type: 'offer', kind: 'materials', description: 'Restpartij steigerhout en tegels.', euros: 350 },
      { type: 'request', kind: 'people', description: 'Jongeren die een middag willen meehelpen op onze open dag.', counterOffer: 'Een rondleiding op de bouwplaats voor een schoolklas.' },
    ],
  },
  {
    key: 'bakkerij', source: { organisation: 'Bakkerij Ter Haar' },
    listings: [
      { type: 'offer', kind: 'materials', description: 'Krentenwegge en koffiebroodjes voor een buurtactiviteit van vijftig mensen.', euros: 120 },
      { type: 'request', kind: 'expertise', description: 'Hulp bij het maken van een eenvoudige website voor onze bakkerij.', counterOffer: 'Een jaar lang elke maand brood voor de koffieochtend.' },
    ],
  },
  {
    key: 'boys', source: { organisation: 'Voetbalvereniging Esveldse Boys' },
    listings: [
      { type: 'offer', kind: 'rooms', description: 'De kantine op maandag- tot en met donderdagavond.', euros: 60 },
      { type: 'request', kind: 'expertise', description: 'Een cursus reanimeren voor onze jeugdtrainers.', counterOffer: 'Vier vrijwilligers bij het opbouwen van een buurtfeest.' },
    ],
  },
  {
    key: 'welzijn', source: { organisation: 'Welzijn Esveld' },
    listings: [
      { type: 'offer', kind: 'expertise', description: 'Een opbouwwerker die een bewonersgroep helpt op weg.', euros: 400 },
      { type: 'request', kind: 'materials', description: 'Tien tweedehands laptops voor de computerinloop.', counterOffer: 'Een training ‘omgaan met eenzaamheid’ voor uw medewerkers.' },
    ],
  },
  {
    key: 'esch', source: { organisation: 'Zorgcentrum De Esch' },
    listings: [
      { type: 'offer', kind: 'rooms', description: 'De ontmoetingsruimte met keuken, een middag per week.', euros: 75 },
      { type: 'request', kind: 'people', description: 'Vrijwilligers die op zondag met bewoners willen wandelen.', counterOffer: 'Gratis gebruik van onze ontmoetingsruimte voor een dorpsactiviteit.' },
    ],
  },
  {
    key: 'school', source: { organisation: 'Basisschool De Marke' },
    listings: [
      { type: 'offer', kind: 'people', description: 'Leerlingen van groep 8 helpen een ochtend in een buurttuin.' },
      { type: 'request', kind: 'materials', description: 'Plantenbakken en aarde voor een moestuin op het schoolplein.', counterOffer: 'Het schoolplein in het weekend open voor een buurtactiviteit.' },
    ],
  },
  {
    key: 'dorpshuis', source: { organisation: 'Stichting Dorpshuis Ravenesch' },
    listings: [
      { type: 'offer', kind: 'materials', description: 'Statafels, een partytent en een koffiezetapparaat te leen.', euros: 150 },
      { type: 'request', kind: 'people', description: 'Een klusser die de verlichting in de grote zaal vervangt.', counterOffer: 'De grote zaal twee avonden gratis voor een vereniging.' },
    ],
  },
  {
    key: 'woonstichting', source: { organisation: 'Woonstichting Thuis in Esveld' },
    listings: [
      { type: 'offer', kind: 'money', description: 'Een bijdrage uit het leefbaarheidsbudget voor een binnentuin.', euros: 1500 },
      { type: 'request', kind: 'expertise', description: 'Iemand die met huurders een muurschildering ontwerpt.', counterOffer: 'Materiaal en verf voor het kunstwerk, en een feestelijke onthulling.' },
    ],
  },
  {
    key: 'initiative1', source: { initiative: 0 },
    listings: [
      { type: 'request', kind: 'materials', description: 'Hout en schroeven voor zes kletsbankjes.', euros: 300, counterOffer: 'Eén bankje met het logo van de gever, en hulp bij hun volgende klus.' },
      { type: 'offer', kind: 'people', description: 'Vijf buurtbewoners die een zaterdag willen meehelpen.' },
    ],
  },
  {
    key: 'group', source: { group: 'Bewoners Kastanjelaan' },
    listings: [
      { type: 'request', kind: 'rooms', description: 'Een ruimte voor een maandelijkse buurtmaaltijd.', counterOffer: 'We koken één keer voor de bewoners van het zorgcentrum.' },
      { type: 'offer', kind: 'people', description: 'Handen bij het opruimen na een evenement.' },
    ],
  },
]

interface DemoAgreement {
  giver: string
  receiver: string
  kind: ListingKind
  description: string
  euros?: number
  counter?: string
  /** The follow-up answers of giver and receiver, when they answered. */
  answers?: [FollowUpAnswer | null, FollowUpAnswer | null]
}

const pastAgreements: DemoAgreement[] = [
  { giver: 'nijhof', receiver: 'initiative1', kind: 'materials', description: 'Steigerhout en schroeven voor zes kletsbankjes.', euros: 300, counter: 'Een bankje met het logo van Nijhof en twee vrijwilligers op de open dag.', answers: ['kept', 'kept'] },
  { giver: 'bakkerij', receiver: 'esch', kind: 'materials', description: 'Krentenwegge voor het zomerfeest van het zorgcentrum.', euros: 120, counter: 'De ontmoetingsruimte een middag voor de bakkersclub.', answers: ['kept', null] },
  { giver: 'boys', receiver: 'group', kind: 'rooms', description: 'De kantine een maandagavond per maand voor de buurtmaaltijd.', euros: 240, counter: 'De bewoners koken één keer voor het eerste elftal.', answers: ['partly', 'kept'] },
  { giver: 'welzijn', receiver: 'group', kind: 'expertise', description: 'Een opbouwwerker helpt de bewonersgroep met een plan en een begroting.', euros: 400, answers: [null, 'kept'] },
  { giver: 'esch', receiver: 'school', kind: 'rooms', description: 'De ontmoetingsruimte voor een voorleesmiddag van groep 4.', euros: 75, counter: 'Leerlingen zingen op de kerstmiddag van het zorgcentrum.', answers: ['kept', 'kept'] },
  { giver: 'school', receiver: 'dorpshuis', kind: 'people', description: 'Groep 8 helpt een ochtend de tuin van het dorpshuis op te knappen.', counter: 'Statafels en partytent voor het schoolfeest.', answers: ['notKept', 'notKept'] },
  { giver: 'dorpshuis', receiver: 'school', kind: 'materials', description: 'Statafels en de partytent voor het schoolfeest.', euros: 150, answers: ['kept', null] },
  { giver: 'woonstichting', receiver: 'initiative1', kind: 'money', description: 'Een bijdrage voor de verf en de onthulling van de bankjes.', euros: 750, counter: 'Huurders van de Kastanjelaan mogen meeschilderen.' },
  { giver: 'nijhof', receiver: 'dorpshuis', kind: 'people', description: 'Een elektricien van Nijhof vervangt de verlichting in de grote zaal.', euros: 600, counter: 'De grote zaal twee avonden gratis voor de personeelsvereniging.', answers: ['partly', 'partly'] },
  { giver: 'initiative1', receiver: 'nijhof', kind: 'people', description: 'Vijf buurtbewoners helpen op de open dag van Nijhof.', answers: ['kept', null] },
  { giver: 'group', receiver: 'esch', kind: 'people', description: 'De bewonersgroep kookt een keer voor de bewoners van het zorgcentrum.', euros: 200 },
  { giver: 'boys', receiver: 'esch', kind: 'expertise', description: 'Twee jeugdtrainers geven een middag stoelgym.', euros: 100, counter: 'Een cursus reanimeren door de verpleegkundigen van De Esch.' },
]

const upcomingParties: DemoParty[] = [
  {
    key: 'welzijn', source: { organisation: 'Welzijn Esveld' },
    listings: [
      { type: 'offer', kind: 'expertise', description: 'Meedenken over het bereiken van bewoners die u niet vaak ziet.', euros: 300 },
      { type: 'request', kind: 'rooms', description: 'Een ruimte in Lutteveen voor een wekelijkse inloop.', counterOffer: 'Een jongerenwerker die een avond helpt bij uw activiteit.' },
    ],
  },
  {
    key: 'kerk', source: { organisation: 'Protestantse gemeente Lutteveen' },
    listings: [
      { type: 'offer', kind: 'rooms', description: 'De kerkzaal met keuken voor honderd mensen.', euros: 100 },
      { type: 'request', kind: 'people', description: 'Chauffeurs die ouderen naar de koffieochtend brengen.', counterOffer: 'Koffie, thee en een plek voor uw bijeenkomst.' },
    ],
  },
  {
    key: 'initiative2', source: { initiative: 1 },
    listings: [
      { type: 'request', kind: 'people', description: 'Twee vrijwilligers die een paar uur per maand willen meehelpen.', counterOffer: 'Een stukje over uw organisatie in onze buurtnieuwsbrief.' },
    ],
  },
]

/** The Thursday on or after `day`: in Esveld the beursvloer is on a Thursday afternoon. */
function thursdayFrom(day: CalendarDay): CalendarDay {
  return addDays(day, (4 - dayOfWeek(day) + 7) % 7)
}

function season(day: CalendarDay): string {
  const month = Number(day.slice(5, 7))
  const name = month >= 3 && month <= 5 ? 'voorjaar' : month >= 6 && month <= 8 ? 'zomer' : month >= 9 && month <= 11 ? 'najaar' : 'winter'
  return `${name} ${day.slice(0, 4)}`
}

interface PartySources {
  organisations: Map<string, { id: number; contactId: number }>
  initiatives: { id: number; initiatorId: number }[]
}

async function partySources(trx: Db, tenantId: number): Promise<PartySources> {
  const contacts = await trx
    .selectFrom('organisation_contacts')
    .innerJoin('organisations', 'organisations.id', 'organisation_contacts.organisation_id')
    .select(['organisations.id', 'organisations.name', 'organisation_contacts.person_id'])
    .where('organisations.tenant_id', '=', tenantId)
    .where('organisation_contacts.accepted_at', 'is not', null)
    .orderBy('organisation_contacts.accepted_at')
    .execute()
  const organisations = new Map<string, { id: number; contactId: number }>()
  for (const row of contacts) if (!organisations.has(row.name)) organisations.set(row.name, { id: row.id, contactId: row.person_id })
  const candidates = await trx
    .selectFrom('initiatives')
    .select(['id', 'title', 'initiator_id'])
    .where('tenant_id', '=', tenantId)
    .where('publication', '=', 'published')
    .where('status', 'in', ['underWay', 'inConversation', 'realised'])
    .where('initiator_id', 'is not', null)
    .orderBy('id')
    .execute()
  // The benches initiative comes first: the past event's listings and agreements below are about benches.
  const benches = candidates.find((candidate) => candidate.title.startsWith('Kletsbankjes'))
  const initiatives = [...(benches ? [benches] : []), ...candidates.filter((candidate) => candidate !== benches)].slice(0, 3)
  return { organisations, initiatives: initiatives.map((row) => ({ id: row.id, initiatorId: row.initiator_id! })) }
}

/** Inserts the parties that exist in this demo (organisations the network demo made), with their listings. */
async function insertParties(trx: Db, tenantId: number, eventId: number, parties: DemoParty[], sources: PartySources, registeredAt: () => Date): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  // The group of residents is registered by the initiator of the last running initiative found.
  const groupContact = sources.initiatives[sources.initiatives.length - 1]?.initiatorId
  for (const party of parties) {
    let columns: { kind: 'organisation' | 'initiative' | 'residentGroup'; organisation_id: number | null; initiative_id: number | null; group_name: string | null; contact_person_id: number } | undefined
    if ('organisation' in party.source) {
      const organisation = sources.organisations.get(party.source.organisation)
      if (organisation) columns = { kind: 'organisation', organisation_id: organisation.id, initiative_id: null, group_name: null, contact_person_id: organisation.contactId }
    } else if ('initiative' in party.source) {
      const initiative = sources.initiatives[party.source.initiative]
      if (initiative) columns = { kind: 'initiative', organisation_id: null, initiative_id: initiative.id, group_name: null, contact_person_id: initiative.initiatorId }
    } else if (groupContact !== undefined) {
      columns = { kind: 'residentGroup', organisation_id: null, initiative_id: null, group_name: party.source.group, contact_person_id: groupContact }
    }
    if (!columns) continue
    const at = registeredAt()
    const { id } = await trx.insertInto('marketplace_parties').values({ tenant_id: tenantId, event_id: eventId, locale: 'nl', created_at: at, updated_at: at, ...columns }).returning('id').executeTakeFirstOrThrow()
    await trx
      .insertInto('marketplace_listings')
      .values(party.listings.map((listing) => ({
        party_id: id, type: listing.type, kind: listing.kind, description: listing.description, value_cents: listing.euros === undefined ? null : listing.euros * 100,
        counter_offer: listing.type === 'request' ? listing.counterOffer! : null, created_at: at, updated_at: at,
      })))
      .execute()
    ids.set(party.key, id)
  }
  return ids
}

/** Adds a held beursvloer with agreements and follow-ups, and the next one open for registration. */
export async function seedDemoMarketplace(trx: Db, tenantId: number, now: Date): Promise<void> {
  const random = new DemoRandom(SEED)
  const sources = await partySources(trx, tenantId)
  const coordinator = await trx
    .selectFrom('people')
    .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
    .select('people.id')
    .where('people.tenant_id', '=', tenantId)
    .where('role_assignments.role', '=', 'coordinator')
    .orderBy('people.id')
    .executeTakeFirst()

  const pastDay = thursdayFrom(calendarDayInAmsterdam(new Date(now.getTime() - 124 * DAY)))
  const pastStart = amsterdamInstant(pastDay, 16 * 60)!
  const { id: pastId } = await trx
    .insertInto('marketplace_events')
    .values({
      tenant_id: tenantId, slug: `beursvloer-${season(pastDay).replace(' ', '-')}`, title: `Beursvloer Esveld ${season(pastDay)}`,
      description: 'Twee uur lang ontmoeten bedrijven, verenigingen, zorg- en welzijnsorganisaties en bewonersinitiatieven uit de hele gemeente elkaar in de kantine van de Esveldse Boys. Wie iets vraagt, biedt er iets voor terug. De gemeente zorgt voor koffie, een makelaar die helpt zoeken en een notaris die de afspraken opschrijft.',
      place: 'Kantine Voetbalvereniging Esveldse Boys, Sportpark Veldkamp 2, Esveld', starts_at: pastStart, ends_at: amsterdamInstant(pastDay, 18 * 60)!,
      registration_closes_at: endOfDay(addDays(pastDay, -7)), status: 'held', created_by: coordinator?.id ?? null,
      created_at: new Date(pastStart.getTime() - 60 * DAY), updated_at: new Date(pastStart.getTime() + DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const pastParty = await insertParties(trx, tenantId, pastId, pastParties, sources, () => new Date(pastStart.getTime() - random.int(8, 40) * DAY))

  for (const [index, agreement] of pastAgreements.entries()) {
    const giver = pastParty.get(agreement.giver)
    const receiver = pastParty.get(agreement.receiver)
    if (giver === undefined || receiver === undefined) continue
    const madeAt = new Date(pastStart.getTime() + (8 + index * 9 + random.int(0, 6)) * 60_000)
    const { id } = await trx
      .insertInto('marketplace_agreements')
      .values({
        tenant_id: tenantId, event_id: pastId, giver_party_id: giver, receiver_party_id: receiver, listing_id: null, kind: agreement.kind, description: agreement.description,
        value_cents: agreement.euros === undefined ? null : agreement.euros * 100, counter_performance: agreement.counter ?? '', recorded_by: coordinator?.id ?? null, created_at: madeAt, updated_at: madeAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    // The follow-ups went out three months later; the links are unknown to anyone, only their hashes exist.
    const sentAt = new Date(madeAt.getTime() + 92 * DAY)
    const answers = agreement.answers ?? [null, null]
    for (const [side, partyId] of [giver, receiver].entries()) {
      const answer = answers[side] ?? null
      const answeredAt = answer ? new Date(sentAt.getTime() + random.int(1, 20) * DAY) : null
      await trx
        .insertInto('marketplace_follow_ups')
        .values({
          agreement_id: id, party_id: partyId, token_hash: hashToken(`demo-${random.token(40)}`), sent_at: sentAt, answer,
          comment: answer === 'notKept' ? 'Het kwam er niet van door ziekte; we proberen het in het voorjaar opnieuw.' : answer === 'partly' ? 'De helft is gedaan, de rest volgt.' : '',
          answered_at: answeredAt,
        })
        .execute()
    }
  }

  const nextDay = thursdayFrom(calendarDayInAmsterdam(new Date(now.getTime() + 40 * DAY)))
  const nextStart = amsterdamInstant(nextDay, 16 * 60)!
  const { id: nextId } = await trx
    .insertInto('marketplace_events')
    .values({
      tenant_id: tenantId, slug: `beursvloer-${season(nextDay).replace(' ', '-')}`, title: `Beursvloer Esveld ${season(nextDay)}`,
      description: 'De volgende beursvloer van Esveld, dit keer in de kerkzaal in Lutteveen. Meld u aan met wat u kunt geven en wat u zoekt. Bij elke vraag hoort een tegenprestatie: geven en geven. Na afloop is er een hapje en een drankje.',
      place: 'Kerkzaal Protestantse gemeente Lutteveen, Kerkstraat 1, Lutteveen', starts_at: nextStart, ends_at: amsterdamInstant(nextDay, 18 * 60)!,
      registration_closes_at: endOfDay(addDays(nextDay, -7)), status: 'open', created_by: coordinator?.id ?? null,
      created_at: new Date(now.getTime() - 14 * DAY), updated_at: new Date(now.getTime() - 14 * DAY),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await insertParties(trx, tenantId, nextId, upcomingParties, sources, () => new Date(now.getTime() - random.int(1, 12) * DAY))
}
