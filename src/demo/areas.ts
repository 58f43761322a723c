import type { DemoArea } from './types.ts'

/*
 * The fictional municipality of Esveld in Twente: the town of Esveld (four neighbourhoods) and four villages
 * around it. Boundaries are GeoJSON polygons in WGS84 ([longitude, latitude], counter-clockwise, closed).
 * Neighbouring areas share their border vertices exactly, so the eight polygons tile the municipality
 * without gaps or overlaps.
 */
export const demoAreas: DemoArea[] = [
  {
    slug: 'esveld-centrum',
    name: 'Esveld-Centrum',
    kind: 'neighbourhood',
    population: 4180,
    description: {
      nl: 'Het oude hart van Esveld, rond het Kerkplein met de Stephanuskerk en de zaterdagmarkt. Winkels, de bibliotheek en het gemeentehuis liggen hier op loopafstand van elkaar.',
      en: 'The old heart of Esveld, around the church square with St Stephen’s church and the Saturday market. Shops, the library and the town hall are all within walking distance of each other.',
    },
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.64870, 52.30460], [6.63990, 52.30380], [6.63150, 52.30420], [6.63480, 52.29840],
          [6.64710, 52.29560], [6.64800, 52.30010], [6.64870, 52.30460],
        ],
      ],
    },
  },
  {
    slug: 'oosterhof',
    name: 'Oosterhof',
    kind: 'neighbourhood',
    population: 7640,
    description: {
      nl: 'Naoorlogse wijk die is gegroeid rond textielfabriek De Oosterhof, waarvan de oude weverij nu ateliers en een buurtkamer huisvest. Veel rijtjeshuizen uit de jaren vijftig en zestig, met een wijkpark aan de Weverstraat.',
      en: 'A post-war neighbourhood that grew up around the Oosterhof textile mill, whose old weaving shed now houses studios and a community living room. Mostly terraced houses from the fifties and sixties, with a park on Weverstraat.',
    },
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.64870, 52.30460], [6.65810, 52.30510], [6.66820, 52.30390], [6.66590, 52.30980],
          [6.66010, 52.31360], [6.64960, 52.31480], [6.64920, 52.30950], [6.64870, 52.30460],
        ],
      ],
    },
  },
  {
    slug: 'veldkamp',
    name: 'Veldkamp',
    kind: 'neighbourhood',
    population: 5920,
    description: {
      nl: 'Gezinswijk uit de jaren zeventig en tachtig aan de noordkant van Esveld, met twee basisscholen en sportpark Veldkamp. Op zaterdag draait de halve wijk om de voetbal- en korfbalvelden.',
      en: 'A family neighbourhood from the seventies and eighties on the north side of Esveld, with two primary schools and the Veldkamp sports park. On Saturdays half the neighbourhood revolves around the football and korfball pitches.',
    },
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.64870, 52.30460], [6.64920, 52.30950], [6.64960, 52.31480], [6.63910, 52.31290],
          [6.63320, 52.30850], [6.63150, 52.30420], [6.63990, 52.30380], [6.64870, 52.30460],
        ],
      ],
    },
  },
  {
    slug: 'de-marke',
    name: 'De Marke',
    kind: 'neighbourhood',
    population: 3470,
    description: {
      nl: 'De jongste wijk van Esveld, gebouwd na 2000 langs de Elsbeek, die hier weer vrij mag slingeren. Tussen de huizen liggen wadi’s, speelplekken en een pluktuin die bewoners zelf onderhouden.',
      en: 'Esveld’s newest neighbourhood, built after 2000 along the Elsbeek, a brook that is allowed to meander freely again here. Between the houses lie rain gardens, play areas and a picking garden that residents look after themselves.',
    },
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.64870, 52.30460], [6.64800, 52.30010], [6.64710, 52.29560], [6.65930, 52.29690],
          [6.66640, 52.29970], [6.66820, 52.30390], [6.65810, 52.30510], [6.64870, 52.30460],
        ],
      ],
    },
  },
  {
    slug: 'brinkhorst',
    name: 'Brinkhorst',
    kind: 'village',
    population: 2730,
    description: {
      nl: 'Het grootste dorp van de gemeente, gebouwd rond een brink met eeuwenoude eiken waar in september de kermis staat. In het kulturhus zitten de basisschool, de huisarts en de dorpsverenigingen onder één dak.',
      en: 'The largest village in the municipality, built around a green with centuries-old oaks where the funfair sets up every September. The kulturhus brings the primary school, the GP and the village clubs together under one roof.',
    },
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.66590, 52.30980], [6.69200, 52.32450], [6.72450, 52.34180], [6.69800, 52.35420],
          [6.66100, 52.35870], [6.62300, 52.35210], [6.58600, 52.33950], [6.61300, 52.32600],
          [6.63910, 52.31290], [6.64960, 52.31480], [6.66010, 52.31360], [6.66590, 52.30980],
        ],
      ],
    },
  },
  {
    slug: 'lutteveen',
    name: 'Lutteveen',
    kind: 'village',
    population: 1480,
    description: {
      nl: 'Ontginningsdorp aan de oostkant, ontstaan toen rond 1900 het veen werd afgegraven en in weiland veranderde. Het overgebleven hoogveen is nu natuurgebied, en de dorpswinkel wordt al een paar jaar door vrijwilligers gerund.',
      en: 'A reclamation village on the eastern side, founded when the peat was dug away around 1900 and turned into pasture. The remaining raised bog is now a nature reserve, and the village shop has been run by volunteers for a few years.',
    },
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.65930, 52.29690], [6.69100, 52.28400], [6.73100, 52.27800], [6.74200, 52.30100],
          [6.73800, 52.32500], [6.72450, 52.34180], [6.69200, 52.32450], [6.66590, 52.30980],
          [6.66820, 52.30390], [6.66640, 52.29970], [6.65930, 52.29690],
        ],
      ],
    },
  },
  {
    slug: 'hoeverzand',
    name: 'Hoeverzand',
    kind: 'village',
    population: 2160,
    description: {
      nl: 'Dorp op een zandrug ten zuiden van Esveld, met een gerestaureerde watermolen aan de Hoeverbeek. In de zomer maken wandelaars, fietsers en campinggasten het hier een stuk drukker dan de rest van het jaar.',
      en: 'A village on a sandy ridge south of Esveld, with a restored watermill on the Hoeverbeek brook. In summer, walkers, cyclists and campsite guests make it a good deal busier than during the rest of the year.',
    },
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.63480, 52.29840], [6.61200, 52.28300], [6.59200, 52.26600], [6.62700, 52.25500],
          [6.66800, 52.25800], [6.70500, 52.26300], [6.73100, 52.27800], [6.69100, 52.28400],
          [6.65930, 52.29690], [6.64710, 52.29560], [6.63480, 52.29840],
        ],
      ],
    },
  },
  {
    slug: 'ravenesch',
    name: 'Ravenesch',
    kind: 'village',
    population: 860,
    description: {
      nl: 'Het kleinste dorp van de gemeente: boerderijen en huizen verspreid rond een open es aan de westkant, waar noaberschap nog vanzelf spreekt. Toen de lagere school dichtging, verbouwden de bewoners het gebouw zelf tot ontmoetingsplek.',
      en: 'The smallest village in the municipality: farms and houses scattered around an open field (an es) on the western side, where helping your neighbours still goes without saying. When the primary school closed, residents converted the building into a meeting place themselves.',
    },
    boundary: {
      type: 'Polygon',
      coordinates: [
        [
          [6.63910, 52.31290], [6.61300, 52.32600], [6.58600, 52.33950], [6.56400, 52.31800],
          [6.56900, 52.28900], [6.59200, 52.26600], [6.61200, 52.28300], [6.63480, 52.29840],
          [6.63150, 52.30420], [6.63320, 52.30850], [6.63910, 52.31290],
        ],
      ],
    },
  },
]
