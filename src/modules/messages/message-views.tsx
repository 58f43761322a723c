import { ErrorSummary, Form, Notice, SubmitButton, TextArea, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { formatNumber, type Translate } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { formatInstant } from '../../platform/time/format.ts'
import { MESSAGE_BODY_MAX } from './conversations.ts'
import { CONVERSATIONS_PER_PAGE, type ConversationSummary, type Party, type Thread } from './threads.ts'

/** A person by name only: never their e-mail address, also when they have no name or no account any more. */
export function partyName(t: Translate, party: Party): string {
  if (party.deleted) return t('messages.person.deleted')
  return party.name.trim() || t('messages.person.unnamed')
}

/** Why the reader cannot write in this conversation (any more), if they cannot. */
export function whyClosed(t: Translate, thread: Thread): string | undefined {
  const name = partyName(t, thread.other)
  if (thread.other.deleted) return t('messages.thread.refused.deleted')
  if (thread.blockedByMe) return t('messages.thread.refused.blockedByMe', { name })
  if (thread.blockedMe) return t('messages.thread.refused.blockedMe', { name })
  return undefined
}

function counted(ctx: ViewContext, count: number, one: 'messages.list.messages.one' | 'messages.list.new.one', other: 'messages.list.messages.other' | 'messages.list.new.other'): string {
  return count === 1 ? ctx.t(one) : ctx.t(other, { count: formatNumber(count, ctx.locale) })
}

export interface ConversationsPageProps {
  ctx: ViewContext
  items: ConversationSummary[]
  total: number
  unread: number
  page: number
  blocked: (Party & { since: Date })[]
  notice?: string
}

export function ConversationsPage({ ctx, items, total, unread, page, blocked, notice }: ConversationsPageProps) {
  const { t, locale } = ctx
  const pages = Math.max(1, Math.ceil(total / CONVERSATIONS_PER_PAGE))
  const pageHref = (number: number) => (number > 1 ? `/berichten?pagina=${number}` : '/berichten')
  return (
    <Shell ctx={ctx} title={t('messages.list.title')}>
      <h1 class="utrecht-heading-1">{t('messages.list.title')}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{notice}</p></Notice> : null}
      <p class="utrecht-paragraph">{t('messages.list.intro')}</p>
      {total === 0 ? (
        <p class="utrecht-paragraph">{t('messages.list.none')}</p>
      ) : (
        <dl class="noaber-facts">
          <div><dt>{t('messages.list.total')}</dt><dd>{formatNumber(total, locale)}</dd></div>
          <div><dt>{t('messages.list.unread')}</dt><dd>{formatNumber(unread, locale)}</dd></div>
        </dl>
      )}
      <ul class="noaber-list">
        {items.map((item) => (
          <li class="noaber-card">
            <h2 class="utrecht-heading-3 noaber-card__title">
              <a class="utrecht-link" href={`/berichten/${item.id}`}>{item.unread ? <strong>{item.subject}</strong> : item.subject}</a>{' '}
              {item.unread ? <span class="noaber-tag noaber-tag--new">{t('messages.thread.new')}</span> : null}
            </h2>
            <p class="noaber-card__meta">
              {t('messages.list.with', { name: partyName(t, item.other) })} · {t('messages.list.lastMessage', { when: formatInstant(item.lastMessageAt, locale) })} ·{' '}
              {counted(ctx, item.messageCount, 'messages.list.messages.one', 'messages.list.messages.other')}
              {item.newCount > 0 ? ` · ${counted(ctx, item.newCount, 'messages.list.new.one', 'messages.list.new.other')}` : ''}
            </p>
          </li>
        ))}
      </ul>
      {pages > 1 ? (
        <nav class="noaber-pagination" aria-label={t('messages.list.pages')}>
          {page > 1 ? <a class="utrecht-link" rel="prev" href={pageHref(Math.min(page - 1, pages))}>{t('messages.list.previous')}</a> : null}
          <span aria-current="page">{t('messages.list.page', { page, pages })}</span>
          {page < pages ? <a class="utrecht-link" rel="next" href={pageHref(page + 1)}>{t('messages.list.next')}</a> : null}
        </nav>
      ) : null}
      {blocked.length > 0 ? (
        <section class="noaber-case-section" aria-labelledby="blocked-title">
          <h2 id="blocked-title" class="utrecht-heading-2">{t('messages.blocked.title')}</h2>
          <p class="utrecht-paragraph">{t('messages.blocked.intro')}</p>
          <ul class="noaber-list">
            {blocked.map((person) => (
              <li class="noaber-card">
                <p class="utrecht-paragraph">
                  <strong>{partyName(t, person)}</strong> · {t('messages.blocked.since', { when: formatInstant(person.since, locale) })}
                </p>
                <Form ctx={ctx} action={`/berichten/geblokkeerd/${person.id}/deblokkeren`}>
                  <SubmitButton variant="secondary">{t('messages.blocked.unblock', { name: partyName(t, person) })}</SubmitButton>
                </Form>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Shell>
  )
}

export interface ThreadPageProps {
  ctx: ViewContext
  thread: Thread
  /** The reader has no name in their profile, so the other side sees "someone without a name". */
  withoutName: boolean
  notice?: string
  /** Why a reply was just refused. */
  refusal?: string
  reply?: string
  errors?: FieldError[]
}

export function ThreadPage({ ctx, thread, withoutName, notice, refusal, reply = '', errors = [] }: ThreadPageProps) {
  const { t, locale } = ctx
  const other = partyName(t, thread.other)
  const base = `/berichten/${thread.id}`
  const closedBecause = whyClosed(t, thread)
  return (
    <Shell ctx={ctx} title={thread.subject}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/berichten">{t('messages.thread.back')}</a></p>
      <h1 class="utrecht-heading-1">{thread.subject}</h1>
      <p class="utrecht-paragraph">{t('messages.thread.with', { name: other })}</p>
      {thread.context ? (
        <p class="utrecht-paragraph">
          {t('messages.thread.context')} <a class="utrecht-link" href={thread.context.url}>{t('messages.thread.contextLink')}</a>
        </p>
      ) : null}
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{notice}</p></Notice> : null}
      {refusal ? <Notice kind="error"><p class="utrecht-paragraph">{refusal}</p></Notice> : null}
      <ErrorSummary ctx={ctx} errors={errors} idPrefix="reply" />

      <section class="noaber-case-section" aria-labelledby="thread-messages">
        <h2 id="thread-messages" class="utrecht-heading-2">{t('messages.thread.messages')}</h2>
        <ol class="noaber-timeline">
          {thread.messages.map((message) => (
            <li class="noaber-timeline__item">
              <p class="noaber-card__meta">
                {message.fromMe ? t('messages.person.me') : t('messages.thread.sentBy', { name: partyName(t, message.sender) })} ·{' '}
                <time dateTime={message.createdAt.toISOString()}>{formatInstant(message.createdAt, locale)}</time>
                {message.isNew ? <> <span class="noaber-tag noaber-tag--new">{t('messages.thread.new')}</span></> : null}
              </p>
              <p class="utrecht-paragraph noaber-prewrap">{message.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section class="noaber-case-section" aria-labelledby="thread-reply">
        <h2 id="thread-reply" class="utrecht-heading-2">{t('messages.thread.reply')}</h2>
        {closedBecause ? (
          <p class="utrecht-paragraph">{closedBecause}</p>
        ) : (
          <>
            {withoutName ? (
              <p class="utrecht-paragraph">
                {t('messages.thread.noName')} <a class="utrecht-link" href="/mijn/profiel">{t('messages.thread.noName.link')}</a>
              </p>
            ) : null}
            <Form ctx={ctx} action={base} class="noaber-case-form">
              <TextArea
                idPrefix="reply"
                name="body"
                label={t('messages.thread.reply.body')}
                description={t('messages.thread.reply.privacy', { name: other })}
                required
                rows={5}
                maxLength={MESSAGE_BODY_MAX}
                value={reply}
                error={errorFor(errors, 'body')}
              />
              <SubmitButton>{t('messages.thread.reply.send')}</SubmitButton>
            </Form>
          </>
        )}
      </section>

      {thread.other.deleted ? null : (
        <section class="noaber-case-section" aria-labelledby="thread-block">
          {thread.blockedByMe ? (
            <>
              <h2 id="thread-block" class="utrecht-heading-2">{t('messages.thread.unblock.heading', { name: other })}</h2>
              <Form ctx={ctx} action={`${base}/deblokkeren`}>
                <SubmitButton variant="secondary">{t('messages.thread.unblock.button')}</SubmitButton>
              </Form>
            </>
          ) : (
            <>
              <h2 id="thread-block" class="utrecht-heading-2">{t('messages.thread.block.heading', { name: other })}</h2>
              <p class="utrecht-paragraph">{t('messages.thread.block.text', { name: other })}</p>
              <Form ctx={ctx} action={`${base}/blokkeren`}>
                <SubmitButton variant="secondary">{t('messages.thread.block.button')}</SubmitButton>
              </Form>
            </>
          )}
        </section>
      )}
    </Shell>
  )
}
