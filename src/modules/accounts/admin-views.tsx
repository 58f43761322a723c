import { CheckboxGroup, ErrorSummary, Form, Notice, SubmitButton, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { AuditEvent } from '../../platform/audit/audit-table.ts'
import { staffRoles, type StaffRole } from './person-table.ts'
import { roleLabel } from './profile-views.tsx'
import type { StaffMember } from './staff-service.ts'

function formatTime(date: Date, ctx: ViewContext): string {
  return new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' }).format(date)
}

export function AdminHomePage({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('admin.title')}>
      <h1 class="utrecht-heading-1">{t('admin.title')}</h1>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/beheer/medewerkers">{t('admin.staff.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/beheer/wijken">{t('areaAdmin.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/beheer/vaardigheden">{t('network.skills.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/beheer/api-sleutels">{t('admin.tokens.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/beheer/logboek">{t('admin.audit.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/beheer/instellingen">{t('admin.settings.title')}</a></li>
      </ul>
    </Shell>
  )
}

export interface InviteValues {
  email: string
  displayName: string
  roles: StaffRole[]
}

function roleOptions(ctx: ViewContext, chosen: readonly string[]) {
  return staffRoles.map((role) => ({ value: role, label: ctx.t(roleLabel[role]), checked: chosen.includes(role) }))
}

export function StaffPage({ ctx, staff, values, errors = [], notice }: { ctx: ViewContext; staff: StaffMember[]; values: InviteValues; errors?: FieldError[]; notice?: MessageKey }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('admin.staff.title')}>
      <h1 class="utrecht-heading-1">{t('admin.staff.title')}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      <div class="noaber-table-wrap">
        <table class="utrecht-table noaber-table">
          <caption class="utrecht-table__caption">{t('admin.staff.caption', { count: staff.length })}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('profile.displayName')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('signIn.email')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('admin.staff.roles')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {staff.map((member) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">
                  <a class="utrecht-link" href={`/beheer/medewerkers/${member.id}`}>{member.displayName || member.email}</a>
                  {member.hasPassword ? '' : ` (${t('admin.staff.invited')})`}
                </td>
                <td class="utrecht-table__cell">{member.email}</td>
                <td class="utrecht-table__cell">{member.roles.map((role) => t(roleLabel[role])).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2">{t('admin.staff.invite')}</h2>
      <div class="noaber-form-page">
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/beheer/medewerkers">
          <TextField name="email" type="email" required maxLength={254} label={t('signIn.email')} value={values.email} error={errorFor(errors, 'email')} />
          <TextField name="displayName" required maxLength={120} label={t('profile.displayName')} value={values.displayName} error={errorFor(errors, 'displayName')} />
          <CheckboxGroup name="roles" legend={t('admin.staff.roles')} options={roleOptions(ctx, values.roles)} error={errorFor(errors, 'roles')} />
          <SubmitButton>{t('admin.staff.sendInvitation')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

export interface WorkAreaOption {
  id: number
  label: string
  checked: boolean
}

export function StaffMemberPage({ ctx, member, areas, themes, notice }: { ctx: ViewContext; member: StaffMember; areas: WorkAreaOption[]; themes: WorkAreaOption[]; notice?: MessageKey }) {
  const { t } = ctx
  const name = member.displayName || member.email
  const toOptions = (items: WorkAreaOption[]) => items.map((item) => ({ value: String(item.id), label: item.label, checked: item.checked }))
  return (
    <Shell ctx={ctx} title={name}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/medewerkers">{t('admin.staff.back')}</a></p>
      <h1 class="utrecht-heading-1">{name}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      <p class="utrecht-paragraph">{member.email}</p>
      <div class="noaber-form-page">
        <h2 class="utrecht-heading-2">{t('admin.staff.roles')}</h2>
        <Form ctx={ctx} action={`/beheer/medewerkers/${member.id}/rollen`}>
          <CheckboxGroup name="roles" legend={t('admin.staff.rolesOf', { name })} options={roleOptions(ctx, member.roles)} />
          <SubmitButton variant="secondary">{t('admin.staff.saveRoles')}</SubmitButton>
        </Form>
        {member.roles.includes('broker') ? (
          <>
            <h2 class="utrecht-heading-2">{t('admin.staff.workArea')}</h2>
            <p class="utrecht-paragraph">{t('admin.staff.workArea.intro')}</p>
            <Form ctx={ctx} action={`/beheer/medewerkers/${member.id}/werkgebied`}>
              <CheckboxGroup name="areas" legend={t('admin.staff.workArea.areas')} options={toOptions(areas)} />
              <CheckboxGroup name="themes" legend={t('admin.staff.workArea.themes')} options={toOptions(themes)} />
              <SubmitButton variant="secondary">{t('admin.staff.workArea.save')}</SubmitButton>
            </Form>
          </>
        ) : null}
      </div>
    </Shell>
  )
}

export interface TokenRow {
  id: number
  name: string
  role: StaffRole
  created_at: Date
  last_used_at: Date | null
  revoked_at: Date | null
}

export function ApiTokensPage({ ctx, tokens, created, errors = [], values }: { ctx: ViewContext; tokens: TokenRow[]; created?: string; errors?: FieldError[]; values: { name: string; role: string } }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('admin.tokens.title')}>
      <h1 class="utrecht-heading-1">{t('admin.tokens.title')}</h1>
      <p class="utrecht-paragraph">{t('admin.tokens.intro')}</p>
      {created ? (
        <Notice kind="ok">
          <p class="utrecht-paragraph">{t('admin.tokens.createdOnce')}</p>
          <code class="noaber-secret" id="new-token">{created}</code>
        </Notice>
      ) : null}
      <div class="noaber-table-wrap">
        <table class="utrecht-table noaber-table">
          <caption class="utrecht-table__caption">{t('admin.tokens.caption')}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('admin.tokens.name')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('admin.tokens.role')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('admin.tokens.lastUsed')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('admin.tokens.status')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {tokens.map((token) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{token.name}</td>
                <td class="utrecht-table__cell">{t(roleLabel[token.role])}</td>
                <td class="utrecht-table__cell">{token.last_used_at ? formatTime(token.last_used_at, ctx) : '—'}</td>
                <td class="utrecht-table__cell">
                  {token.revoked_at ? (
                    t('admin.tokens.revoked')
                  ) : (
                    <Form ctx={ctx} action={`/beheer/api-sleutels/${token.id}/intrekken`}>
                      <SubmitButton variant="secondary">{t('admin.tokens.revoke', { name: token.name })}</SubmitButton>
                    </Form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2 class="utrecht-heading-2">{t('admin.tokens.create')}</h2>
      <div class="noaber-form-page">
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/beheer/api-sleutels">
          <TextField name="name" required maxLength={100} label={t('admin.tokens.name')} value={values.name} error={errorFor(errors, 'name')} />
          <div class="utrecht-form-field noaber-field" id="field-role">
            <div class="utrecht-form-field__label"><label class="utrecht-form-label" for="field-role-select">{t('admin.tokens.role')}</label></div>
            {errorFor(errors, 'role') ? <div class="utrecht-form-field-error-message noaber-field__error">{errorFor(errors, 'role')}</div> : null}
            <select class="utrecht-select utrecht-select--html-select noaber-select" id="field-role-select" name="role">
              {staffRoles.map((role) => (
                <option value={role} selected={values.role === role}>{t(roleLabel[role])}</option>
              ))}
            </select>
          </div>
          <SubmitButton>{t('admin.tokens.createButton')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

export function AuditPage({ ctx, events, text }: { ctx: ViewContext; events: AuditEvent[]; text: string }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('admin.audit.title')}>
      <h1 class="utrecht-heading-1">{t('admin.audit.title')}</h1>
      <form class="utrecht-form noaber-search-form" method="get" action="/beheer/logboek" role="search">
        <TextField name="q" type="search" label={t('admin.audit.search')} maxLength={200} value={text} />
        <SubmitButton variant="secondary">{t('admin.audit.searchButton')}</SubmitButton>
      </form>
      <div class="noaber-table-wrap">
        <table class="utrecht-table noaber-table">
          <caption class="utrecht-table__caption">{t('admin.audit.caption', { count: events.length })}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('admin.audit.when')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('admin.audit.who')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('admin.audit.what')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('admin.audit.object')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('admin.audit.change')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {events.map((event) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">{formatTime(event.created_at, ctx)}</td>
                <td class="utrecht-table__cell">{event.actor_label}</td>
                <td class="utrecht-table__cell">{event.action}</td>
                <td class="utrecht-table__cell">{`${event.object_type} ${event.object_id}`}</td>
                <td class="utrecht-table__cell">
                  {event.before !== null ? <div>{`${t('admin.audit.before')}: ${JSON.stringify(event.before)}`}</div> : null}
                  {event.after !== null ? <div>{`${t('admin.audit.after')}: ${JSON.stringify(event.after)}`}</div> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Shell>
  )
}
