import type { Db } from '../platform/db/database.ts'
import { addDays, calendarDayInAmsterdam } from '../platform/time/calendar-day.ts'
import type { CloseReason, PostCategory, PostKind, ReportReason } from '../modules/neighbour-requests/vocabulary.ts'

/*
 * Small requests and offers between residents of Gemeente Esveld, the last few weeks of them: open
 * ones, some that worked out or were no longer needed, a few with responses, and one that a neighbour
 * reported, so coordinators find something in their queue. Names and addresses are made up;
 * `buren.esveld.example` can never receive mail. Everything is dated from `now`.
 *
 * The responses here are not conversations: the messages module starts those in a transaction of its
 * own, which cannot run inside the demo's one seeding transaction. A poster sees the response text on
 * the post; conversations start with the responses people make in the running demo.
 */

interface DemoResident {
  key: string
  name: string
  /** Whether their name may be shown with what they post; the others appear as "a neighbour". */
  showName: boolean
}

const residents: DemoResident[] = [
  { key: 'truus', name: 'Truus Wigbold', showName: true },
  { key: 'gerrit', name: 'Gerrit Tijhuis', showName: true },
  { key: 'yusuf', name: 'Yusuf Aydın', showName: true },
  { key: 'marieke', name: 'Marieke Snoeijink', showName: true },
  { key: 'dinie', name: 'Dinie Olthof', showName: true },
  { key: 'lotte', name: 'Lotte Wagelaar', showName: true },
  { key: 'bertus', name: 'Bertus Kolkman', showName: false },
  { key: 'ankie', name: 'Ankie Rouwhorst', showName: false },
  { key: 'sem', name: 'Sem Lammertink', showName: true },
  { key: 'roos', name: 'Roos Hofstede', showName: true },
  { key: 'ruud', name: 'Ruud Egberink', showName: true },
]

interface DemoPost {
  by: string
  kind: PostKind
  category: PostCategory
  area: string
  title: string
  description: string
  /** How long ago it was placed, in hours. */
  hoursAgo: number
  /** Days from today to the "needed by" day. */
  neededInDays?: number
  closed?: { reason: CloseReason; hoursAgo: number }
  responses?: { by: string; message: string; hoursAfter: number }[]
  report?: { by: string; reason: ReportReason; note: string }
}

const posts: DemoPost[] = [
  {
    by: 'truus', kind: 'request', category: 'chores', area: 'oosterhof', hoursAgo: 5, neededInDays: 4,
    title: 'Wie helpt een kast naar boven te dragen?',
    description: 'Ik heb een oude eikenhouten kast gekregen die naar de eerste verdieping moet. Met twee sterke mensen is het een kwartiertje werk. Koffie en krentenwegge staan klaar!',
    responses: [{ by: 'sem', message: 'Ik kan zaterdagochtend, en neem mijn huisgenoot mee. Is tien uur goed?', hoursAfter: 2 }],
  },
  {
    by: 'sem', kind: 'offer', category: 'computer', area: 'oosterhof', hoursAgo: 30,
    title: 'Hulp met uw telefoon of tablet',
    description: 'Ik studeer informatica en help graag met WhatsApp, videobellen met de kleinkinderen, foto’s overzetten of de DigiD-app. Op dinsdag- en donderdagmiddag kom ik bij u langs.',
    responses: [
      { by: 'dinie', message: 'Mijn tablet doet het niet meer met videobellen. Zou u een keer willen kijken?', hoursAfter: 6 },
      { by: 'gerrit', message: 'Ik wil graag leren hoe ik foto’s naar mijn dochter stuur.', hoursAfter: 20 },
    ],
  },
  {
    by: 'gerrit', kind: 'offer', category: 'lending', area: 'esveld-centrum', hoursAgo: 52,
    title: 'Ladder en aanhanger te leen',
    description: 'Een ladder van vier meter en een kleine aanhanger (geen rijbewijs BE nodig). Ophalen bij mij in het centrum, graag een dag van tevoren laten weten.',
    responses: [{ by: 'lotte', message: 'Ik wil de aanhanger graag zaterdag lenen voor snoeiafval. Kan dat?', hoursAfter: 8 }],
  },
  {
    by: 'yusuf', kind: 'request', category: 'transport', area: 'veldkamp', hoursAgo: 20, neededInDays: 9,
    title: 'Vervoer naar het ziekenhuis in Hengelo',
    description: 'Mijn vader moet volgende week op controle en ik werk die ochtend. Wie kan hem brengen en halen? De afspraak duurt ongeveer een uur. Benzinegeld betalen we natuurlijk.',
  },
  {
    by: 'marieke', kind: 'request', category: 'garden', area: 'de-marke', hoursAgo: 75, neededInDays: 14,
    title: 'Heg snoeien voor de winter',
    description: 'Door mijn schouder lukt het snoeien dit jaar niet. Het gaat om een beukenhaag van zo’n vijftien meter. Een heggenschaar heb ik zelf.',
  },
  {
    by: 'dinie', kind: 'request', category: 'company', area: 'brinkhorst', hoursAgo: 100,
    title: 'Iemand voor een wandelingetje op woensdag',
    description: 'Sinds mijn man overleden is, loop ik niet graag alleen. Wie wandelt er op woensdagmiddag een rondje met mij door het dorp? Daarna drinken we samen thee.',
    responses: [{ by: 'roos', message: 'Ik loop elke woensdag met mijn hond, u bent van harte welkom om mee te gaan!', hoursAfter: 30 }],
  },
  {
    by: 'lotte', kind: 'offer', category: 'shopping', area: 'lutteveen', hoursAgo: 12,
    title: 'Boodschappen doen op zaterdag',
    description: 'Ik ga elke zaterdagochtend naar de supermarkt in Esveld en neem graag wat mee voor wie zelf niet zo makkelijk weg kan. Lijstje via een bericht.',
  },
  {
    by: 'bertus', kind: 'offer', category: 'chores', area: 'hoeverzand', hoursAgo: 150,
    title: 'Kleine klusjes in huis',
    description: 'Gepensioneerd timmerman. Een lekkende kraan, een scheve deur of een plank ophangen: ik doe het graag voor een kop koffie.',
    responses: [{ by: 'ankie', message: 'Mijn achterdeur sluit niet meer goed. Wilt u eens kijken?', hoursAfter: 40 }],
  },
  {
    by: 'ankie', kind: 'request', category: 'lending', area: 'ravenesch', hoursAgo: 8, neededInDays: 2,
    title: 'Partytent lenen voor een verjaardag',
    description: 'Zondag vieren we de 80ste verjaardag van mijn moeder in de tuin. Heeft iemand een partytent die we een dag mogen lenen? We brengen hem droog en schoon terug.',
  },
  {
    by: 'roos', kind: 'offer', category: 'company', area: 'veldkamp', hoursAgo: 200,
    title: 'Voorlezen in het verzorgingshuis of thuis',
    description: 'Ik lees graag voor, uit de krant of een boek naar keuze. Eén keer per week een uurtje, overdag.',
  },
  {
    by: 'truus', kind: 'request', category: 'other', area: 'oosterhof', hoursAgo: 260,
    title: 'Wie past op mijn kat tijdens de vakantie?',
    description: 'Twee keer per dag eten geven en de kattenbak verschonen, van 20 tot en met 27 december. De kat heet Snuf en is erg lief.',
    responses: [{ by: 'yusuf', message: 'Mijn dochter wil graag op Snuf passen, we wonen twee straten verder.', hoursAfter: 10 }],
    closed: { reason: 'workedOut', hoursAgo: 200 },
  },
  {
    by: 'gerrit', kind: 'request', category: 'transport', area: 'esveld-centrum', hoursAgo: 400,
    title: 'Meerijden naar de markt in Deventer',
    description: 'Ik wil graag een keer naar de zaterdagmarkt in Deventer, maar ik rijd zelf geen auto meer. Wie gaat er toevallig en heeft een plekje over?',
    closed: { reason: 'noLongerNeeded', hoursAgo: 300 },
  },
  {
    by: 'marieke', kind: 'offer', category: 'garden', area: 'de-marke', hoursAgo: 320,
    title: 'Stekjes en zaden uit mijn tuin',
    description: 'Ik heb te veel stekjes van vlinderstruiken en zaden van goudsbloemen. Gratis af te halen, neem een potje mee.',
    responses: [
      { by: 'lotte', message: 'Ik kom graag een vlinderstruik halen voor de schooltuin!', hoursAfter: 5 },
      { by: 'roos', message: 'Mag ik een zakje goudsbloemzaad?', hoursAfter: 30 },
    ],
    closed: { reason: 'workedOut', hoursAgo: 150 },
  },
  {
    by: 'sem', kind: 'request', category: 'chores', area: 'oosterhof', hoursAgo: 48,
    title: 'Hulp bij verhuizen van mijn studentenkamer',
    description: 'Eind van de maand verhuis ik binnen de wijk. Het meeste past in een bus, maar ik zoek nog iemand die een uurtje wil tillen.',
    neededInDays: 20,
  },
  {
    by: 'yusuf', kind: 'offer', category: 'other', area: 'veldkamp', hoursAgo: 90,
    title: 'Samen koken met buren',
    description: 'Eens per maand kook ik een grote pan soep of een Turkse stoofschotel en eet ik graag samen met buren die vaak alleen eten. Aanschuiven mag, meenemen ook.',
  },
  {
    by: 'lotte', kind: 'request', category: 'computer', area: 'lutteveen', hoursAgo: 60,
    title: 'Wie helpt met het aanvragen van een toeslag?',
    description: 'Ik vind de formulieren op de computer lastig. Wie wil er een keer naast mij zitten terwijl ik het invul?',
  },
  {
    by: 'dinie', kind: 'offer', category: 'lending', area: 'brinkhorst', hoursAgo: 170,
    title: 'Naaimachine te leen',
    description: 'Mijn naaimachine staat meestal stil. Wie hem een paar weken wil gebruiken, mag hem lenen. Uitleg geef ik erbij.',
  },
  {
    by: 'bertus', kind: 'request', category: 'garden', area: 'hoeverzand', hoursAgo: 30, neededInDays: 6,
    title: 'Bladeren ruimen bij het buurthuis',
    description: 'Het grasveld achter het buurthuis ligt vol bladeren. Wie helpt zaterdag een uurtje harken? Hark en kruiwagen zijn er.',
  },
  {
    by: 'ruud', kind: 'offer', category: 'chores', area: 'ravenesch', hoursAgo: 15,
    title: 'Klussenbedrijf Egberink: alle klussen, scherpe tarieven',
    description: 'Schilderwerk, tegelwerk en dakgoten. Bel voor een offerte, eerste uur met korting voor buren.',
    report: { by: 'ankie', reason: 'commercial', note: 'Dit is reclame voor een bedrijf, geen hulp tussen buren.' },
  },
  {
    by: 'ankie', kind: 'request', category: 'shopping', area: 'ravenesch', hoursAgo: 900,
    title: 'Boodschappen tijdens mijn herstel',
    description: 'Na mijn heupoperatie kan ik een paar weken niet zelf naar de winkel. Wie neemt af en toe iets voor me mee?',
    responses: [{ by: 'truus', message: 'Ik ga elke dinsdag, ik neem graag iets voor u mee.', hoursAfter: 12 }],
    closed: { reason: 'workedOut', hoursAgo: 800 },
  },
]

const HOUR = 3_600_000

/** Adds the demo residents and their requests and offers. Expects the areas to exist. */
export async function seedDemoNeighbourRequests(trx: Db, tenantId: number, now: Date): Promise<void> {
  const areas = await trx.selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()
  const areaId = (slug: string) => {
    const area = areas.find((row) => row.slug === slug)
    if (!area) throw new Error(`Demo neighbourhood posts refer to an unknown area: ${slug}`)
    return area.id
  }
  const ago = (hours: number) => new Date(now.getTime() - hours * HOUR)
  const emailOf = (resident: DemoResident) => `${resident.name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i').replace(/\s+/g, '.')}@buren.esveld.example`

  const people = await trx
    .insertInto('people')
    .values(residents.map((resident) => ({ tenant_id: tenantId, email: emailOf(resident), display_name: resident.name, show_name_publicly: resident.showName, created_at: ago(24 * 60) })))
    .returning(['id', 'email'])
    .execute()
  const personId = (key: string) => {
    const resident = residents.find((candidate) => candidate.key === key)
    const row = resident && people.find((candidate) => candidate.email === emailOf(resident))
    if (!row) throw new Error(`Demo neighbourhood posts refer to an unknown resident: ${key}`)
    return row.id
  }
  await trx.insertInto('role_assignments').values(people.map((row) => ({ person_id: row.id, role: 'resident' as const, granted_at: ago(24 * 60) }))).execute()

  const today = calendarDayInAmsterdam(now)
  for (const post of posts) {
    const createdAt = ago(post.hoursAgo)
    const { id } = await trx
      .insertInto('neighbour_posts')
      .values({
        tenant_id: tenantId,
        author_id: personId(post.by),
        kind: post.kind,
        category: post.category,
        title: post.title,
        description: post.description,
        area_id: areaId(post.area),
        needed_by: post.neededInDays === undefined ? null : addDays(today, post.neededInDays),
        status: post.closed ? 'closed' : 'open',
        close_reason: post.closed?.reason ?? null,
        closed_at: post.closed ? ago(post.closed.hoursAgo) : null,
        hidden_at: null,
        hidden_reason: null,
        hidden_by: null,
        created_at: createdAt,
        updated_at: post.closed ? ago(post.closed.hoursAgo) : createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    for (const response of post.responses ?? []) {
      await trx
        .insertInto('neighbour_post_responses')
        .values({ post_id: id, responder_id: personId(response.by), message: response.message, conversation_id: null, created_at: ago(post.hoursAgo - response.hoursAfter) })
        .execute()
    }
    if (post.report) {
      await trx
        .insertInto('neighbour_post_reports')
        .values({ post_id: id, reporter_id: personId(post.report.by), reason: post.report.reason, note: post.report.note, decided_by: null, decided_at: null, created_at: ago(post.hoursAgo / 2) })
        .execute()
    }
  }
}
