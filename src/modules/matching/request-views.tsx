import { Form, Notice, SubmitButton, TextArea } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { formatInstant } from '../../platform/time/format.ts'
import { needLabel } from '../initiatives/labels.ts'
import type { ReceivedRequest } from './request-queries.ts'
import { ReasonList } from './suggestion-views.tsx'

function RequestCard({ ctx, request }: { ctx: ViewContext; request: ReceivedRequest }) {
  const { t, locale } = ctx
  const initiative = request.initiativePublished ? <a class="utrecht-link" href={`/initiatieven/${request.initiativeId}`}>{request.initiativeTitle}</a> : <>{request.initiativeTitle}</>
  return (
    <li class="noaber-card" id={`verzoek-${request.id}`}>
      <h3 class="utrecht-heading-3 noaber-card__title">{initiative}</h3>
      <p class="noaber-card__meta">{t('matching.requests.from', { name: request.askerName || '—', when: formatInstant(request.createdAt, locale) })}</p>
      <p class="utrecht-paragraph">{t('matching.requests.need', { need: t(needLabel[request.needKind]).toLowerCase() })}</p>
      {request.partyName ? <p class="utrecht-paragraph">{t('matching.requests.as', { party: request.partyName })}</p> : null}
      <p class="utrecht-paragraph noaber-prewrap">{request.message}</p>
      <details class="noaber-details">
        <summary>{t('matching.why')}</summary>
        <ReasonList ctx={ctx} reasons={request.reasons} />
      </details>
      {request.status === 'pending' ? (
        <Form ctx={ctx} action={`/mijn/verzoeken/${request.id}`}>
          <TextArea idPrefix={`answer-${request.id}`} name="answer" rows={2} maxLength={1000} label={t('matching.requests.answer')} />
          <div class="noaber-button-row">
            <SubmitButton name="decision" value="accept">{t('matching.requests.accept')}</SubmitButton>
            <SubmitButton name="decision" value="decline" variant="secondary">{t('matching.requests.decline')}</SubmitButton>
          </div>
        </Form>
      ) : (
        <>
          <p class="utrecht-paragraph"><strong>{t(`matching.request.status.${request.status}`)}</strong></p>
          {request.answer ? <p class="utrecht-paragraph">{t('matching.requests.yourAnswer', { answer: request.answer })}</p> : null}
        </>
      )}
    </li>
  )
}

/** The requests for help addressed to the signed-in person, to say yes or no to. */
export function ReceivedRequestsPage({ ctx, requests, notice }: { ctx: ViewContext; requests: ReceivedRequest[]; notice?: { kind: 'ok' | 'error'; key: MessageKey } }) {
  const { t } = ctx
  const pending = requests.filter((request) => request.status === 'pending')
  const decided = requests.filter((request) => request.status !== 'pending')
  return (
    <Shell ctx={ctx} title={t('matching.requests.title')}>
      <h1 class="utrecht-heading-1">{t('matching.requests.title')}</h1>
      {notice ? <Notice kind={notice.kind}><p class="utrecht-paragraph">{t(notice.key)}</p></Notice> : null}
      <p class="utrecht-paragraph">{t('matching.requests.intro')}</p>
      <h2 class="utrecht-heading-2">{t('matching.requests.pending')}</h2>
      {pending.length === 0 ? <p class="utrecht-paragraph">{t('matching.requests.none')}</p> : <ul class="noaber-list">{pending.map((request) => <RequestCard ctx={ctx} request={request} />)}</ul>}
      {decided.length > 0 ? (
        <>
          <h2 class="utrecht-heading-2">{t('matching.requests.decided')}</h2>
          <ul class="noaber-list">{decided.map((request) => <RequestCard ctx={ctx} request={request} />)}</ul>
        </>
      ) : null}
    </Shell>
  )
}
