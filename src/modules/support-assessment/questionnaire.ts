/**
 * The support assessment (`supportAssessment`, "ACTIE" in the domain): a short guided
 * questionnaire a broker fills in for an initiative. Five pillars, three statements each, every
 * statement rated on a four-point scale or left as "don't know yet". The answers only suggest
 * which kinds of support might fit (see advice.ts); they are optional and can be revised.
 *
 * All wording here is our own.
 */
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'

export type { LocalizedText }

/** Raise when questions are added, removed or reworded in a way that changes their meaning. */
export const questionnaireVersion = 1

export const pillarIds = ['motivation', 'contacts', 'skillsAndMeans', 'embedding', 'empathy'] as const
export type PillarId = (typeof pillarIds)[number]

/** Every question id is `<pillar>.<name>`; the order here is the order of the form. */
export const questionIds = [
  'motivation.ownWish',
  'motivation.firstStep',
  'motivation.perseverance',
  'contacts.helpers',
  'contacts.organisations',
  'contacts.peers',
  'skillsAndMeans.knowHow',
  'skillsAndMeans.placeAndThings',
  'skillsAndMeans.money',
  'embedding.municipality',
  'embedding.rules',
  'embedding.localPlans',
  'empathy.neighboursView',
  'empathy.openToOthers',
  'empathy.informed',
] as const satisfies readonly `${PillarId}.${string}`[]
export type QuestionId = (typeof questionIds)[number]

/** 1 = not at all, 2 = a little, 3 = largely, 4 = fully; `null` = don't know yet. */
export type AnswerValue = 1 | 2 | 3 | 4 | null
export const scaleValues = [1, 2, 3, 4] as const
export type ScaleValue = (typeof scaleValues)[number]

/** A question that is absent has not been answered; `null` means the broker chose "don't know yet". */
export type AssessmentAnswers = Partial<Record<QuestionId, AnswerValue>>

export interface Question {
  id: QuestionId
  pillar: PillarId
  /** A statement about the initiative, rated from "not at all" to "fully". */
  statement: LocalizedText
}

export interface Pillar {
  id: PillarId
  title: LocalizedText
  explanation: LocalizedText
  questions: readonly Question[]
}

const pillarTexts: Record<PillarId, { title: LocalizedText; explanation: LocalizedText }> = {
  motivation: {
    title: { nl: 'Animo', en: 'Motivation' },
    explanation: {
      nl: 'Hoeveel zin en energie de initiatiefnemers hebben om hun plan door te zetten, ook als het even tegenzit.',
      en: 'How much drive the initiators have to carry their plan through, also when things get difficult for a while.',
    },
  },
  contacts: {
    title: { nl: 'Contacten', en: 'Contacts' },
    explanation: {
      nl: 'Met wie de initiatiefnemers al in contact staan: buren, organisaties en andere initiatieven die kunnen meedenken of meehelpen.',
      en: 'Who the initiators are already in touch with: neighbours, organisations and other initiatives that can think along or lend a hand.',
    },
  },
  skillsAndMeans: {
    title: { nl: 'Kennis en middelen', en: 'Skills and means' },
    explanation: {
      nl: 'Of de initiatiefnemers de kennis, vaardigheden en spullen hebben die hun plan vraagt, zoals een plek, materiaal of geld.',
      en: 'Whether the initiators have the know-how, skills and things their plan needs, such as a place, materials or money.',
    },
  },
  embedding: {
    title: { nl: 'Aansluiting bij gemeente en organisaties', en: 'Links with the municipality and organisations' },
    explanation: {
      nl: 'Hoe goed het plan past bij de gemeente, de regels en wat er in de omgeving al gebeurt, en of de initiatiefnemers daarin de weg weten.',
      en: 'How well the plan fits with the municipality, the rules and what is already happening nearby, and whether the initiators know their way around.',
    },
  },
  empathy: {
    title: { nl: 'Band met de buurt', en: 'Connection with the neighbourhood' },
    explanation: {
      nl: 'Hoe goed de initiatiefnemers weten wat hun plan betekent voor de mensen om hen heen, en of de buurt zich erin kan herkennen.',
      en: 'How well the initiators understand what their plan means for the people around them, and whether the neighbourhood can recognise itself in it.',
    },
  },
}

const statements: Record<QuestionId, LocalizedText> = {
  'motivation.ownWish': {
    nl: 'De initiatiefnemers willen dit echt zelf, en doen het niet omdat iemand anders het van hen vraagt.',
    en: 'The initiators really want this themselves, and are not doing it because someone else asked them to.',
  },
  'motivation.firstStep': {
    nl: 'De initiatiefnemers zien hoe ze kunnen beginnen, ook al is het hele plan nog groot.',
    en: 'The initiators can see how to get started, even though the whole plan is still big.',
  },
  'motivation.perseverance': {
    nl: 'Als er iets tegenzit, houden de initiatiefnemers de moed erin.',
    en: 'When something goes wrong, the initiators keep their spirits up.',
  },
  'contacts.helpers': {
    nl: 'De initiatiefnemers kennen mensen in de buurt die willen meehelpen.',
    en: 'The initiators know people nearby who want to lend a hand.',
  },
  'contacts.organisations': {
    nl: 'De initiatiefnemers hebben contact met verenigingen, scholen, bedrijven of andere organisaties die iets kunnen bijdragen.',
    en: 'The initiators are in touch with clubs, schools, businesses or other organisations that could contribute something.',
  },
  'contacts.peers': {
    nl: 'De initiatiefnemers kennen anderen die iets vergelijkbaars doen of hebben gedaan.',
    en: 'The initiators know others who are doing, or have done, something similar.',
  },
  'skillsAndMeans.knowHow': {
    nl: 'De initiatiefnemers weten hoe ze het plan moeten aanpakken, of weten wie hen daarbij kan helpen.',
    en: 'The initiators know how to go about the plan, or know who can help them with it.',
  },
  'skillsAndMeans.placeAndThings': {
    nl: 'Er is een plek om samen te komen en de spullen die nodig zijn, zijn er of komen er.',
    en: 'There is a place to get together, and the things that are needed are there or on their way.',
  },
  'skillsAndMeans.money': {
    nl: 'Het is duidelijk hoe de kosten betaald worden.',
    en: 'It is clear how the costs will be paid.',
  },
  'embedding.municipality': {
    nl: 'De initiatiefnemers weten bij wie ze bij de gemeente terechtkunnen met hun vragen.',
    en: 'The initiators know whom to turn to at the municipality with their questions.',
  },
  'embedding.rules': {
    nl: 'Het is duidelijk welke regels en vergunningen voor het plan gelden.',
    en: 'It is clear which rules and permits apply to the plan.',
  },
  'embedding.localPlans': {
    nl: 'Het plan past bij wat er in de wijk of het dorp al speelt of op de planning staat.',
    en: 'The plan fits with what is already going on, or planned, in the neighbourhood or village.',
  },
  'empathy.neighboursView': {
    nl: 'De initiatiefnemers weten hoe buren en omwonenden over het plan denken.',
    en: 'The initiators know what neighbours and local residents think of the plan.',
  },
  'empathy.openToOthers': {
    nl: 'Ook mensen buiten de eigen kring van de initiatiefnemers kunnen meedoen of meepraten.',
    en: 'People outside the initiators\u2019 own circle can also join in or have their say.',
  },
  'empathy.informed': {
    nl: 'De mensen die iets van het plan gaan merken, weten er op tijd van.',
    en: 'The people who will notice the plan hear about it in good time.',
  },
}

export function pillarOf(question: QuestionId): PillarId {
  return question.slice(0, question.indexOf('.')) as PillarId
}

/** The whole questionnaire, pillars and questions in form order. */
export const questionnaire: readonly Pillar[] = pillarIds.map((pillar) => ({
  id: pillar,
  ...pillarTexts[pillar],
  questions: questionIds
    .filter((id) => pillarOf(id) === pillar)
    .map((id) => ({ id, pillar, statement: statements[id] })),
}))

const questionsById = new Map<string, Question>(questionnaire.flatMap((pillar) => pillar.questions.map((question) => [question.id, question] as const)))

export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && questionsById.has(value)
}

export function isPillarId(value: unknown): value is PillarId {
  return typeof value === 'string' && (pillarIds as readonly string[]).includes(value)
}

export function question(id: QuestionId): Question {
  return questionsById.get(id)!
}

export function pillar(id: PillarId): Pillar {
  return questionnaire.find((candidate) => candidate.id === id)!
}
