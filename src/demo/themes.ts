import type { DemoTheme } from './types.ts'

/** The themes Gemeente Esveld uses to order initiatives, roughly from most to least common. */
export const demoThemes: DemoTheme[] = [
  {
    slug: 'zorg-en-welzijn',
    name: { nl: 'Zorg en welzijn', en: 'Care and welfare' },
    description: {
      nl: 'Omzien naar elkaar: hulp om langer thuis te blijven wonen, steun voor mantelzorgers en ontmoeting voor wie er alleen voor staat.',
      en: 'Looking out for each other: help to keep living at home, support for family carers and company for people who are on their own.',
    },
  },
  {
    slug: 'werk-en-inkomen',
    name: { nl: 'Werk en inkomen', en: 'Work and income' },
    description: {
      nl: 'Initiatieven die mensen aan het werk helpen, kleine ondernemers op weg zetten of huishoudens uit de schulden houden.',
      en: 'Initiatives that help people into work, give small entrepreneurs a start or keep households out of debt.',
    },
  },
  {
    slug: 'kunst-en-cultuur',
    name: { nl: 'Kunst en cultuur', en: 'Art and culture' },
    description: {
      nl: 'Muziek, theater, beeldende kunst en erfgoed, van een koor in het dorpshuis tot een expositie in de oude fabriek.',
      en: 'Music, theatre, visual art and heritage, from a choir in the village hall to an exhibition in the old mill.',
    },
  },
  {
    slug: 'evenementen-en-toerisme',
    name: { nl: 'Evenementen en toerisme', en: 'Events and tourism' },
    description: {
      nl: 'Buurtfeesten, markten, kermissen en alles wat bezoekers naar Esveld en de dorpen trekt.',
      en: 'Street parties, markets, funfairs and everything else that draws visitors to Esveld and its villages.',
    },
  },
  {
    slug: 'duurzaamheid',
    name: { nl: 'Duurzaamheid', en: 'Sustainability' },
    description: {
      nl: 'Samen energie opwekken en besparen, minder afval maken en spullen langer laten meegaan.',
      en: 'Generating and saving energy together, producing less waste and making things last longer.',
    },
  },
  {
    slug: 'sport-en-bewegen',
    name: { nl: 'Sport en bewegen', en: 'Sport and exercise' },
    description: {
      nl: 'Clubs, wandelgroepen en beweegplekken in de buitenlucht die jong en oud in beweging krijgen.',
      en: 'Clubs, walking groups and outdoor exercise spots that get young and old moving.',
    },
  },
  {
    slug: 'groen-en-openbare-ruimte',
    name: { nl: 'Groen en openbare ruimte', en: 'Green and public space' },
    description: {
      nl: 'Zelf een plantsoen onderhouden, een speelplek opknappen of een buurtboomgaard aanleggen.',
      en: 'Looking after a patch of green yourself, doing up a playground or planting a community orchard.',
    },
  },
  {
    slug: 'samenleven',
    name: { nl: 'Samenleven', en: 'Living together' },
    description: {
      nl: 'Buren die elkaar leren kennen en helpen, met buurtkamers, samen eten en een hand uitsteken waar dat nodig is.',
      en: 'Neighbours getting to know and help each other, through community rooms, shared meals and lending a hand where it is needed.',
    },
  },
  {
    slug: 'jeugd-en-onderwijs',
    name: { nl: 'Jeugd en onderwijs', en: 'Youth and education' },
    description: {
      nl: 'Plekken en activiteiten voor kinderen en jongeren, en initiatieven rond school, taal en leren.',
      en: 'Places and activities for children and young people, and initiatives around school, language and learning.',
    },
  },
  {
    slug: 'wonen',
    name: { nl: 'Wonen', en: 'Housing' },
    description: {
      nl: 'Nieuwe woonvormen, samen bouwen en passende woningen voor starters en ouderen in hun eigen wijk of dorp.',
      en: 'New ways of living, building together and suitable homes for first-time buyers and older residents in their own neighbourhood or village.',
    },
  },
  {
    slug: 'verkeer-en-veiligheid',
    name: { nl: 'Verkeer en veiligheid', en: 'Mobility and safety' },
    description: {
      nl: 'Veilige schoolroutes, rustiger verkeer in de straat, een buurtbus of deelauto’s, en buurtpreventie.',
      en: 'Safe routes to school, calmer traffic in the street, a community bus or shared cars, and neighbourhood watch.',
    },
  },
]
