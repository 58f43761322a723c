import { ErrorSummary, Form, Notice, SubmitButton, TextArea, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { formatNumber } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { needLabel } from '../initiatives/labels.ts'
import type { MatchReason } from './reasons.ts'
import type { MatchNeed, NeedSuggestions, Suggestion } from './suggestions.ts'

/** A reason in words: its code picks the sentence, its parameters fill it in. */
export function ReasonList({ ctx, reasons }: { ctx: ViewContext; reasons: MatchReason[] }) {
  const { t, locale } = ctx
  const text = (item: MatchReason): string => {
    if (item.code === 'availability') return t(`matching.reason.availability.${String(item.params.commitment)}` as MessageKey)
    if (item.code === 'distance') return t('matching.reason.distance', { km: new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(Number(item.params.km)) })
    if (item.code === 'sameNeedAnswered') return t('matching.reason.sameNeedAnswered')
    return t(`matching.reason.${item.code}` as MessageKey, item.params)
  }
  return (
    <ul class="noaber-reasons">
      {reasons.map((item) => (
        <li>
          {text(item)} <span class="noaber-card__meta">(+{formatNumber(item.points, locale)})</span>
        </li>
      ))}
    </ul>
  )
}

export interface AskFailure {
  needId: number
  kind: string
  partyId: number
  errors: FieldError[]
  message: string
}

interface SuggestionsPageProps {
  ctx: ViewContext
  title: string
  backHref: string
  askAction: string
  needs: { need: MatchNeed; suggestions: NeedSuggestions }[]
  notice?: { kind: 'ok' | 'error'; key: MessageKey }
  failure?: AskFailure
}

function SuggestionCard({ ctx, need, suggestion, askAction, failure }: { ctx: ViewContext; need: MatchNeed; suggestion: Suggestion; askAction: string; failure?: AskFailure }) {
  const { t } = ctx
  const { party } = suggestion
  const idPrefix = `ask-${need.id}-${party.kind}-${party.id}`
  const failed = failure && failure.needId === need.id && failure.kind === party.kind && failure.partyId === party.id ? failure : undefined
  const askable = party.kind !== 'initiative' && (!suggestion.request || suggestion.request.status === 'withdrawn')
  return (
    <li class="noaber-card">
      <h4 class="utrecht-heading-4 noaber-card__title">
        <a class="utrecht-link" href={party.url}>{party.name}</a>{' '}
        <span class="noaber-tag">{t('matching.score', { score: suggestion.score })}</span>
      </h4>
      <p class="noaber-card__meta">{t('matching.why')}</p>
      <ReasonList ctx={ctx} reasons={suggestion.reasons} />
      {suggestion.request ? <p class="utrecht-paragraph"><strong>{t(`matching.request.status.${suggestion.request.status}`)}</strong></p> : null}
      {suggestion.request?.status === 'pending' ? (
        <Form ctx={ctx} action={`${askAction}/intrekken`}>
          <input type="hidden" name="request" value={String(suggestion.request.id)} />
          <SubmitButton variant="secondary">{t('matching.withdraw.submit', { name: party.name })}</SubmitButton>
        </Form>
      ) : null}
      {askable ? (
        <details class="noaber-details" open={!!failed}>
          <summary>{t('matching.ask.summary', { name: party.name })}</summary>
          {failed ? <ErrorSummary ctx={ctx} errors={failed.errors} idPrefix={idPrefix} /> : null}
          <Form ctx={ctx} action={askAction}>
            <input type="hidden" name="need" value={String(need.id)} />
            <input type="hidden" name="kind" value={party.kind} />
            <input type="hidden" name="party" value={String(party.id)} />
            <TextArea idPrefix={idPrefix} name="message" required rows={3} maxLength={2000} label={t('matching.ask.message')} description={t('matching.ask.messageHelp')} value={failed?.message ?? ''} error={failed ? errorFor(failed.errors, 'message') : undefined} />
            <SubmitButton>{t('matching.ask.submit')}</SubmitButton>
          </Form>
        </details>
      ) : null}
    </li>
  )
}

const groups = ['helpers', 'organisations', 'spaces', 'initiatives'] as const
const groupTitle: Record<(typeof groups)[number], MessageKey> = {
  helpers: 'matching.group.helper',
  organisations: 'matching.group.organisation',
  spaces: 'matching.group.space',
  initiatives: 'matching.group.initiative',
}

/** Every open need with the best helpers, organisations, spaces and initiatives for it, and a way to ask each. */
export function SuggestionsPage({ ctx, title, backHref, askAction, needs, notice, failure }: SuggestionsPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={`${t('matching.suggestions.title')} – ${title}`}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={backHref}>{t('matching.suggestions.back')}</a></p>
      <h1 class="utrecht-heading-1">{t('matching.suggestions.title')}</h1>
      <p class="utrecht-paragraph noaber-lead">{title}</p>
      {notice ? <Notice kind={notice.kind}><p class="utrecht-paragraph">{t(notice.key)}</p></Notice> : null}
      <p class="utrecht-paragraph">{t('matching.suggestions.intro')}</p>
      {needs.length === 0 ? <p class="utrecht-paragraph">{t('matching.suggestions.noOpenNeeds')}</p> : null}
      {needs.map(({ need, suggestions }) => (
        <section class="noaber-case-section" id={`hulpvraag-${need.id}`} aria-labelledby={`hulpvraag-${need.id}-title`}>
          <h2 id={`hulpvraag-${need.id}-title`} class="utrecht-heading-2">{t('matching.need.heading', { need: t(needLabel[need.kind]) })}</h2>
          <p class="utrecht-paragraph noaber-prewrap">{need.explanation}</p>
          {groups
            .filter((group) => group !== 'spaces' || need.kind === 'space')
            .map((group) => (
              <>
                <h3 class="utrecht-heading-3">{t(groupTitle[group])}</h3>
                {suggestions[group].length === 0 ? (
                  <p class="utrecht-paragraph">{t('matching.group.none')}</p>
                ) : (
                  <ul class="noaber-list">
                    {suggestions[group].map((suggestion) => (
                      <SuggestionCard ctx={ctx} need={need} suggestion={suggestion} askAction={askAction} failure={failure} />
                    ))}
                  </ul>
                )}
              </>
            ))}
        </section>
      ))}
    </Shell>
  )
}
