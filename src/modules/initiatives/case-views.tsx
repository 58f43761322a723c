import type { ComponentChildren } from 'preact'
import { ErrorSummary, Form, Notice, RadioGroup, Select, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { localized, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { compareDays, type CalendarDay } from '../../platform/time/calendar-day.ts'
import { formatDay, formatInstant } from '../../platform/time/format.ts'
import { AttachmentList } from './attachment-views.tsx'
import type { CaseFile } from './case-queries.ts'
import { connectionOutcomes } from './initiative-tables.ts'
import { governmentRoleLabel, initiatorKindLabel, needLabel, promiseStatusLabel, publicationLabel, statusLabel } from './labels.ts'
import { connectionKinds, endStatuses, governmentRoles, statusTransitions, type GovernmentRole, type NeedKind, type PromiseStatus } from './vocabulary.ts'

export interface CasePageProps {
  ctx: ViewContext
  file: CaseFile
  today: CalendarDay
  isCoordinator: boolean
  brokers: { id: number; name: string }[]
  /** Which form the errors belong to, so only that form shows them. */
  failedForm?: string
  errors?: FieldError[]
  values?: Record<string, string>
  notice?: MessageKey
}

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="noaber-case-section" id={id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} class="utrecht-heading-2">{title}</h2>
      {children}
    </section>
  )
}

export function CasePage({ ctx, file, today, isCoordinator, brokers, failedForm, errors = [], values = {}, notice }: CasePageProps) {
  const { t, locale } = ctx
  const { initiative } = file
  const base = `/werk/initiatieven/${initiative.id}`
  const formErrors = (form: string) => (failedForm === form ? errors : [])
  const value = (form: string, name: string) => (failedForm === form ? values[name] ?? '' : '')
  const open = ['new', 'inConversation', 'underWay'].includes(initiative.status)
  const nextStatuses = statusTransitions[initiative.status]
  return (
    <Shell ctx={ctx} title={initiative.title}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/werk">{t('case.backToInbox')}</a></p>
      <h1 class="utrecht-heading-1">{initiative.title}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {failedForm ? <ErrorSummary ctx={ctx} errors={errors} idPrefix={failedForm} /> : null}
      <p class="utrecht-paragraph utrecht-paragraph--lead">{initiative.summary}</p>
      <dl class="noaber-facts">
        <div><dt>{t('case.fact.status')}</dt><dd><span class="noaber-tag">{t(statusLabel[initiative.status])}</span></dd></div>
        <div><dt>{t('case.fact.area')}</dt><dd>{file.areaName ?? '—'}</dd></div>
        <div><dt>{t('case.fact.themes')}</dt><dd>{file.themes.map((theme) => localized(theme.name, locale)).join(', ') || '—'}</dd></div>
        <div><dt>{t('case.fact.initiator')}</dt><dd>{`${initiative.contact_name} (${t(initiatorKindLabel[initiative.initiator_kind])})`}</dd></div>
        <div><dt>{t('case.fact.contact')}</dt><dd>{[initiative.contact_email, initiative.contact_phone].filter(Boolean).join(' · ')}</dd></div>
        <div><dt>{t('case.fact.broker')}</dt><dd>{file.broker?.name ?? t('inbox.unassigned')}</dd></div>
        <div><dt>{t('case.fact.role')}</dt><dd>{initiative.government_role ? t(governmentRoleLabel[initiative.government_role]) : '—'}</dd></div>
        <div><dt>{t('case.fact.publication')}</dt><dd>{t(publicationLabel[initiative.publication])}</dd></div>
        <div><dt>{t('case.fact.submitted')}</dt><dd>{formatInstant(initiative.created_at, locale)}</dd></div>
      </dl>
      {initiative.description ? (
        <details class="noaber-details">
          <summary>{t('case.description')}</summary>
          <p class="utrecht-paragraph noaber-prewrap">{initiative.description}</p>
        </details>
      ) : null}

      <Section id="beloften" title={t('case.promises')}>
        <ul class="noaber-list">
          {file.promises.map((promise) => {
            const overdue = promise.status === 'open' && compareDays(promise.dueOn, today) < 0
            return (
              <li class="noaber-card noaber-promise">
                <p class="utrecht-paragraph">
                  <strong>{promise.description}</strong>
                  <br />
                  {t('case.promise.due', { day: formatDay(promise.dueOn, locale) })}{' '}
                  <span class={`noaber-tag${overdue ? ' noaber-tag--overdue' : ''}`}>{overdue ? t('case.promise.overdue') : t(promiseStatusLabel[promise.status as PromiseStatus])}</span>
                </p>
                {promise.status === 'open' ? (
                  <div class="noaber-actions">
                    <Form ctx={ctx} action={`${base}/beloften/${promise.id}/nagekomen`}><SubmitButton variant="secondary">{t('case.promise.kept')}</SubmitButton></Form>
                    <Form ctx={ctx} action={`${base}/beloften/${promise.id}/niet-nagekomen`}><SubmitButton variant="secondary">{t('case.promise.broken')}</SubmitButton></Form>
                    <details class="noaber-details">
                      <summary>{t('case.promise.renegotiate')}</summary>
                      <Form ctx={ctx} action={`${base}/beloften/${promise.id}/nieuwe-afspraak`}>
                        <TextField idPrefix={`renegotiate-${promise.id}`} name="dueOn" type="date" required label={t('case.promise.newDue')} value={value(`renegotiate-${promise.id}`, 'dueOn')} error={errorFor(formErrors(`renegotiate-${promise.id}`), 'dueOn')} />
                        <TextArea idPrefix={`renegotiate-${promise.id}`} name="explanation" required rows={2} maxLength={5000} label={t('case.promise.explanation')} description={t('case.promise.explanation.description')} value={value(`renegotiate-${promise.id}`, 'explanation')} error={errorFor(formErrors(`renegotiate-${promise.id}`), 'explanation')} />
                        <SubmitButton variant="secondary">{t('case.promise.renegotiate.save')}</SubmitButton>
                      </Form>
                    </details>
                  </div>
                ) : null}
              </li>
            )
          })}
        </ul>
        {open ? (
          <Form ctx={ctx} action={`${base}/beloften`} class="noaber-case-form">
            <h3 class="utrecht-heading-3">{t('case.promise.new')}</h3>
            <TextField idPrefix="promise" name="description" required maxLength={500} label={t('case.promise.description')} description={t('case.promise.description.hint')} value={value('promise', 'description')} error={errorFor(formErrors('promise'), 'description')} />
            <TextField idPrefix="promise" name="dueOn" type="date" required label={t('case.promise.dueOn')} value={value('promise', 'dueOn')} error={errorFor(formErrors('promise'), 'dueOn')} />
            <SubmitButton>{t('case.promise.save')}</SubmitButton>
          </Form>
        ) : null}
      </Section>

      <Section id="logboek" title={t('case.journal')}>
        <Form ctx={ctx} action={`${base}/logboek`} class="noaber-case-form">
          <Select idPrefix="journal" name="kind" label={t('case.journal.kind')} value={value('journal', 'kind') || 'contact'} options={[
            { value: 'contact', label: t('case.journal.kind.contact') },
            { value: 'note', label: t('case.journal.kind.note') },
            { value: 'message', label: t('case.journal.kind.message') },
          ]} />
          <RadioGroup idPrefix="journal" name="visibility" legend={t('case.journal.visibility')} value={value('journal', 'visibility') || 'internal'} error={errorFor(formErrors('journal'), 'visibility')} options={[
            { value: 'internal', label: t('case.journal.visibility.internal') },
            { value: 'shared', label: t('case.journal.visibility.shared') },
          ]} />
          <TextArea idPrefix="journal" name="body" required rows={4} maxLength={5000} label={t('case.journal.body')} value={value('journal', 'body')} error={errorFor(formErrors('journal'), 'body')} />
          <SubmitButton>{t('case.journal.save')}</SubmitButton>
        </Form>
        <ol class="noaber-timeline">
          {file.journal.map((entry) => (
            <li class="noaber-timeline__item">
              <p class="noaber-card__meta">
                {formatInstant(entry.createdAt, locale)} · {entry.authorName ?? '—'} · <span class="noaber-tag">{t(`case.journal.kind.${entry.kind}` as MessageKey)}</span>{' '}
                <span class="noaber-tag">{t(`case.journal.visibility.${entry.visibility}` as MessageKey)}</span>
              </p>
              <p class="utrecht-paragraph noaber-prewrap">{entry.body}</p>
              <AttachmentList ctx={ctx} attachments={file.attachments.filter((attachment) => attachment.journalEntryId === entry.id)} />
            </li>
          ))}
        </ol>
      </Section>

      <Section id="hulpvragen" title={t('case.needs')}>
        {file.needs.some((need) => need.status === 'open') ? (
          <p class="utrecht-paragraph"><a class="utrecht-link" href={`${base}/suggesties`}>{t('matching.suggestions.link')}</a></p>
        ) : null}
        <ul class="noaber-list">
          {file.needs.map((need) => (
            <li class="noaber-card">
              <h3 class="utrecht-heading-3">{t(needLabel[need.kind as NeedKind])} <span class="noaber-tag">{t(`case.need.status.${need.status}` as MessageKey)}</span></h3>
              <p class="utrecht-paragraph noaber-prewrap">{need.explanation}</p>
              <Form ctx={ctx} action={`${base}/hulpvragen/${need.id}`}>
                <Select idPrefix={`need-${need.id}`} name="status" label={t('case.need.status')} value={need.status} options={[
                  { value: 'open', label: t('case.need.status.open') },
                  { value: 'answered', label: t('case.need.status.answered') },
                  { value: 'notPossible', label: t('case.need.status.notPossible') },
                ]} />
                <TextArea idPrefix={`need-${need.id}`} name="answer" rows={2} maxLength={2000} label={t('case.need.answer')} value={need.answer ?? ''} />
                <SubmitButton variant="secondary">{t('case.need.save', { need: t(needLabel[need.kind as NeedKind]) })}</SubmitButton>
              </Form>
            </li>
          ))}
        </ul>
      </Section>

      <Section id="rol" title={t('case.role')}>
        <p class="utrecht-paragraph">{t('case.role.intro')}</p>
        <Form ctx={ctx} action={`${base}/rol`} class="noaber-case-form">
          <RadioGroup idPrefix="role" name="role" legend={t('case.role.choose')} value={value('role', 'role') || initiative.government_role || ''} error={errorFor(formErrors('role'), 'role')} options={governmentRoles.map((role: GovernmentRole) => ({ value: role, label: `${t(governmentRoleLabel[role])} – ${t(`case.role.explain.${role}` as MessageKey)}` }))} />
          <TextArea idPrefix="role" name="reason" required rows={2} maxLength={2000} label={t('case.role.reason')} value={value('role', 'reason')} error={errorFor(formErrors('role'), 'reason')} />
          <SubmitButton>{t('case.role.save')}</SubmitButton>
        </Form>
        {file.roleHistory.length > 0 ? (
          <ol class="noaber-timeline">
            {file.roleHistory.map((change) => (
              <li class="noaber-timeline__item">
                <p class="noaber-card__meta">{formatInstant(change.changedAt, locale)} · {change.changedBy ?? '—'}</p>
                <p class="utrecht-paragraph"><strong>{t(governmentRoleLabel[change.role as GovernmentRole])}</strong>: {change.reason}</p>
              </li>
            ))}
          </ol>
        ) : null}
      </Section>

      <Section id="ondersteuning" title={t('case.assessment')}>
        <p class="utrecht-paragraph">
          {file.assessment ? t('case.assessment.done', { when: formatInstant(file.assessment.assessedAt, locale) }) : t('case.assessment.none')}{' '}
          <a class="utrecht-link" href={`${base}/ondersteuning`}>{file.assessment ? t('case.assessment.revise') : t('case.assessment.start')}</a>
        </p>
      </Section>

      <Section id="belemmeringen" title={t('case.obstacles')}>
        <p class="utrecht-paragraph">{t('case.obstacles.intro')}</p>
        <ul class="noaber-list">
          {file.obstacles.map((obstacle) => (
            <li class="noaber-card">
              <h3 class="utrecht-heading-3">{obstacle.rule}</h3>
              <p class="noaber-card__meta">{[obstacle.department, t('case.obstacle.delay', { days: obstacle.delayDays })].filter(Boolean).join(' · ')}</p>
              <p class="utrecht-paragraph noaber-prewrap">{obstacle.whatHappened}</p>
              {obstacle.suggestedChange ? <p class="utrecht-paragraph"><strong>{t('case.obstacle.suggestion')}</strong> {obstacle.suggestedChange}</p> : null}
            </li>
          ))}
        </ul>
        <details class="noaber-details" open={failedForm === 'obstacle'}>
          <summary>{t('case.obstacle.new')}</summary>
          <Form ctx={ctx} action={`${base}/belemmeringen`} class="noaber-case-form">
            <TextField idPrefix="obstacle" name="rule" required maxLength={300} label={t('case.obstacle.rule')} value={value('obstacle', 'rule')} error={errorFor(formErrors('obstacle'), 'rule')} />
            <TextField idPrefix="obstacle" name="department" maxLength={200} label={`${t('case.obstacle.department')} ${t('form.optional')}`} value={value('obstacle', 'department')} error={errorFor(formErrors('obstacle'), 'department')} />
            <TextArea idPrefix="obstacle" name="whatHappened" required rows={3} maxLength={3000} label={t('case.obstacle.whatHappened')} value={value('obstacle', 'whatHappened')} error={errorFor(formErrors('obstacle'), 'whatHappened')} />
            <TextField idPrefix="obstacle" name="delayDays" type="number" label={t('case.obstacle.delayDays')} value={value('obstacle', 'delayDays') || '0'} error={errorFor(formErrors('obstacle'), 'delayDays')} />
            <TextArea idPrefix="obstacle" name="suggestedChange" rows={2} maxLength={3000} label={`${t('case.obstacle.suggestedChange')} ${t('form.optional')}`} value={value('obstacle', 'suggestedChange')} error={errorFor(formErrors('obstacle'), 'suggestedChange')} />
            <SubmitButton>{t('case.obstacle.save')}</SubmitButton>
          </Form>
        </details>
      </Section>

      <Section id="verbindingen" title={t('case.connections')}>
        <ul class="noaber-list">
          {file.connections.map((connection) => (
            <li class="noaber-card">
              <p class="utrecht-paragraph">
                <span class="noaber-tag">{t(`case.connection.kind.${connection.kind}` as MessageKey)}</span> {connection.description}
                {connection.url ? <> (<a class="utrecht-link" href={connection.url} rel="noopener noreferrer">{connection.url}</a>)</> : null}
              </p>
              {connection.outcome ? (
                <p class="utrecht-paragraph">
                  {t('matching.outcome.shown', { outcome: t(`matching.outcome.${connection.outcome}`) })}
                  {connection.outcomeNote ? ` – ${connection.outcomeNote}` : ''}
                </p>
              ) : (
                <Form ctx={ctx} action={`${base}/verbindingen/${connection.id}/resultaat`} class="noaber-case-form">
                  <RadioGroup idPrefix={`outcome-${connection.id}`} name="outcome" legend={t('matching.outcome.legend')} options={connectionOutcomes.map((outcome) => ({ value: outcome, label: t(`matching.outcome.${outcome}`) }))} />
                  <TextField idPrefix={`outcome-${connection.id}`} name="note" maxLength={1000} label={t('matching.outcome.note')} />
                  <SubmitButton variant="secondary">{t('matching.outcome.save')}</SubmitButton>
                </Form>
              )}
            </li>
          ))}
        </ul>
        <details class="noaber-details" open={failedForm === 'connection'}>
          <summary>{t('case.connection.new')}</summary>
          <Form ctx={ctx} action={`${base}/verbindingen`} class="noaber-case-form">
            <Select idPrefix="connection" name="kind" label={t('case.connection.kind')} value={value('connection', 'kind') || 'person'} options={connectionKinds.map((kind) => ({ value: kind, label: t(`case.connection.kind.${kind}` as MessageKey) }))} />
            <TextArea idPrefix="connection" name="description" required rows={2} maxLength={1000} label={t('case.connection.description')} value={value('connection', 'description')} error={errorFor(formErrors('connection'), 'description')} />
            <TextField idPrefix="connection" name="url" type="url" maxLength={500} label={`${t('case.connection.url')} ${t('form.optional')}`} value={value('connection', 'url')} error={errorFor(formErrors('connection'), 'url')} />
            <SubmitButton>{t('case.connection.save')}</SubmitButton>
          </Form>
        </details>
      </Section>

      {nextStatuses.length > 0 ? (
        <Section id="status" title={t('case.status')}>
          <Form ctx={ctx} action={`${base}/status`} class="noaber-case-form">
            <Select idPrefix="status" name="status" label={t('case.status.next')} value={value('status', 'status')} placeholder={t('case.status.choose')} error={errorFor(formErrors('status'), 'status')} options={nextStatuses.map((status) => ({ value: status, label: t(statusLabel[status]) }))} />
            <fieldset class="utrecht-form-fieldset noaber-fieldset">
              <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('case.outcome')}</legend>
              <p class="utrecht-paragraph">{t('case.outcome.intro', { statuses: endStatuses.map((status) => t(statusLabel[status])).join(', ') })}</p>
              <TextArea idPrefix="status" name="achieved" rows={2} maxLength={2000} label={t('case.outcome.achieved')} value={value('status', 'achieved')} error={errorFor(formErrors('status'), 'achieved')} />
              <TextField idPrefix="status" name="municipalMoney" label={t('case.outcome.money')} value={value('status', 'municipalMoney') || '0'} error={errorFor(formErrors('status'), 'municipalMoney')} />
              <TextField idPrefix="status" name="participants" type="number" label={t('case.outcome.participants')} value={value('status', 'participants') || '0'} error={errorFor(formErrors('status'), 'participants')} />
              <TextArea idPrefix="status" name="helpedMost" rows={2} maxLength={2000} label={t('case.outcome.helpedMost')} value={value('status', 'helpedMost')} error={errorFor(formErrors('status'), 'helpedMost')} />
            </fieldset>
            <SubmitButton>{t('case.status.save')}</SubmitButton>
          </Form>
        </Section>
      ) : null}

      {isCoordinator ? (
        <Section id="coordinatie" title={t('case.coordination')}>
          {['pendingReview', 'changesRequested', 'published', 'rejected'].includes(initiative.publication) ? (
            <Form ctx={ctx} action={`${base}/publicatie`} class="noaber-case-form">
              <RadioGroup idPrefix="publication" name="decision" legend={t('publication.decision')} value={value('publication', 'decision')} error={errorFor(formErrors('publication'), 'decision')} options={[
                { value: 'published', label: t('publication.decision.publish') },
                { value: 'changesRequested', label: t('publication.decision.changes') },
                { value: 'rejected', label: t('publication.decision.reject') },
              ]} />
              <TextArea idPrefix="publication" name="note" rows={2} maxLength={2000} label={t('publication.note')} value={value('publication', 'note')} error={errorFor(formErrors('publication'), 'note')} />
              <SubmitButton>{t('publication.save')}</SubmitButton>
            </Form>
          ) : (
            <p class="utrecht-paragraph">{t('publication.noConsent')}</p>
          )}
          <Form ctx={ctx} action={`${base}/toewijzen`} class="noaber-case-form">
            <Select idPrefix="reassign" name="broker" label={t('case.reassign')} value={String(file.broker?.id ?? '')} options={brokers.map((broker) => ({ value: String(broker.id), label: broker.name }))} />
            <SubmitButton variant="secondary">{t('case.reassign.save')}</SubmitButton>
          </Form>
        </Section>
      ) : null}

      <Section id="geschiedenis" title={t('case.history')}>
        <ol class="noaber-timeline">
          {file.history.map((event) => (
            <li class="noaber-timeline__item">
              <p class="noaber-card__meta">{formatInstant(event.createdAt, locale)} · {event.actorLabel}</p>
              <p class="utrecht-paragraph">{event.action}</p>
            </li>
          ))}
        </ol>
      </Section>
    </Shell>
  )
}
