import { ErrorSummary, Form, Notice, RadioGroup, SubmitButton, TextArea, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { formatInstant } from '../../platform/time/format.ts'
import type { FollowUpView } from './follow-up.ts'
import { followUpAnswerLabel } from './labels.ts'
import { followUpAnswers, LIMITS } from './vocabulary.ts'

export interface FollowUpPageProps {
  ctx: ViewContext
  followUp: FollowUpView
  token: string
  answer?: string
  comment?: string
  errors?: FieldError[]
}

/** The page a follow-up mail links to: was the agreement kept? No sign-in; the link is the permission. */
export function FollowUpPage({ ctx, followUp, token, answer = '', comment = '', errors = [] }: FollowUpPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('marketplace.followUp.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('marketplace.followUp.title')}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t('marketplace.followUp.intro', { event: followUp.eventTitle })}</p>
        <dl class="noaber-facts">
          <div><dt>{t('marketplace.followUp.who')}</dt><dd>{t('marketplace.agreement.givesTo', { giver: followUp.giverName, receiver: followUp.receiverName })}</dd></div>
          <div><dt>{t('marketplace.followUp.what')}</dt><dd class="noaber-prewrap">{followUp.description}</dd></div>
          {followUp.counterPerformance ? <div><dt>{t('marketplace.agreement.counterPerformance')}</dt><dd class="noaber-prewrap">{followUp.counterPerformance}</dd></div> : null}
        </dl>
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/beursvloer/terugblik">
          <input type="hidden" name="token" value={token} />
          <RadioGroup name="answer" legend={t('marketplace.followUp.question')} options={followUpAnswers.map((value) => ({ value, label: t(followUpAnswerLabel[value]) }))} value={answer} error={errorFor(errors, 'answer')} />
          <TextArea name="comment" rows={4} maxLength={LIMITS.comment} label={`${t('marketplace.followUp.comment')} ${t('form.optional')}`} description={t('marketplace.followUp.comment.description')} value={comment} error={errorFor(errors, 'comment')} />
          <SubmitButton>{t('marketplace.followUp.submit')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

/** A link that was used already, or that we never sent: said plainly, with nothing to fill in. */
export function FollowUpRefusedPage({ ctx, used }: { ctx: ViewContext; used?: FollowUpView }) {
  const { t, locale } = ctx
  return (
    <Shell ctx={ctx} title={t(used ? 'marketplace.followUp.used.title' : 'marketplace.followUp.unknown.title')}>
      <h1 class="utrecht-heading-1">{t(used ? 'marketplace.followUp.used.title' : 'marketplace.followUp.unknown.title')}</h1>
      {used ? (
        <Notice kind="info">
          <p class="utrecht-paragraph">
            {t('marketplace.followUp.used.text', { when: used.answeredAt ? formatInstant(used.answeredAt, locale) : '', answer: used.answer ? t(followUpAnswerLabel[used.answer]).toLowerCase() : '' })}
          </p>
        </Notice>
      ) : (
        <Notice kind="warning"><p class="utrecht-paragraph">{t('marketplace.followUp.unknown.text')}</p></Notice>
      )}
      <p class="utrecht-paragraph">
        {used ? <a class="utrecht-link" href={`/beursvloer/${used.eventSlug}/resultaten`}>{t('marketplace.results.link')}</a> : <a class="utrecht-link" href="/beursvloer">{t('marketplace.title')}</a>}
      </p>
    </Shell>
  )
}
