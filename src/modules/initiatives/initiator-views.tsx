import { CheckboxGroup, ErrorSummary, FileField, Form, Notice, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { AttachmentList } from './attachment-views.tsx'
import { localized, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { compareDays, type CalendarDay } from '../../platform/time/calendar-day.ts'
import { formatDay, formatInstant } from '../../platform/time/format.ts'
import type { CaseFile } from './case-queries.ts'
import { needLabel, promiseStatusLabel, publicationLabel, statusLabel } from './labels.ts'
import { LIMITS } from './submission.ts'
import type { InitiativeStatus, NeedKind, PromiseStatus } from './vocabulary.ts'

export function MyInitiativesPage({ ctx, items }: { ctx: ViewContext; items: { id: number; title: string; status: InitiativeStatus }[] }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('mine.initiatives.title')}>
      <h1 class="utrecht-heading-1">{t('mine.initiatives.title')}</h1>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('mine.initiatives.none')}</p> : null}
      <ul class="noaber-grid">
        {items.map((item) => (
          <li class="noaber-card">
            <h2 class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={`/mijn/initiatieven/${item.id}`}>{item.title}</a></h2>
            <p class="noaber-card__meta"><span class="noaber-tag">{t(statusLabel[item.status])}</span></p>
          </li>
        ))}
      </ul>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/initiatieven/nieuw">{t('nav.startInitiative')}</a></p>
    </Shell>
  )
}

export interface InitiatorPageProps {
  ctx: ViewContext
  file: CaseFile
  today: CalendarDay
  municipalityPhone: string
  failedForm?: string
  errors?: FieldError[]
  values?: Record<string, string>
  notice?: MessageKey
}

export function InitiatorPage({ ctx, file, today, municipalityPhone, failedForm, errors = [], values = {}, notice }: InitiatorPageProps) {
  const { t, locale } = ctx
  const { initiative } = file
  const base = `/mijn/initiatieven/${initiative.id}`
  const formErrors = (form: string) => (failedForm === form ? errors : [])
  const value = (form: string, name: string, fallback = '') => (failedForm === form ? values[name] ?? '' : fallback)
  const active = !['withdrawn', 'realised', 'stopped', 'referred'].includes(initiative.status)
  const shared = file.journal.filter((entry) => entry.visibility !== 'internal')
  return (
    <Shell ctx={ctx} title={initiative.title}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/mijn/initiatieven">{t('mine.initiatives.title')}</a></p>
      <h1 class="utrecht-heading-1">{initiative.title}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {failedForm ? <ErrorSummary ctx={ctx} errors={errors} idPrefix={failedForm} /> : null}
      <dl class="noaber-facts">
        <div><dt>{t('case.fact.status')}</dt><dd><span class="noaber-tag">{t(statusLabel[initiative.status])}</span></dd></div>
        <div><dt>{t('case.fact.publication')}</dt><dd>{t(publicationLabel[initiative.publication])}</dd></div>
        <div><dt>{t('case.fact.area')}</dt><dd>{file.areaName ?? '—'}</dd></div>
        <div><dt>{t('case.fact.themes')}</dt><dd>{file.themes.map((theme) => localized(theme.name, locale)).join(', ')}</dd></div>
      </dl>
      {initiative.publication_note && initiative.publication !== 'published' ? (
        <Notice kind="warning"><p class="utrecht-paragraph">{t('initiator.publicationNote', { note: initiative.publication_note })}</p></Notice>
      ) : null}

      <section class="noaber-case-section" aria-labelledby="broker-title">
        <h2 id="broker-title" class="utrecht-heading-2">{t('initiator.broker')}</h2>
        {file.broker ? (
          <div class="noaber-card noaber-broker">
            <p class="utrecht-paragraph"><strong>{file.broker.name}</strong>, {t('initiator.broker.role')}</p>
            <p class="utrecht-paragraph">
              {t('initiator.broker.reach')} <a class="utrecht-link" href={`mailto:${file.broker.email}`}>{file.broker.email}</a> · {municipalityPhone}
            </p>
          </div>
        ) : (
          <p class="utrecht-paragraph">{t('initiator.broker.none')}</p>
        )}
      </section>

      <section class="noaber-case-section" aria-labelledby="promises-title">
        <h2 id="promises-title" class="utrecht-heading-2">{t('initiator.promises')}</h2>
        <p class="utrecht-paragraph">{t('initiator.promises.intro')}</p>
        <ul class="noaber-list">
          {file.promises.map((promise) => {
            const overdue = promise.status === 'open' && compareDays(promise.dueOn, today) < 0
            return (
              <li class="noaber-card">
                <p class="utrecht-paragraph">
                  <strong>{promise.description}</strong> · {t('case.promise.due', { day: formatDay(promise.dueOn, locale) })}{' '}
                  <span class={`noaber-tag${overdue ? ' noaber-tag--overdue' : ''}`}>{overdue ? t('case.promise.overdue') : t(promiseStatusLabel[promise.status as PromiseStatus])}</span>
                </p>
              </li>
            )
          })}
        </ul>
      </section>

      <section class="noaber-case-section" aria-labelledby="needs-title">
        <h2 id="needs-title" class="utrecht-heading-2">{t('case.needs')}</h2>
        <ul class="noaber-list">
          {file.needs.map((need) => (
            <li class="noaber-card">
              <p class="utrecht-paragraph"><strong>{t(needLabel[need.kind as NeedKind])}</strong> <span class="noaber-tag">{t(`case.need.status.${need.status}` as MessageKey)}</span></p>
              <p class="utrecht-paragraph noaber-prewrap">{need.explanation}</p>
              {need.answer ? <p class="utrecht-paragraph noaber-prewrap">{t('initiator.need.answer', { answer: need.answer })}</p> : null}
            </li>
          ))}
        </ul>
        {file.needs.some((need) => need.status === 'open') && file.initiative.status !== 'withdrawn' ? (
          <p class="utrecht-paragraph"><a class="utrecht-link" href={`/mijn/initiatieven/${file.initiative.id}/suggesties`}>{t('matching.suggestions.link')}</a></p>
        ) : null}
      </section>

      <section class="noaber-case-section" aria-labelledby="messages-title">
        <h2 id="messages-title" class="utrecht-heading-2">{t('initiator.messages')}</h2>
        {active ? (
          <Form ctx={ctx} action={`${base}/bericht`} class="noaber-case-form" withFiles>
            <TextArea idPrefix="message" name="body" required rows={3} maxLength={5000} label={t('initiator.message.body')} value={value('message', 'body')} error={errorFor(formErrors('message'), 'body')} />
            <FileField idPrefix="message" name="bijlage" accept="image/jpeg,image/png,image/webp,application/pdf" label={`${t('attachment.field')} ${t('form.optional')}`} description={t('attachment.field.description')} error={errorFor(formErrors('message'), 'bijlage')} />
            <CheckboxGroup idPrefix="message" name="public" legend={t('initiator.message.audience')} options={[{ value: 'yes', label: t('initiator.message.public'), checked: value('message', 'public') === 'yes' }]} />
            <SubmitButton>{t('initiator.message.send')}</SubmitButton>
          </Form>
        ) : null}
        <ol class="noaber-timeline">
          {shared.map((entry) => (
            <li class="noaber-timeline__item">
              <p class="noaber-card__meta">{formatInstant(entry.createdAt, locale)} · {entry.authorName ?? '—'}{entry.visibility === 'public' ? ` · ${t('case.journal.visibility.public')}` : ''}</p>
              <p class="utrecht-paragraph noaber-prewrap">{entry.body}</p>
              <AttachmentList ctx={ctx} attachments={file.attachments.filter((attachment) => attachment.journalEntryId === entry.id)} />
            </li>
          ))}
        </ol>
      </section>

      {active ? (
        <section class="noaber-case-section" aria-labelledby="edit-title">
          <h2 id="edit-title" class="utrecht-heading-2">{t('initiator.edit')}</h2>
          <details class="noaber-details" open={failedForm === 'edit'}>
            <summary>{t('initiator.edit.open')}</summary>
            <p class="utrecht-paragraph">{t('initiator.edit.review')}</p>
            <Form ctx={ctx} action={`${base}/wijzigen`} class="noaber-case-form">
              <TextField idPrefix="edit" name="title" required maxLength={LIMITS.title} label={t('initiative.form.titleField')} value={value('edit', 'title', initiative.title)} error={errorFor(formErrors('edit'), 'title')} />
              <TextArea idPrefix="edit" name="summary" required rows={3} maxLength={LIMITS.summary} label={t('initiative.form.summary')} value={value('edit', 'summary', initiative.summary)} error={errorFor(formErrors('edit'), 'summary')} />
              <TextArea idPrefix="edit" name="description" rows={8} maxLength={LIMITS.description} label={t('initiative.form.description')} value={value('edit', 'description', initiative.description)} error={errorFor(formErrors('edit'), 'description')} />
              <SubmitButton>{t('initiator.edit.save')}</SubmitButton>
            </Form>
          </details>
          <h2 class="utrecht-heading-2">{t('initiator.withdraw')}</h2>
          <p class="utrecht-paragraph">{t('initiator.withdraw.text')}</p>
          <Form ctx={ctx} action={`${base}/intrekken`} class="noaber-case-form">
            <CheckboxGroup idPrefix="withdraw" name="confirm" legend={t('data.delete.legend')} error={errorFor(formErrors('withdraw'), 'confirm')} options={[{ value: 'yes', label: t('initiator.withdraw.confirm'), checked: false }]} />
            <SubmitButton variant="secondary">{t('initiator.withdraw.button')}</SubmitButton>
          </Form>
        </section>
      ) : null}
    </Shell>
  )
}
