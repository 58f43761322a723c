import { ErrorSummary, Form, Notice, RadioGroup, SubmitButton, TextArea, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { calendarDayInAmsterdam } from '../../platform/time/calendar-day.ts'
import { formatDay } from '../../platform/time/format.ts'
import { categoryLabel, closeReasonLabel, kindLabel, reportReasonLabel } from './labels.ts'
import type { ReportView } from './moderation.ts'
import { PostMeta, postedOn, posterName, responseCountText } from './post-card.tsx'
import type { PostView } from './post-queries.ts'
import type { RespondRefusal, ResponseView } from './responses.ts'
import { LIMITS, closeReasons, reportReasons } from './vocabulary.ts'

/** What the "respond" part of the page offers this reader. */
export type RespondOffer = 'form' | 'signIn' | RespondRefusal

export interface PostPageProps {
  ctx: ViewContext
  post: PostView
  isAuthor: boolean
  isModerator: boolean
  /** The responses this reader may read (see `listResponses`). */
  responses: ResponseView[]
  /** The reader's own person id, to tell their own response from others'. */
  viewerId: number | undefined
  respond: RespondOffer
  /** undefined: the reader cannot report this post (not signed in, their own post, or hidden). */
  report: 'form' | 'already' | undefined
  openReports: ReportView[]
  /** Where a conversation of the messages module lives. */
  conversationPath: (conversationId: number) => string
  notice?: MessageKey
  /** Something the reader tried that could not be done, said at the top of the page. */
  alert?: MessageKey
  failedForm?: 'respond' | 'close' | 'report' | 'hide'
  errors?: FieldError[]
  values?: Record<string, string>
}

function Facts({ ctx, post }: { ctx: ViewContext; post: PostView }) {
  const { t, locale } = ctx
  return (
    <dl class="noaber-facts">
      <div><dt>{t('neighbourRequests.fact.kind')}</dt><dd>{t(kindLabel[post.kind])}</dd></div>
      <div><dt>{t('neighbourRequests.fact.area')}</dt><dd>{post.area.name}</dd></div>
      <div><dt>{t('neighbourRequests.fact.category')}</dt><dd>{t(categoryLabel[post.category])}</dd></div>
      {post.neededBy ? <div><dt>{t('neighbourRequests.fact.neededBy')}</dt><dd>{formatDay(post.neededBy, locale)}</dd></div> : null}
      <div><dt>{t('neighbourRequests.fact.postedBy')}</dt><dd>{posterName(ctx, post)}</dd></div>
      <div><dt>{t('neighbourRequests.fact.postedOn')}</dt><dd>{postedOn(ctx, post)}</dd></div>
      <div><dt>{t('neighbourRequests.fact.status')}</dt><dd>{t(post.status === 'open' ? 'neighbourRequests.status.open' : 'neighbourRequests.status.closed')}</dd></div>
    </dl>
  )
}

function Responses({ ctx, post, responses, isAuthor, isModerator, viewerId, conversationPath }: Pick<PostPageProps, 'ctx' | 'post' | 'responses' | 'isAuthor' | 'isModerator' | 'viewerId' | 'conversationPath'>) {
  const { t, locale } = ctx
  const seesAll = isAuthor || isModerator
  return (
    <section class="noaber-case-section" aria-labelledby="responses-title">
      <h2 id="responses-title" class="utrecht-heading-2">{t('neighbourRequests.responses.title')}</h2>
      <p class="utrecht-paragraph">{responseCountText(ctx, post.responseCount)}</p>
      {!seesAll && post.responseCount > responses.length ? <p class="utrecht-paragraph">{t('neighbourRequests.responses.onlyPoster')}</p> : null}
      {responses.length > 0 ? (
        <ul class="noaber-list">
          {responses.map((response) => {
            const own = response.responderId === viewerId
            // Only the two people in the conversation can open it; a moderator reads the response here.
            const canOpen = response.conversationId !== null && (isAuthor || own)
            return (
              <li class="noaber-card">
                <p class="noaber-card__meta">
                  {own ? t('neighbourRequests.responses.yours') : t('neighbourRequests.responses.from', { name: response.responderName ?? t('neighbourRequests.anonymousName'), date: formatDay(calendarDayInAmsterdam(response.createdAt), locale) })}
                </p>
                <p class="utrecht-paragraph noaber-prewrap">{response.message}</p>
                {canOpen ? <p class="utrecht-paragraph"><a class="utrecht-link" href={conversationPath(response.conversationId!)}>{t('neighbourRequests.responses.conversation')}</a></p> : null}
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}

export const refusalText: Record<RespondRefusal, MessageKey> = {
  own: 'neighbourRequests.respond.own',
  closed: 'neighbourRequests.respond.closed',
  blocked: 'neighbourRequests.respond.blocked',
  already: 'neighbourRequests.respond.already',
}

function RespondSection({ ctx, post, respond, errors, values }: { ctx: ViewContext; post: PostView; respond: RespondOffer; errors: FieldError[]; values: Record<string, string> }) {
  const { t } = ctx
  return (
    <section class="noaber-case-section" aria-labelledby="respond-title">
      <h2 id="respond-title" class="utrecht-heading-2">{t('neighbourRequests.respond.title')}</h2>
      {respond === 'form' ? (
        <>
          <p class="utrecht-paragraph">{t(post.kind === 'request' ? 'neighbourRequests.respond.intro.request' : 'neighbourRequests.respond.intro.offer')}</p>
          <Form ctx={ctx} action={`/buurtvragen/${post.id}/reageren`} class="noaber-case-form">
            <TextArea idPrefix="respond" name="message" required rows={4} maxLength={LIMITS.response.max} label={t('neighbourRequests.respond.message')} value={values.message ?? ''} error={errorFor(errors, 'message')} />
            <SubmitButton>{t('neighbourRequests.respond.send')}</SubmitButton>
          </Form>
        </>
      ) : respond === 'signIn' ? (
        <p class="utrecht-paragraph"><a class="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(`/buurtvragen/${post.id}`)}`}>{t('neighbourRequests.respond.signIn')}</a></p>
      ) : (
        <p class="utrecht-paragraph">{t(refusalText[respond])}</p>
      )}
    </section>
  )
}

function CloseSection({ ctx, post, errors }: { ctx: ViewContext; post: PostView; errors: FieldError[] }) {
  const { t } = ctx
  return (
    <section class="noaber-case-section" aria-labelledby="close-title">
      <h2 id="close-title" class="utrecht-heading-2">{t('neighbourRequests.close.title')}</h2>
      <p class="utrecht-paragraph"><a class="utrecht-link" href={`/buurtvragen/${post.id}/wijzigen`}>{t('neighbourRequests.edit.link')}</a></p>
      <p class="utrecht-paragraph">{t('neighbourRequests.close.intro')}</p>
      <Form ctx={ctx} action={`/buurtvragen/${post.id}/sluiten`} class="noaber-case-form">
        <RadioGroup
          idPrefix="close"
          name="reason"
          legend={t('neighbourRequests.close.reason')}
          error={errorFor(errors, 'reason')}
          options={closeReasons.map((reason) => ({ value: reason, label: t(reason === 'workedOut' ? 'neighbourRequests.close.workedOut' : 'neighbourRequests.close.noLongerNeeded') }))}
        />
        <SubmitButton variant="secondary">{t('neighbourRequests.close.button')}</SubmitButton>
      </Form>
    </section>
  )
}

function ReportSection({ ctx, post, report, open, errors, values }: { ctx: ViewContext; post: PostView; report: 'form' | 'already'; open: boolean; errors: FieldError[]; values: Record<string, string> }) {
  const { t } = ctx
  if (report === 'already') return <p class="utrecht-paragraph">{t('neighbourRequests.report.already')}</p>
  return (
    <details class="noaber-details" open={open}>
      <summary>{t('neighbourRequests.report.title')}</summary>
      <p class="utrecht-paragraph">{t('neighbourRequests.report.intro')}</p>
      <Form ctx={ctx} action={`/buurtvragen/${post.id}/melden`} class="noaber-case-form">
        <RadioGroup idPrefix="report" name="reason" legend={t('neighbourRequests.report.reason')} value={values.reason} error={errorFor(errors, 'reason')} options={reportReasons.map((reason) => ({ value: reason, label: t(reportReasonLabel[reason]) }))} />
        <TextArea idPrefix="report" name="note" rows={3} maxLength={LIMITS.reportNote.max} label={`${t('neighbourRequests.report.note')} ${t('form.optional')}`} value={values.note ?? ''} error={errorFor(errors, 'note')} />
        <SubmitButton variant="secondary">{t('neighbourRequests.report.button')}</SubmitButton>
      </Form>
    </details>
  )
}

/** The moderators' part: open reports, and hiding the post with a reason the poster will read. */
export function ModerationForms({ ctx, post, reports, prefix, from, errors, values }: { ctx: ViewContext; post: PostView; reports: ReportView[]; prefix: string; from: 'bericht' | 'meldingen'; errors: FieldError[]; values: Record<string, string> }) {
  const { t, locale } = ctx
  return (
    <>
      {reports.length > 0 ? (
        <>
          <h3 class="utrecht-heading-3">{t('neighbourRequests.reports.open')}</h3>
          <ul class="noaber-list">
            {reports.map((report) => (
              <li>
                <p class="noaber-card__meta">{t('neighbourRequests.reports.item', { reason: t(reportReasonLabel[report.reason]), date: formatDay(calendarDayInAmsterdam(report.createdAt), locale) })}</p>
                {report.note ? <p class="utrecht-paragraph noaber-prewrap">{report.note}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {post.hiddenAt ? null : (
        <div class="noaber-actions">
          <Form ctx={ctx} action={`/werk/meldingen/${post.id}/verbergen`} class="noaber-case-form">
            <input type="hidden" name="vanaf" value={from} />
            <TextArea idPrefix={prefix} name="reason" required rows={3} maxLength={LIMITS.hideReason.max} label={t('neighbourRequests.hide.reason')} description={t('neighbourRequests.hide.reason.description')} value={values.reason ?? ''} error={errorFor(errors, 'reason')} />
            <SubmitButton>{t('neighbourRequests.hide.button')}</SubmitButton>
          </Form>
          {reports.length > 0 ? (
            <Form ctx={ctx} action={`/werk/meldingen/${post.id}/afwijzen`}>
              <input type="hidden" name="vanaf" value={from} />
              <SubmitButton variant="secondary">{t('neighbourRequests.dismiss.button')}</SubmitButton>
            </Form>
          ) : null}
        </div>
      )}
    </>
  )
}

/** One request or offer: what is asked or offered, the responses as far as the reader may see them, and what they can do. */
export function PostPage(props: PostPageProps) {
  const { ctx, post, isAuthor, isModerator, respond, report, openReports, notice, alert, failedForm, errors = [], values = {} } = props
  const { t } = ctx
  const formErrors = (form: PostPageProps['failedForm']) => (failedForm === form ? errors : [])
  const formValues = (form: PostPageProps['failedForm']) => (failedForm === form ? values : {})
  const editable = isAuthor && post.status === 'open' && !post.hiddenAt
  return (
    <Shell ctx={ctx} title={post.title}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/buurtvragen">{t('neighbourRequests.back')}</a></p>
      <h1 class="utrecht-heading-1">{post.title}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {alert ? <Notice kind="error"><p class="utrecht-paragraph">{t(alert)}</p></Notice> : null}
      {failedForm ? <ErrorSummary ctx={ctx} errors={errors} idPrefix={failedForm} /> : null}
      {post.hiddenAt ? (
        <Notice kind="warning">
          <h2 class="utrecht-heading-3">{t('neighbourRequests.hidden.title')}</h2>
          <p class="utrecht-paragraph">{t(isAuthor ? 'neighbourRequests.hidden.author' : 'neighbourRequests.hidden.moderator')}</p>
          <p class="utrecht-paragraph noaber-prewrap">{post.hiddenReason}</p>
        </Notice>
      ) : null}
      {post.status === 'closed' && post.closeReason ? (
        <Notice kind="info"><p class="utrecht-paragraph">{t('neighbourRequests.closedNotice', { reason: t(closeReasonLabel[post.closeReason]) })}</p></Notice>
      ) : null}
      <PostMeta ctx={ctx} post={post} />
      <p class="utrecht-paragraph utrecht-paragraph--lead noaber-prewrap">{post.description}</p>
      <Facts ctx={ctx} post={post} />
      {editable ? <CloseSection ctx={ctx} post={post} errors={formErrors('close')} /> : null}
      <Responses {...props} />
      {!isAuthor && !post.hiddenAt ? <RespondSection ctx={ctx} post={post} respond={respond} errors={formErrors('respond')} values={formValues('respond')} /> : null}
      {report ? <ReportSection ctx={ctx} post={post} report={report} open={failedForm === 'report'} errors={formErrors('report')} values={formValues('report')} /> : null}
      {isModerator && !post.hiddenAt ? (
        <section class="noaber-case-section" aria-labelledby="moderation-title">
          <h2 id="moderation-title" class="utrecht-heading-2">{t('neighbourRequests.hide.title')}</h2>
          <ModerationForms ctx={ctx} post={post} reports={openReports} prefix="hide" from="bericht" errors={formErrors('hide')} values={formValues('hide')} />
        </section>
      ) : null}
    </Shell>
  )
}
