/**
 * From support-assessment answers to suggestions: per pillar a level, and for the pillars where
 * support might help, kinds of support that could fit. The suggestions are a starting point for
 * the broker's own judgement, not a prescription: the same answers can call for different help
 * in different initiatives.
 */
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import {
  pillarIds,
  pillarOf,
  questionIds,
  type AnswerValue,
  type AssessmentAnswers,
  type PillarId,
  type QuestionId,
} from './questionnaire.ts'

import { needKinds, type NeedKind } from '../initiatives/vocabulary.ts'

export { needKinds, type NeedKind }

export const supportKinds = [
  'smallFirstStep',
  'showSuccesses',
  'askWhatKeepsThemGoing',
  'similarInitiative',
  'neighbourhoodOrganisation',
  'marketplaceEvent',
  'trainingOrKnowledgeHelper',
  'roomOrMaterials',
  'initiativeFund',
  'departmentContact',
  'rulesEarly',
  'areaAgenda',
  'talkWithNeighbours',
  'walkInEvening',
  'sharePlanEarly',
] as const
export type SupportKind = (typeof supportKinds)[number]

export interface SupportKindDefinition {
  id: SupportKind
  pillar: PillarId
  title: LocalizedText
  explanation: LocalizedText
  /** The questions whose low answers make this kind of support worth considering. */
  questions: readonly QuestionId[]
  /** The initiator's need kinds this support relates to, if any. */
  needs: readonly NeedKind[]
}

type Definition = Omit<SupportKindDefinition, 'id'>

const definitions: Record<SupportKind, Definition> = {
  smallFirstStep: {
    pillar: 'motivation',
    questions: ['motivation.firstStep', 'motivation.perseverance'],
    needs: ['advice'],
    title: { nl: 'Een kleine eerste stap', en: 'A small first step' },
    explanation: {
      nl: 'Samen een eerste stap kiezen die snel kan lukken, maakt het plan misschien overzichtelijker en geeft energie.',
      en: 'Choosing together a first step that can succeed quickly may make the plan feel more manageable and give energy.',
    },
  },
  showSuccesses: {
    pillar: 'motivation',
    questions: ['motivation.perseverance'],
    needs: ['publicity'],
    title: { nl: 'Successen zichtbaar maken', en: 'Making successes visible' },
    explanation: {
      nl: 'Laten zien wat al gelukt is, bijvoorbeeld met een verhaal op de website of in de buurtkrant, kan de initiatiefnemers en anderen aanmoedigen.',
      en: 'Showing what has already worked, for example with a story on the website or in the local paper, can encourage the initiators and others.',
    },
  },
  askWhatKeepsThemGoing: {
    pillar: 'motivation',
    questions: ['motivation.ownWish', 'motivation.perseverance'],
    needs: [],
    title: { nl: 'Vragen wat hen drijft', en: 'Asking what keeps them going' },
    explanation: {
      nl: 'Een gesprek over waarom ze dit willen en wat ze nodig hebben om vol te houden, helpt om de steun daarop af te stemmen.',
      en: 'A conversation about why they want this and what they need to keep going helps to tune the support to it.',
    },
  },
  similarInitiative: {
    pillar: 'contacts',
    questions: ['contacts.peers'],
    needs: ['contacts', 'knowledge'],
    title: { nl: 'In contact brengen met een vergelijkbaar initiatief', en: 'Connecting them with a similar initiative' },
    explanation: {
      nl: 'Mensen die iets vergelijkbaars hebben gedaan, kunnen ervaringen en tips delen; misschien is er in een andere wijk of een ander dorp zo\u2019n initiatief.',
      en: 'People who have done something similar can share experiences and tips; there may be such an initiative in another neighbourhood or village.',
    },
  },
  neighbourhoodOrganisation: {
    pillar: 'contacts',
    questions: ['contacts.organisations', 'contacts.helpers'],
    needs: ['contacts', 'volunteers'],
    title: { nl: 'Voorstellen aan een organisatie in de buurt', en: 'Introducing a local organisation' },
    explanation: {
      nl: 'Een vereniging, school, kerk of welzijnsorganisatie in de buurt wil misschien meedoen, of kent mensen die willen helpen.',
      en: 'A club, school, church or welfare organisation nearby may want to take part, or know people who would like to help.',
    },
  },
  marketplaceEvent: {
    pillar: 'contacts',
    questions: ['contacts.organisations', 'contacts.helpers'],
    needs: ['contacts', 'volunteers', 'materials'],
    title: { nl: 'Wijzen op een beursvloer', en: 'Suggesting a marketplace event' },
    explanation: {
      nl: 'Op een beursvloer ontmoeten initiatieven bedrijven en organisaties; wie daar iets vraagt, biedt er zelf ook iets aan.',
      en: 'At a marketplace event initiatives meet businesses and organisations; whoever asks for something there also offers something in return.',
    },
  },
  trainingOrKnowledgeHelper: {
    pillar: 'skillsAndMeans',
    questions: ['skillsAndMeans.knowHow'],
    needs: ['knowledge', 'advice'],
    title: { nl: 'Wijzen op een training of een buur met kennis van zaken', en: 'Pointing to a training or a knowledgeable neighbour' },
    explanation: {
      nl: 'Een korte training, of een bewoner die er verstand van heeft, kan helpen met wat nu nog lastig is.',
      en: 'A short training, or a resident who knows about it, can help with what is still difficult now.',
    },
  },
  roomOrMaterials: {
    pillar: 'skillsAndMeans',
    questions: ['skillsAndMeans.placeAndThings'],
    needs: ['space', 'materials'],
    title: { nl: 'Helpen zoeken naar een ruimte of materiaal', en: 'Helping to find a room or materials' },
    explanation: {
      nl: 'Misschien zijn er in de buurt ruimtes of spullen die gebruikt mogen worden, bijvoorbeeld bij een buurthuis, school of bedrijf.',
      en: 'There may be rooms or things nearby that can be used, for example at a community centre, school or business.',
    },
  },
  initiativeFund: {
    pillar: 'skillsAndMeans',
    questions: ['skillsAndMeans.money'],
    needs: ['money'],
    title: { nl: 'Wijzen op het initiatievenfonds', en: 'Pointing to the initiative fund' },
    explanation: {
      nl: 'Als er echt geld nodig is, past een aanvraag bij het initiatievenfonds of het buurtbudget misschien; vaak lukt er ook veel zonder geld.',
      en: 'If money is really needed, an application to the initiative fund or the area budget might fit; often a lot is possible without money too.',
    },
  },
  departmentContact: {
    pillar: 'embedding',
    questions: ['embedding.municipality'],
    needs: ['contacts', 'advice'],
    title: { nl: 'Voorstellen aan de juiste collega bij de gemeente', en: 'Introducing the right colleague at the municipality' },
    explanation: {
      nl: 'Een vast aanspreekpunt bij de afdeling waar het plan mee te maken heeft, kan veel zoeken en wachten schelen.',
      en: 'A named contact at the department the plan has to do with can save a lot of searching and waiting.',
    },
  },
  rulesEarly: {
    pillar: 'embedding',
    questions: ['embedding.rules'],
    needs: ['rules'],
    title: { nl: 'Vroeg nagaan welke regels gelden', en: 'Checking early which rules apply' },
    explanation: {
      nl: 'Samen op tijd uitzoeken welke regels en vergunningen gelden, voorkomt verrassingen; soms kan het eenvoudiger dan gedacht.',
      en: 'Finding out together in good time which rules and permits apply avoids surprises; sometimes it can be simpler than expected.',
    },
  },
  areaAgenda: {
    pillar: 'embedding',
    questions: ['embedding.localPlans'],
    needs: ['contacts'],
    title: { nl: 'Aansluiten bij de agenda van de wijk of het dorp', en: 'Linking to the area\u2019s agenda' },
    explanation: {
      nl: 'Als het plan past bij wat de wijk- of dorpsraad belangrijk vindt, kunnen de initiatiefnemers daar steun en medestanders vinden.',
      en: 'If the plan fits what the neighbourhood or village council finds important, the initiators may find support and allies there.',
    },
  },
  talkWithNeighbours: {
    pillar: 'empathy',
    questions: ['empathy.neighboursView'],
    needs: ['contacts'],
    title: { nl: 'Samen met buren in gesprek gaan', en: 'Talking with neighbours together' },
    explanation: {
      nl: 'Samen langsgaan bij de mensen die er het meest van merken, brengt zorgen en goede ideeën vroeg boven tafel.',
      en: 'Calling together on the people who will notice it most brings worries and good ideas to light early.',
    },
  },
  walkInEvening: {
    pillar: 'empathy',
    questions: ['empathy.openToOthers', 'empathy.neighboursView'],
    needs: ['publicity', 'space'],
    title: { nl: 'Een inloopavond organiseren', en: 'Organising a walk-in evening' },
    explanation: {
      nl: 'Een open avond waar iedereen kan binnenlopen, geeft ook mensen buiten de eigen kring de kans om mee te denken.',
      en: 'An open evening where anyone can drop in gives people outside the initiators\u2019 own circle a chance to think along too.',
    },
  },
  sharePlanEarly: {
    pillar: 'empathy',
    questions: ['empathy.informed'],
    needs: ['publicity'],
    title: { nl: 'Het plan vroeg delen', en: 'Sharing the plan early' },
    explanation: {
      nl: 'Omwonenden vroeg laten weten wat er komt, bijvoorbeeld met een brief of een bericht in de buurtapp, voorkomt dat ze zich overvallen voelen.',
      en: 'Letting local residents know early what is coming, for example with a letter or a message in the neighbourhood chat, keeps them from feeling taken by surprise.',
    },
  },
}

/** Every kind of support, with its pillar, texts, related questions and related need kinds. */
export const supportCatalogue: Record<SupportKind, SupportKindDefinition> = Object.fromEntries(
  supportKinds.map((id) => [id, { id, ...definitions[id] }]),
) as Record<SupportKind, SupportKindDefinition>

/** Which of the initiator's need kinds each kind of support relates to. */
export const supportKindNeeds: Record<SupportKind, readonly NeedKind[]> = Object.fromEntries(
  supportKinds.map((id) => [id, definitions[id].needs]),
) as Record<SupportKind, readonly NeedKind[]>

export type PillarLevel = 'strong' | 'mixed' | 'weak' | 'unknown'

export interface SupportSuggestion {
  kind: SupportKind
  title: LocalizedText
  explanation: LocalizedText
  /** The need kinds this support relates to. */
  needs: readonly NeedKind[]
  /** Of `needs`, the ones the initiator has actually asked for (when the caller passed them). */
  askedFor: NeedKind[]
  /** The answered questions (scored 1 or 2) that led to this suggestion, lowest first. */
  because: QuestionId[]
}

export interface PillarAdvice {
  pillar: PillarId
  level: PillarLevel
  /** Mean of the scored answers (1–4); undefined when none of the pillar's questions has a score. */
  average: number | undefined
  /** Questions with a score. */
  scored: number
  /** Questions answered with "don't know yet". */
  dontKnow: number
  /** All questions of the pillar. */
  total: number
  /** Empty for strong and unknown pillars. */
  suggestions: SupportSuggestion[]
}

export interface SupportAdvice {
  pillars: Record<PillarId, PillarAdvice>
  /** Questions with a score or "don't know yet", over the whole questionnaire. */
  answered: number
  total: number
}

export interface AdviceOptions {
  /** The need kinds the initiator asked for; suggestions that relate to them come first. */
  needs?: readonly NeedKind[]
}

/**
 * The level of a pillar from its scores: weak when the average is 2 or lower, strong when it is 3
 * or higher and no statement scored "not at all", otherwise mixed.
 */
export function pillarLevel(scores: readonly number[]): PillarLevel {
  if (scores.length === 0) return 'unknown'
  const average = scores.reduce((sum, score) => sum + score, 0) / scores.length
  if (average <= 2) return 'weak'
  if (average >= 3 && Math.min(...scores) >= 2) return 'strong'
  return 'mixed'
}

const lowScore = 2

function advisePillar(pillar: PillarId, answers: AssessmentAnswers, needs: readonly NeedKind[]): PillarAdvice {
  const questions = questionIds.filter((id) => pillarOf(id) === pillar)
  const scoreOf = (id: QuestionId): number | undefined => {
    const value = answers[id]
    return typeof value === 'number' ? value : undefined
  }
  const scores = questions.map(scoreOf).filter((score): score is number => score !== undefined)
  const dontKnow = questions.filter((id) => answers[id] === null).length
  const level = pillarLevel(scores)
  const average = scores.length > 0 ? scores.reduce((sum, score) => sum + score, 0) / scores.length : undefined

  let suggestions: SupportSuggestion[] = []
  if (level === 'weak' || level === 'mixed') {
    const candidates = supportKinds
      .map((kind) => supportCatalogue[kind])
      .filter((definition) => definition.pillar === pillar)
      .map((definition, order) => {
        const because = definition.questions
          .filter((id) => (scoreOf(id) ?? Infinity) <= lowScore)
          .sort((a, b) => scoreOf(a)! - scoreOf(b)!)
        const lowest = Math.min(...definition.questions.map((id) => scoreOf(id) ?? Infinity))
        const askedFor = definition.needs.filter((need) => needs.includes(need))
        return { definition, because, lowest, askedFor, order }
      })
      // A weak pillar: every kind of support of the pillar may fit. A mixed one: only what the low answers point to.
      .filter((candidate) => level === 'weak' || candidate.because.length > 0)
      .sort((a, b) => Number(b.askedFor.length > 0) - Number(a.askedFor.length > 0) || a.lowest - b.lowest || a.order - b.order)
    suggestions = candidates.map(({ definition, because, askedFor }) => ({
      kind: definition.id,
      title: definition.title,
      explanation: definition.explanation,
      needs: definition.needs,
      askedFor,
      because,
    }))
  }

  return { pillar, level, average, scored: scores.length, dontKnow, total: questions.length, suggestions }
}

/** Suggests per pillar which kinds of support might fit. Missing answers are fine: the assessment is optional. */
export function adviseSupport(answers: AssessmentAnswers, options: AdviceOptions = {}): SupportAdvice {
  const needs = options.needs ?? []
  const pillars = Object.fromEntries(pillarIds.map((pillar) => [pillar, advisePillar(pillar, answers, needs)])) as Record<PillarId, PillarAdvice>
  const answered = questionIds.filter((id) => answers[id] !== undefined).length
  return { pillars, answered, total: questionIds.length }
}

export interface AnswerError {
  field: string
  problem: 'invalid'
}

export type ParsedAnswers = { answers: AssessmentAnswers } | { errors: AnswerError[]; validAnswers: AssessmentAnswers }

const submittedValues: Record<string, AnswerValue> = { '1': 1, '2': 2, '3': 3, '4': 4, unknown: null }
const questionLike = new RegExp(`^(?:${pillarIds.join('|')})\\.`)

/**
 * Reads the submitted assessment form. Each question's field holds '1'..'4' or 'unknown'; a
 * question not submitted (or submitted empty) stays unanswered. Other fields (such as the CSRF
 * token) are ignored, except fields named like a question (`<pillar>.<name>`) that this
 * questionnaire does not have, for instance from a form of an older version: those are reported,
 * so that no answer is dropped silently. On errors, `validAnswers` holds what could be read.
 */
export function parseAnswers(form: Record<string, string | string[] | undefined>): ParsedAnswers {
  const answers: AssessmentAnswers = {}
  const errors: AnswerError[] = []
  for (const id of questionIds) {
    if (!Object.hasOwn(form, id)) continue
    const raw = form[id]
    if (raw === undefined) continue
    if (Array.isArray(raw) && raw.length > 1) {
      errors.push({ field: id, problem: 'invalid' })
      continue
    }
    const value = (Array.isArray(raw) ? raw[0] ?? '' : raw).trim()
    if (value === '') continue
    if (!Object.hasOwn(submittedValues, value)) {
      errors.push({ field: id, problem: 'invalid' })
      continue
    }
    answers[id] = submittedValues[value]!
  }
  const known = new Set<string>(questionIds)
  for (const key of Object.keys(form).sort()) {
    if (!known.has(key) && questionLike.test(key) && form[key] !== undefined) errors.push({ field: key, problem: 'invalid' })
  }
  return errors.length > 0 ? { errors, validAnswers: answers } : { answers }
}

/** The value a question's field should carry for an answer, for re-filling the form. */
export function formValue(value: AnswerValue | undefined): string | undefined {
  if (value === undefined) return undefined
  return value === null ? 'unknown' : String(value)
}
