import type { Db } from '../platform/db/database.ts'
import type { HelperInput } from '../modules/network/helper-form.ts'
import { saveHelperProfile } from '../modules/network/helper-service.ts'
import { addOffer, createOrganisation } from '../modules/network/organisation-service.ts'
import { addSuggestedSkills } from '../modules/network/skills.ts'
import type { Availability, HelperVisibility, NameShown, OfferKind, OrganisationKind, TimeCommitment } from '../modules/network/vocabulary.ts'
import { demoAreas } from './areas.ts'
import { randomPointIn } from './geo.ts'
import { DemoRandom } from './random.ts'

/*
 * The network of Gemeente Esveld: about thirty residents who offer their know-how (most to everyone,
 * some only to signed-in people or to staff, one paused) and a dozen organisations of every kind with
 * their standing offers and contact persons. Some helpers and organisations already helped demo
 * initiatives, recorded as connections, so helper pages show what they helped with. Names are made
 * up; `hulp.esveld.example` can never receive mail. Everything follows from one seed and `now`.
 */

const SEED = 0x0ab3_1e55
const DAY = 24 * 60 * 60 * 1000

interface DemoHelper {
  name: string
  /** Area slugs in the order the helper listed them, or 'all' for the whole municipality. */
  areas: string[] | 'all'
  /** Dutch names from the suggested skills list. */
  skills: string[]
  tags?: string[]
  description: string
  availability: Availability[]
  time: TimeCommitment
  hours?: number
  visibility: HelperVisibility
  nameShown?: NameShown
  showContributions?: boolean
}

const helpers: DemoHelper[] = [
  { name: 'Henk Bruggink', areas: ['brinkhorst', 'ravenesch'], skills: ['Timmeren en klussen', 'Techniek en elektra'], tags: ['banken bouwen', 'steigerhout'], description: 'Gepensioneerd timmerman. Ik maak graag bankjes, plantenbakken en podia voor buurtfeesten, en ik heb een werkplaats met gereedschap dat u kunt lenen.', availability: ['weekdayDaytime'], time: 'regularly', hours: 12, visibility: 'public', nameShown: 'fullName' },
  { name: 'Ellen Tijink', areas: 'all', skills: ['Subsidie aanvragen', 'Fondsen en sponsors werven'], tags: ['begroting'], description: 'Ik werkte twintig jaar bij een fonds en weet hoe een goede aanvraag eruitziet. Ik lees uw plan mee en help met de begroting en de tekst.', availability: ['weekdayEvening'], time: 'nowAndThen', visibility: 'public', nameShown: 'fullName' },
  { name: 'Jan Wessels', areas: ['lutteveen'], skills: ['Tuinieren en groenonderhoud'], tags: ['fruitbomen snoeien', 'moestuin'], description: 'Hobbytuinder met een grote moestuin. Ik help met het aanleggen van pluktuinen en geveltuinen, en leer kinderen graag zaaien en oogsten.', availability: ['weekdayDaytime', 'weekend'], time: 'regularly', hours: 8, visibility: 'public' },
  { name: 'Fenna Schuurman', areas: ['esveld-centrum', 'oosterhof'], skills: ['Vormgeving en drukwerk', 'Communicatie en publiciteit'], tags: ['posters', 'logo'], description: 'Grafisch ontwerper. Ik maak een flyer, poster of logo voor uw initiatief en denk mee over hoe u de buurt bereikt.', availability: ['weekdayEvening', 'weekend'], time: 'nowAndThen', visibility: 'public', nameShown: 'fullName', showContributions: true },
  { name: 'Rik Oude Egbrink', areas: 'all', skills: ['Websites maken', 'Hulp met computer en telefoon'], tags: ['wordpress', 'nieuwsbrief'], description: 'Ik bouw eenvoudige websites en zet een nieuwsbrief voor u op, zodat u het daarna zelf kunt bijhouden.', availability: ['weekdayEvening'], time: 'once', visibility: 'public' },
  { name: 'Saskia Leferink', areas: ['de-marke'], skills: ['Fotografie en film'], tags: ['drone'], description: 'Ik fotografeer graag wat er in de buurt gebeurt: een opening, een buurtfeest of het verhaal achter een initiatief. De foto’s mag u vrij gebruiken.', availability: ['weekend'], time: 'nowAndThen', visibility: 'public', nameShown: 'fullName' },
  { name: 'Gert-Jan Nijhuis', areas: ['veldkamp', 'esveld-centrum'], skills: ['Evenementen organiseren', 'Vergunningen en regels'], tags: ['draaiboek', 'verkeersregelaar'], description: 'Al jaren organisator van de Veldkampse feestweek. Ik help met een draaiboek, de evenementenvergunning en het regelen van vrijwilligers.', availability: ['weekdayEvening', 'weekend'], time: 'regularly', hours: 6, visibility: 'public', showContributions: true },
  { name: 'Marjolein Kuipers', areas: 'all', skills: ['Juridisch advies'], tags: ['vereniging oprichten', 'statuten'], description: 'Jurist. Ik help bij het oprichten van een stichting of vereniging, en bij vragen over aansprakelijkheid en verzekeringen.', availability: ['weekdayEvening'], time: 'nowAndThen', visibility: 'members', nameShown: 'fullName' },
  { name: 'Anton Lubbers', areas: ['hoeverzand'], skills: ['Boekhouding en penningmeester zijn'], description: 'Oud-penningmeester van de ijsclub. Ik zet een eenvoudige boekhouding voor u op en leer u hoe u verantwoording aflegt over een subsidie.', availability: ['weekdayDaytime', 'weekdayEvening'], time: 'regularly', hours: 4, visibility: 'public' },
  { name: 'Nadia El Amrani', areas: ['oosterhof'], skills: ['Koken voor groepen', 'Vertalen en tolken'], tags: ['Arabisch', 'buurtmaaltijd'], description: 'Ik kook graag voor grote groepen en help bij buurtmaaltijden. Ook vertaal ik flyers naar het Arabisch en tolk ik bij bijeenkomsten.', availability: ['weekdayEvening', 'weekend'], time: 'regularly', visibility: 'public', showContributions: true },
  { name: 'Wim Hofstede', areas: ['ravenesch', 'brinkhorst'], skills: ['Vervoer en rijden'], tags: ['rolstoelbus'], description: 'Ik heb een busje met een rolstoellift en rijd mensen naar activiteiten in het dorpshuis of naar het ziekenhuis.', availability: ['weekdayDaytime'], time: 'regularly', hours: 10, visibility: 'members' },
  { name: 'Ilona Meijerink', areas: ['veldkamp'], skills: ['Jongeren begeleiden', 'Sport en bewegen begeleiden'], tags: ['voetbal', 'straatspeeldag'], description: 'Jeugdtrainer bij de voetbalclub. Ik help met sportactiviteiten voor kinderen en jongeren op straat en in het park.', availability: ['weekdayEvening', 'weekend'], time: 'regularly', hours: 8, visibility: 'public', showContributions: true },
  { name: 'Bert Vrielink', areas: ['lutteveen', 'hoeverzand'], skills: ['Techniek en elektra', 'Timmeren en klussen'], tags: ['zonnepanelen'], description: 'Elektricien in ruste. Ik kijk mee bij verlichting, stroom voor een evenement en zonnepanelen op een clubgebouw.', availability: ['weekdayDaytime', 'weekend'], time: 'nowAndThen', visibility: 'staff' },
  { name: 'Esther Dijkhuis', areas: ['esveld-centrum'], skills: ['Ouderen bezoeken'], tags: ['voorlezen'], description: 'Ik bezoek graag ouderen die weinig mensen zien, voor een kop koffie, een wandeling of om voor te lezen.', availability: ['weekdayDaytime'], time: 'regularly', hours: 6, visibility: 'members' },
  { name: 'Thijs Brunninkhuis', areas: ['de-marke', 'veldkamp'], skills: ['Muziek maken', 'Evenementen organiseren'], tags: ['geluidsinstallatie', 'dj'], description: 'Ik heb een geluidsinstallatie en draai muziek op buurtfeesten. Ook help ik bij het opzetten van een klein podium.', availability: ['weekend'], time: 'nowAndThen', visibility: 'public' },
  { name: 'Annemiek Roelofs', areas: 'all', skills: ['Taal en teksten schrijven', 'Communicatie en publiciteit'], tags: ['persbericht'], description: 'Journalist. Ik schrijf mee aan een persbericht, een stukje voor de buurtkrant of de tekst van uw aanvraag.', availability: ['weekdayDaytime', 'weekdayEvening'], time: 'nowAndThen', visibility: 'public', nameShown: 'fullName' },
  { name: 'Kevin Hendriksen', areas: ['oosterhof', 'esveld-centrum'], skills: ['Hulp met computer en telefoon'], tags: ['digid'], description: 'Student informatica. Ik help ouderen met hun telefoon, tablet of DigiD, bij hen thuis of in de buurtkamer.', availability: ['weekdayDaytime'], time: 'regularly', hours: 4, visibility: 'public' },
  { name: 'Riet Oosterveld', areas: ['ravenesch'], skills: ['Naaien en repareren', 'Koken voor groepen'], tags: ['repaircafé'], description: 'Ik repareer kleding in het repaircafé en kook mee bij de maandelijkse dorpsmaaltijd.', availability: ['weekdayDaytime'], time: 'regularly', visibility: 'public' },
  { name: 'Dennis Huisman', areas: ['brinkhorst'], skills: ['Vergunningen en regels'], description: 'Ik werk bij een adviesbureau en weet de weg in omgevingsvergunningen. Ik kijk mee welke regels gelden voor uw plan.', availability: ['weekdayEvening'], time: 'once', visibility: 'staff' },
  { name: 'Linda Scholten', areas: ['de-marke'], skills: ['Tuinieren en groenonderhoud'], tags: ['wadi', 'insectenhotel'], description: 'Ecoloog. Ik help bij natuurvriendelijk groen: bloemrijke bermen, insectenhotels en het onderhoud van wadi’s.', availability: ['weekend'], time: 'nowAndThen', visibility: 'public', showContributions: true },
  { name: 'Johan Ter Braak', areas: ['lutteveen'], skills: ['Fondsen en sponsors werven'], tags: ['ondernemers'], description: 'Ondernemer met een groot netwerk in Lutteveen. Ik breng u in contact met bedrijven die willen sponsoren.', availability: ['weekdayDaytime'], time: 'nowAndThen', visibility: 'staff', nameShown: 'fullName' },
  { name: 'Sevda Yilmaz', areas: ['oosterhof', 'veldkamp'], skills: ['Vertalen en tolken', 'Jongeren begeleiden'], tags: ['Turks'], description: 'Ik tolk Turks en Nederlands en help jongeren bij hun eerste stappen als vrijwilliger.', availability: ['weekdayEvening'], time: 'regularly', hours: 5, visibility: 'members' },
  { name: 'Hennie Pasman', areas: ['hoeverzand', 'lutteveen'], skills: ['EHBO'], tags: ['reanimatie'], description: 'EHBO-instructeur. Ik sta bij evenementen als hulpverlener en geef een korte cursus reanimeren.', availability: ['weekend'], time: 'nowAndThen', visibility: 'public' },
  { name: 'Mirjam Kamphuis', areas: ['esveld-centrum'], skills: ['Boekhouding en penningmeester zijn', 'Subsidie aanvragen'], description: 'Boekhouder. Ik help kleine stichtingen met hun jaarrekening en met de verantwoording van subsidies.', availability: ['weekdayEvening'], time: 'regularly', hours: 3, visibility: 'staff' },
  { name: 'Lars Weggemans', areas: ['veldkamp'], skills: ['Fotografie en film', 'Websites maken'], tags: ['video'], description: 'Ik maak korte filmpjes over initiatieven voor sociale media en zet ze op uw website.', availability: ['weekend'], time: 'once', visibility: 'public' },
  { name: 'Gerda Lansink', areas: ['brinkhorst'], skills: ['Ouderen bezoeken', 'Koken voor groepen'], description: 'Ik organiseer de koffieochtend in het dorpshuis en kook voor de ouderensoos.', availability: ['weekdayDaytime'], time: 'regularly', visibility: 'public', showContributions: true },
  { name: 'Mohammed Bakkali', areas: ['oosterhof'], skills: ['Timmeren en klussen', 'Sport en bewegen begeleiden'], tags: ['fietsen repareren'], description: 'Ik repareer fietsen met jongeren uit de wijk en help bij klussen in de buurtkamer.', availability: ['weekdayEvening', 'weekend'], time: 'regularly', hours: 6, visibility: 'members' },
  { name: 'Tineke Boswinkel', areas: 'all', skills: ['Evenementen organiseren'], tags: ['vrijwilligers'], description: 'Ik coördineer vrijwilligers bij grote evenementen en help u met een rooster en een goede taakverdeling.', availability: ['weekdayEvening'], time: 'nowAndThen', visibility: 'public' },
  { name: 'Pieter Klein Gunnewiek', areas: ['ravenesch', 'hoeverzand'], skills: ['Tuinieren en groenonderhoud', 'Timmeren en klussen'], tags: ['hooien'], description: 'Boer met een trekker en een aanhanger. Ik help bij het aanleggen van een speelveld of een boomgaard.', availability: ['weekdayDaytime'], time: 'once', visibility: 'staff' },
  // Paused: nobody sees this one, not even staff matching.
  { name: 'Corine Arends', areas: ['de-marke'], skills: ['Taal en teksten schrijven'], tags: ['taalmaatje'], description: 'Ik ben taalmaatje voor nieuwkomers. Dit jaar heb ik even geen tijd.', availability: ['weekdayDaytime'], time: 'regularly', visibility: 'hidden' },
]

interface DemoOrganisation {
  name: string
  kind: OrganisationKind
  area: string
  /** Whether it placed itself on the map (a point in its area) or only named its area. */
  onMap: boolean
  address: string
  website?: string
  description: string
  /** Contact persons by name with their role; the first added the organisation. */
  contacts: { name: string; role: string }[]
  /** Someone invited who has not answered yet. */
  invited?: { name: string; role: string }
  offers: { kind: OfferKind; description: string; active?: boolean }[]
}

const organisations: DemoOrganisation[] = [
  {
    name: 'Voetbalvereniging Esveldse Boys', kind: 'club', area: 'veldkamp', onMap: true, address: 'Sportpark Veldkamp 2, Esveld', website: 'https://www.esveldseboys.example',
    description: 'Voetbalclub met zeshonderd leden en een kantine die doordeweeks vaak leeg staat. We doen graag mee met de buurt.',
    contacts: [{ name: 'Roy Lankheet', role: 'voorzitter' }, { name: 'Karin Ten Dam', role: 'secretaris' }],
    offers: [
      { kind: 'rooms', description: 'De kantine voor buurtbijeenkomsten op maandag- tot en met donderdagavond, met koffie en thee tegen kostprijs.' },
      { kind: 'people', description: 'Leden van de seniorenteams helpen bij het opbouwen van een buurtfeest.' },
    ],
  },
  {
    name: 'Muziekvereniging Harmonie Brinkhorst', kind: 'club', area: 'brinkhorst', onMap: false, address: 'Dorpsstraat 14, Brinkhorst',
    description: 'Harmonieorkest en drumband van Brinkhorst. We spelen bij opening, optocht of herdenking in het dorp.',
    contacts: [{ name: 'Wilma Reuvers', role: 'secretaris' }],
    offers: [
      { kind: 'expertise', description: 'Muziek bij een opening of feest in Brinkhorst en Ravenesch, in overleg zonder kosten.' },
      { kind: 'materials', description: 'Een mobiel podium van zes bij vier meter te leen.', active: false },
    ],
  },
  {
    name: 'Bouwbedrijf Nijhof', kind: 'business', area: 'lutteveen', onMap: true, address: 'Industrieweg 7, Lutteveen', website: 'https://www.nijhofbouw.example',
    description: 'Familiebedrijf in de bouw. We steunen projecten in Lutteveen en omgeving met materiaal en vakmensen.',
    contacts: [{ name: 'Erik Nijhof', role: 'eigenaar' }],
    invited: { name: 'Sandra Nijhof', role: 'office manager' },
    offers: [
      { kind: 'materials', description: 'Restmateriaal zoals hout, tegels en stenen voor buurtprojecten.' },
      { kind: 'people', description: 'Twee keer per jaar een dag een timmerman en een uitvoerder voor een maatschappelijk project.' },
      { kind: 'money', description: 'Een kleine bijdrage voor projecten die het dorp mooier maken.' },
    ],
  },
  {
    name: 'Bakkerij Ter Haar', kind: 'business', area: 'esveld-centrum', onMap: true, address: 'Kerkplein 3, Esveld',
    description: 'Bakker aan het Kerkplein sinds 1931. Een buurtfeest zonder krentenwegge kan niet.',
    contacts: [{ name: 'Bianca Ter Haar', role: 'eigenaar' }],
    offers: [{ kind: 'materials', description: 'Brood en krentenwegge voor buurtactiviteiten, tegen inkoopprijs.' }],
  },
  {
    name: 'Welzijn Esveld', kind: 'careAndWelfare', area: 'oosterhof', onMap: true, address: 'Weverstraat 40, Esveld', website: 'https://www.welzijnesveld.example',
    description: 'Opbouwwerkers, jongerenwerkers en ouderenadviseurs die bewoners helpen hun plannen waar te maken.',
    contacts: [{ name: 'Priscilla Mensink', role: 'opbouwwerker' }, { name: 'Daan Kroeze', role: 'jongerenwerker' }],
    offers: [
      { kind: 'expertise', description: 'Begeleiding bij het opzetten van een bewonersgroep en bij het bereiken van bewoners die je niet vaak ziet.' },
      { kind: 'rooms', description: 'De buurtkamer in de oude weverij, overdag gratis voor bewonersinitiatieven.' },
    ],
  },
  {
    name: 'Zorgcentrum De Esch', kind: 'careAndWelfare', area: 'hoeverzand', onMap: false, address: 'Esweg 1, Hoeverzand',
    description: 'Zorgcentrum met negentig bewoners. We zoeken verbinding met het dorp, en het dorp is welkom bij ons.',
    contacts: [{ name: 'Hanneke Voortman', role: 'coördinator vrijwilligers' }],
    offers: [
      { kind: 'rooms', description: 'De ontmoetingsruimte met keuken voor activiteiten waar ook onze bewoners aan mee kunnen doen.' },
      { kind: 'expertise', description: 'Advies over activiteiten voor mensen met dementie.' },
    ],
  },
  {
    name: 'Basisschool De Marke', kind: 'school', area: 'de-marke', onMap: true, address: 'Elsbeek 10, Esveld',
    description: 'Basisschool met een groen schoolplein dat na schooltijd open is voor de buurt.',
    contacts: [{ name: 'Judith Wolters', role: 'directeur' }],
    offers: [
      { kind: 'rooms', description: 'Het speellokaal en het schoolplein na schooltijd en in het weekend.' },
      { kind: 'people', description: 'Leerlingen van groep 7 en 8 helpen bij het onderhoud van de pluktuin.' },
    ],
  },
  {
    name: 'Het Esveld College', kind: 'school', area: 'veldkamp', onMap: false, address: 'Collegelaan 5, Esveld', website: 'https://www.esveldcollege.example',
    description: 'Middelbare school. Onze leerlingen lopen hun maatschappelijke stage graag bij initiatieven in de gemeente.',
    contacts: [{ name: 'Marco Beltman', role: 'stagecoördinator' }],
    offers: [{ kind: 'people', description: 'Stagiairs voor maatschappelijke stages van dertig uur, vooral in het voorjaar.' }],
  },
  {
    name: 'Protestantse gemeente Lutteveen', kind: 'church', area: 'lutteveen', onMap: true, address: 'Kerkstraat 1, Lutteveen',
    description: 'Kerkgemeenschap met een zaal achter de kerk en een diaconie die het dorp een warm hart toedraagt.',
    contacts: [{ name: 'Dirk-Jan Stoltenborg', role: 'diaken' }],
    offers: [
      { kind: 'rooms', description: 'De kerkzaal met keuken, voor honderd mensen, tegen een kleine vergoeding.' },
      { kind: 'money', description: 'De diaconie steunt jaarlijks enkele projecten tegen eenzaamheid.' },
    ],
  },
  {
    name: 'Stichting Dorpshuis Ravenesch', kind: 'foundation', area: 'ravenesch', onMap: true, address: 'Brink 8, Ravenesch',
    description: 'Het dorpshuis is van en voor het dorp, gerund door vrijwilligers.',
    contacts: [{ name: 'Harm Kottink', role: 'beheerder' }],
    offers: [
      { kind: 'rooms', description: 'De grote zaal en twee vergaderkamers, voor dorpsinitiatieven gratis.' },
      { kind: 'materials', description: 'Statafels, partytent en een koffiezetapparaat voor vijftig koppen te leen.' },
    ],
  },
  {
    name: 'Stichting Oosterhof Weverij', kind: 'foundation', area: 'oosterhof', onMap: false, address: 'Weverstraat 38, Esveld',
    description: 'De stichting beheert de oude weverij met ateliers voor kunstenaars en makers.',
    contacts: [{ name: 'Lieke Brinkman', role: 'secretaris' }],
    offers: [
      { kind: 'expertise', description: 'Kunstenaars die met bewoners een muurschildering of kunstwerk maken.' },
      { kind: 'rooms', description: 'Een atelier voor workshops, een middag per week.' },
    ],
  },
  {
    name: 'Woonstichting Thuis in Esveld', kind: 'other', area: 'esveld-centrum', onMap: false, address: 'Marktstraat 21, Esveld', website: 'https://www.thuisinesveld.example',
    description: 'Woningcorporatie met tweeduizend woningen in de gemeente. We steunen bewoners die hun buurt leefbaarder maken.',
    contacts: [{ name: 'Youssef Amrani', role: 'wijkconsulent' }],
    offers: [
      { kind: 'money', description: 'Een leefbaarheidsbudget voor plannen van huurders, tot 2.500 euro per plan.' },
      { kind: 'materials', description: 'Plantenbakken en bankjes voor binnentuinen.' },
    ],
  },
]

const plain = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '.').replace(/^\.|\.$/g, '')
const emailOf = (name: string) => `${plain(name)}@hulp.esveld.example`

/** Adds the skills list, helpers and organisations. Expects areas, staff and initiatives to exist. */
export async function seedDemoNetwork(trx: Db, tenantId: number, now: Date): Promise<void> {
  const random = new DemoRandom(SEED)
  const ago = (days: number) => new Date(now.getTime() - days * DAY)

  await addSuggestedSkills(trx, tenantId)
  const skills = await trx.selectFrom('skills').select(['id', 'name']).where('tenant_id', '=', tenantId).execute()
  const skillId = (name: string) => {
    const skill = skills.find((row) => row.name.nl === name)
    if (!skill) throw new Error(`Demo helpers refer to an unknown skill: ${name}`)
    return skill.id
  }
  const areas = await trx.selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenantId).orderBy('kind').orderBy('name').execute()
  const areaId = (slug: string) => {
    const area = areas.find((row) => row.slug === slug)
    if (!area) throw new Error(`Demo network refers to an unknown area: ${slug}`)
    return area.id
  }

  // Everyone in the network gets a resident account, as signing in gives them.
  const names = [...new Set([...helpers.map((helper) => helper.name), ...organisations.flatMap((organisation) => [...organisation.contacts, ...(organisation.invited ? [organisation.invited] : [])].map((contact) => contact.name))])]
  const people = await trx
    .insertInto('people')
    .values(names.map((name) => ({ tenant_id: tenantId, email: emailOf(name), display_name: name, show_name_publicly: random.chance(0.6), created_at: ago(random.int(60, 400)) })))
    .returning(['id', 'email'])
    .execute()
  await trx.insertInto('role_assignments').values(people.map((row) => ({ person_id: row.id, role: 'resident' as const }))).execute()
  const personId = (name: string) => people.find((row) => row.email === emailOf(name))!.id

  for (const [index, helper] of helpers.entries()) {
    const input: HelperInput = {
      skillIds: helper.skills.map(skillId),
      tags: helper.tags ?? [],
      description: helper.description,
      wholeMunicipality: helper.areas === 'all',
      areaIds: helper.areas === 'all' ? [] : helper.areas.map(areaId),
      availability: helper.availability,
      timeCommitment: helper.time,
      hoursPerMonth: helper.hours ?? null,
      visibility: helper.visibility,
      showContributions: helper.showContributions ?? index % 3 !== 2,
      nameShown: helper.nameShown ?? 'firstName',
    }
    await saveHelperProfile(trx, tenantId, personId(helper.name), input, ago(random.int(1, 120)))
  }

  const organisationIds = new Map<string, number>()
  for (const organisation of organisations) {
    const [first, ...others] = organisation.contacts
    const added = ago(random.int(30, 300))
    const area = demoAreas.find((candidate) => candidate.slug === organisation.area)!
    const point = organisation.onMap ? randomPointIn(area.boundary, random) : undefined
    const { id } = await createOrganisation(
      trx,
      { tenantId, personId: personId(first!.name), label: `${first!.name} <${emailOf(first!.name)}>` },
      {
        name: organisation.name,
        kind: organisation.kind,
        description: organisation.description,
        website: organisation.website ?? null,
        address: organisation.address,
        areaId: areaId(organisation.area),
        latitude: point?.latitude ?? null,
        longitude: point?.longitude ?? null,
      },
      first!.role,
      added,
    )
    organisationIds.set(organisation.name, id)
    for (const contact of others) {
      await trx.insertInto('organisation_contacts').values({ organisation_id: id, person_id: personId(contact.name), role_title: contact.role, invited_by: personId(first!.name), invited_at: added, accepted_at: added }).execute()
    }
    if (organisation.invited) {
      await trx.insertInto('organisation_contacts').values({ organisation_id: id, person_id: personId(organisation.invited.name), role_title: organisation.invited.role, invited_by: personId(first!.name), invited_at: ago(2), accepted_at: null }).execute()
    }
    for (const offer of organisation.offers) await addOffer(trx, id, { kind: offer.kind, description: offer.description, active: offer.active ?? true }, added)
  }

  await seedConnections(trx, tenantId, random, now, personId, areaId, organisationIds)
}

/** Earlier help: connections between public demo initiatives and helpers or organisations in the same area. */
async function seedConnections(
  trx: Db,
  tenantId: number,
  random: DemoRandom,
  now: Date,
  personId: (name: string) => number,
  areaId: (slug: string) => number,
  organisationIds: Map<string, number>,
): Promise<void> {
  const initiatives = await trx
    .selectFrom('initiatives')
    .select(['id', 'area_id', 'broker_id', 'created_at'])
    .where('tenant_id', '=', tenantId)
    .where('publication', '=', 'published')
    .where('status', 'in', ['underWay', 'realised'])
    .orderBy('id')
    .execute()
  const inArea = (slug: string) => initiatives.filter((initiative) => initiative.area_id === areaId(slug))
  const moment = (from: Date) => new Date(from.getTime() + random.next() * (now.getTime() - from.getTime()))
  const rows: { initiative_id: number; kind: 'person' | 'organisation'; description: string; url: null; made_by: number | null; helper_person_id?: number; organisation_id?: number; created_at: Date }[] = []

  for (const helper of helpers.filter((candidate) => candidate.visibility !== 'hidden' && candidate.areas !== 'all')) {
    const pool = inArea((helper.areas as string[])[0]!)
    for (const initiative of random.sample(pool, random.int(0, 2))) {
      rows.push({
        initiative_id: initiative.id,
        kind: 'person',
        description: `In contact gebracht met ${helper.name.split(' ')[0]}, die helpt met ${helper.skills[0]!.toLowerCase()}.`,
        url: null,
        made_by: initiative.broker_id,
        helper_person_id: personId(helper.name),
        created_at: moment(initiative.created_at),
      })
    }
  }
  for (const organisation of organisations) {
    for (const initiative of random.sample(inArea(organisation.area), random.int(0, 2))) {
      rows.push({
        initiative_id: initiative.id,
        kind: 'organisation',
        description: `${organisation.name} hielp: ${organisation.offers[0]!.description.charAt(0).toLowerCase()}${organisation.offers[0]!.description.slice(1)}`,
        url: null,
        made_by: initiative.broker_id,
        organisation_id: organisationIds.get(organisation.name)!,
        created_at: moment(initiative.created_at),
      })
    }
  }
  if (rows.length > 0) await trx.insertInto('connections').values(rows).execute()
}
