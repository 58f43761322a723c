import type { ComponentChildren } from 'preact'
import { ErrorSummary, Form, SubmitButton, type FieldError } from '../../platform/forms/fields.tsx'
import { localized } from '../../platform/i18n/translate.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AnswerError, NeedKind, PillarAdvice, PillarLevel, SupportAdvice, SupportSuggestion } from './advice.ts'
import { formValue } from './advice.ts'
import { isQuestionId, pillarIds, question, questionnaire, type AssessmentAnswers, type Pillar, type PillarId, type Question, type QuestionId } from './questionnaire.ts'

/** This module's own interface words, kept here rather than in the global catalogue. */
interface Words {
  formIntro: string
  optionalNote: string
  scale: [string, string, string, string]
  dontKnow: string
  save: string
  chooseAnswer: string
  chooseAnswerFor: (statement: string) => string
  staleAnswer: (pillar: string) => string
  adviceHeading: string
  adviceIntro: string
  levels: Record<PillarLevel, string>
  levelTexts: Record<PillarLevel, string>
  basis: (average: string, scored: number, total: number) => string
  noScores: (dontKnow: number) => string
  askedFor: (needs: string) => string
  needs: Record<NeedKind, string>
}

const words: Record<Locale, Words> = {
  nl: {
    formIntro: 'Deze korte vragenlijst helpt om te bedenken welke steun bij dit initiatief past. Geef bij elke uitspraak aan in hoeverre die klopt.',
    optionalNote: 'Invullen is niet verplicht: u kunt vragen overslaan en de antwoorden later aanpassen als u meer weet.',
    scale: ['Helemaal niet', 'Een beetje', 'Grotendeels', 'Helemaal'],
    dontKnow: 'Weet ik nog niet',
    save: 'Antwoorden opslaan',
    chooseAnswer: 'Kies een van de antwoorden.',
    chooseAnswerFor: (statement) => `Kies een van de antwoorden bij: ${statement}`,
    staleAnswer: (pillar) => `Een antwoord bij \u2018${pillar}\u2019 hoort bij een vraag die niet meer bestaat en is niet opgeslagen. Bekijk dit onderdeel nog eens.`,
    adviceHeading: 'Wat zou kunnen passen',
    adviceIntro: 'Deze suggesties volgen uit de antwoorden en zijn een hulpmiddel, geen voorschrift. U kent het initiatief het best: kies wat past, en pas de antwoorden aan als u meer weet.',
    levels: { strong: 'Sterk', mixed: 'Wisselend', weak: 'Kan steun gebruiken', unknown: 'Nog onbekend' },
    levelTexts: {
      strong: 'Dit lijkt goed op orde; extra steun is hier waarschijnlijk niet nodig.',
      mixed: 'Op sommige punten kan steun helpen. Dit zou kunnen passen:',
      weak: 'Hier kan steun veel verschil maken. Dit zou kunnen passen:',
      unknown: 'Hierover is nog te weinig bekend. Misschien is het iets om in een volgend gesprek naar te vragen.',
    },
    basis: (average, scored, total) => `Gemiddeld ${average} van 4, op basis van ${scored} van de ${total} vragen.`,
    noScores: (dontKnow) => (dontKnow > 0 ? `Nog geen vragen met een score; ${dontKnow} keer \u2018weet ik nog niet\u2019.` : 'Nog geen vragen beantwoord.'),
    askedFor: (needs) => `Sluit aan bij de hulpvraag: ${needs}.`,
    needs: {
      contacts: 'contacten',
      advice: 'advies',
      rules: 'regels',
      space: 'ruimte',
      money: 'geld',
      volunteers: 'vrijwilligers',
      knowledge: 'kennis',
      materials: 'materialen',
      publicity: 'bekendheid',
    },
  },
  en: {
    formIntro: 'This short questionnaire helps to think about which support fits this initiative. For each statement, say how far it is true.',
    optionalNote: 'Filling it in is optional: you can skip questions and change the answers later when you know more.',
    scale: ['Not at all', 'A little', 'Largely', 'Fully'],
    dontKnow: 'Don\u2019t know yet',
    save: 'Save answers',
    chooseAnswer: 'Choose one of the answers.',
    chooseAnswerFor: (statement) => `Choose one of the answers for: ${statement}`,
    staleAnswer: (pillar) => `An answer under \u2018${pillar}\u2019 belongs to a question that no longer exists and was not saved. Please look at this part again.`,
    adviceHeading: 'What might fit',
    adviceIntro: 'These suggestions follow from the answers and are an aid, not a prescription. You know the initiative best: choose what fits, and change the answers when you know more.',
    levels: { strong: 'Strong', mixed: 'Mixed', weak: 'Could use support', unknown: 'Not known yet' },
    levelTexts: {
      strong: 'This seems to be in good shape; extra support is probably not needed here.',
      mixed: 'Support might help on some points. This might fit:',
      weak: 'Support could make a real difference here. This might fit:',
      unknown: 'Too little is known about this yet. It might be something to ask about in a next conversation.',
    },
    basis: (average, scored, total) => `Average ${average} out of 4, based on ${scored} of the ${total} questions.`,
    noScores: (dontKnow) => (dontKnow > 0 ? `No scored questions yet; \u2018don\u2019t know yet\u2019 ${dontKnow} times.` : 'No questions answered yet.'),
    askedFor: (needs) => `Relates to what they asked for: ${needs}.`,
    needs: {
      contacts: 'contacts',
      advice: 'advice',
      rules: 'rules',
      space: 'space',
      money: 'money',
      volunteers: 'volunteers',
      knowledge: 'knowledge',
      materials: 'materials',
      publicity: 'publicity',
    },
  },
}

type HeadingLevel = 2 | 3 | 4

function Heading({ level, id, children }: { level: HeadingLevel; id?: string; children: ComponentChildren }) {
  if (level === 2) return <h2 class="utrecht-heading-2" id={id}>{children}</h2>
  if (level === 3) return <h3 class="utrecht-heading-3" id={id}>{children}</h3>
  return <h4 class="utrecht-heading-4" id={id}>{children}</h4>
}

function nextLevel(level: HeadingLevel): HeadingLevel {
  return level === 2 ? 3 : 4
}

/** The HTML id of a question's radio group; the error summary links here. */
export function questionFieldId(id: QuestionId): string {
  return `field-${id}`
}

function pillarField(pillar: PillarId): string {
  return `assessment-${pillar}`
}

/** Error summary entries: a question's own group, or its pillar for a question that no longer exists. */
function summaryErrors(ctx: ViewContext, errors: readonly AnswerError[]): FieldError[] {
  const w = words[ctx.locale]
  const result: FieldError[] = []
  for (const error of errors) {
    if (isQuestionId(error.field)) {
      result.push({ field: error.field, message: w.chooseAnswerFor(localized(question(error.field).statement, ctx.locale)) })
      continue
    }
    const pillar = pillarIds.find((id) => error.field.startsWith(`${id}.`))
    if (!pillar) continue
    const field = pillarField(pillar)
    if (result.some((entry) => entry.field === field)) continue
    const title = localized(questionnaire.find((candidate) => candidate.id === pillar)!.title, ctx.locale)
    result.push({ field, message: w.staleAnswer(title) })
  }
  return result
}

const options = ['1', '2', '3', '4', 'unknown'] as const

function QuestionGroup({ ctx, question: item, value, invalid }: { ctx: ViewContext; question: Question; value: string | undefined; invalid: boolean }) {
  const w = words[ctx.locale]
  const id = questionFieldId(item.id)
  const labels = [...w.scale, w.dontKnow]
  return (
    <fieldset
      class={`utrecht-form-fieldset noaber-fieldset${invalid ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={id}
      aria-describedby={invalid ? `${id}-error` : undefined}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{localized(item.statement, ctx.locale)}</legend>
      {invalid ? <div class="utrecht-form-field-error-message noaber-field__error" id={`${id}-error`}>{w.chooseAnswer}</div> : null}
      {options.map((option, index) => {
        const optionId = `${id}-${option}`
        return (
          <div class="utrecht-form-field utrecht-form-field--radio noaber-checkbox">
            <input
              class={`utrecht-radio-button utrecht-radio-button--html-input${invalid ? ' utrecht-radio-button--invalid' : ''}`}
              type="radio"
              id={optionId}
              name={item.id}
              value={option}
              checked={value === option}
              aria-invalid={invalid ? 'true' : undefined}
            />
            <label class="utrecht-form-label utrecht-form-label--radio" for={optionId}>{labels[index]}</label>
          </div>
        )
      })}
    </fieldset>
  )
}

function PillarFieldset({ ctx, pillar, answers, invalid, staleError, headingLevel }: { ctx: ViewContext; pillar: Pillar; answers: AssessmentAnswers; invalid: ReadonlySet<string>; staleError: string | undefined; headingLevel: HeadingLevel }) {
  const id = `field-${pillarField(pillar.id)}`
  const describedBy = [`${id}-explanation`, staleError ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <fieldset class={`utrecht-form-fieldset noaber-fieldset noaber-section${staleError ? ' utrecht-form-fieldset--invalid' : ''}`} id={id} aria-describedby={describedBy}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        <Heading level={headingLevel}>{localized(pillar.title, ctx.locale)}</Heading>
      </legend>
      <p class="utrecht-paragraph" id={`${id}-explanation`}>{localized(pillar.explanation, ctx.locale)}</p>
      {staleError ? <div class="utrecht-form-field-error-message noaber-field__error" id={`${id}-error`}>{staleError}</div> : null}
      {pillar.questions.map((item) => (
        <QuestionGroup ctx={ctx} question={item} value={formValue(answers[item.id])} invalid={invalid.has(item.id)} />
      ))}
    </fieldset>
  )
}

export interface AssessmentFormProps {
  ctx: ViewContext
  /** Where the form posts to. */
  action: string
  /** Earlier answers, to revise them. */
  answers?: AssessmentAnswers
  errors?: readonly AnswerError[]
  /** Level of the pillar headings (inside the legends); 2 when the form sits right under the page title. */
  headingLevel?: HeadingLevel
}

/** The support assessment as a form: per pillar a fieldset, per statement a radio group. */
export function AssessmentForm({ ctx, action, answers = {}, errors = [], headingLevel = 2 }: AssessmentFormProps) {
  const w = words[ctx.locale]
  const summary = summaryErrors(ctx, errors)
  const invalid = new Set(errors.map((error) => error.field).filter(isQuestionId))
  return (
    <Form ctx={ctx} action={action}>
      <ErrorSummary ctx={ctx} errors={summary} />
      <div class="noaber-prose">
        <p class="utrecht-paragraph">{w.formIntro}</p>
        <p class="utrecht-paragraph">{w.optionalNote}</p>
      </div>
      {questionnaire.map((pillar) => (
        <PillarFieldset
          ctx={ctx}
          pillar={pillar}
          answers={answers}
          invalid={invalid}
          staleError={summary.find((entry) => entry.field === pillarField(pillar.id))?.message}
          headingLevel={headingLevel}
        />
      ))}
      <SubmitButton>{w.save}</SubmitButton>
    </Form>
  )
}

function formatAverage(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(value)
}

function Suggestion({ ctx, suggestion }: { ctx: ViewContext; suggestion: SupportSuggestion }) {
  const w = words[ctx.locale]
  return (
    <li class="utrecht-unordered-list__item">
      <strong>{localized(suggestion.title, ctx.locale)}</strong>
      {'. '}
      {localized(suggestion.explanation, ctx.locale)}
      {suggestion.askedFor.length > 0 ? ` ${w.askedFor(suggestion.askedFor.map((need) => w.needs[need]).join(', '))}` : null}
    </li>
  )
}

function PillarOutcome({ ctx, outcome, headingLevel }: { ctx: ViewContext; outcome: PillarAdvice; headingLevel: HeadingLevel }) {
  const w = words[ctx.locale]
  const pillar = questionnaire.find((candidate) => candidate.id === outcome.pillar)!
  const basis = outcome.average === undefined ? w.noScores(outcome.dontKnow) : w.basis(formatAverage(outcome.average, ctx.locale), outcome.scored, outcome.total)
  return (
    <li class="noaber-card">
      <Heading level={headingLevel}>{localized(pillar.title, ctx.locale)}</Heading>
      <p class="noaber-card__meta">
        <span class="noaber-tag">{w.levels[outcome.level]}</span> {basis}
      </p>
      <p class="utrecht-paragraph">{w.levelTexts[outcome.level]}</p>
      {outcome.suggestions.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {outcome.suggestions.map((suggestion) => <Suggestion ctx={ctx} suggestion={suggestion} />)}
        </ul>
      ) : null}
    </li>
  )
}

export interface AssessmentAdviceProps {
  ctx: ViewContext
  advice: SupportAdvice
  /** Level of the section heading; pillars get the level below it. */
  headingLevel?: 2 | 3
}

/** What the answers suggest, per pillar: a level and, where support might help, kinds of support that could fit. */
export function AssessmentAdvice({ ctx, advice, headingLevel = 2 }: AssessmentAdviceProps) {
  const w = words[ctx.locale]
  const headingId = 'support-advice-heading'
  return (
    <section class="noaber-section" aria-labelledby={headingId}>
      <Heading level={headingLevel} id={headingId}>{w.adviceHeading}</Heading>
      <p class="utrecht-paragraph noaber-prose">{w.adviceIntro}</p>
      <ul class="noaber-grid">
        {pillarIds.map((pillar) => (
          <PillarOutcome ctx={ctx} outcome={advice.pillars[pillar]} headingLevel={nextLevel(headingLevel)} />
        ))}
      </ul>
    </section>
  )
}

/** Exposed for tests: this module's own words in both languages. */
export const assessmentWords = words
