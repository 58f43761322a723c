import { CheckboxGroup, ErrorSummary, Form, Notice, SubmitButton, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { Role } from './person-table.ts'

export const roleLabel: Record<Role, MessageKey> = {
  resident: 'role.resident',
  broker: 'role.broker',
  coordinator: 'role.coordinator',
  admin: 'role.admin',
  councilMember: 'role.councilMember',
  areaRepresentative: 'role.areaRepresentative',
}

export function MyPage({ ctx, notice }: { ctx: ViewContext; notice?: MessageKey }) {
  const { t } = ctx
  const person = ctx.person!
  return (
    <Shell ctx={ctx} title={t('mine.title')}>
      <h1 class="utrecht-heading-1">{t('mine.title')}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      <p class="utrecht-paragraph">{t('mine.signedInAs', { email: person.email })}</p>
      <p class="utrecht-paragraph">
        {t('mine.roles')} {person.roles.map((role) => t(roleLabel[role])).join(', ')}
      </p>
      <ul class="utrecht-link-list utrecht-link-list--html-ul">
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/mijn/initiatieven">{t('mine.initiatives.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/mijn/verzoeken">{t('matching.requests.link')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/mijn/hulpaanbod">{t('network.myOffer.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/mijn/buurtvragen">{t('neighbourRequests.mine.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/mijn/ruimtes">{t('spaces.mine.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/mijn/reserveringen">{t('spaces.myBookings.title')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/mijn/profiel">{t('mine.profile')}</a></li>
        <li class="utrecht-link-list__item"><a class="utrecht-link" href="/mijn/gegevens">{t('mine.data')}</a></li>
      </ul>
      <h2 class="utrecht-heading-2">{t('mine.devices.heading')}</h2>
      <p class="utrecht-paragraph">{t('mine.devices.text')}</p>
      <Form ctx={ctx} action="/uitloggen/overal">
        <SubmitButton variant="secondary">{t('mine.devices.button')}</SubmitButton>
      </Form>
    </Shell>
  )
}

export interface ProfileValues {
  displayName: string
  phone: string
  showNamePublicly: boolean
}

export function ProfilePage({ ctx, values, errors = [] }: { ctx: ViewContext; values: ProfileValues; errors?: FieldError[] }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('profile.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('profile.title')}</h1>
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/mijn/profiel">
          <TextField name="displayName" label={t('profile.displayName')} autocomplete="name" maxLength={120} value={values.displayName} error={errorFor(errors, 'displayName')} />
          <TextField name="phone" type="tel" label={t('profile.phone')} description={t('profile.phone.description')} autocomplete="tel" maxLength={30} value={values.phone} error={errorFor(errors, 'phone')} />
          <CheckboxGroup name="showNamePublicly" legend={t('profile.visibility')} options={[{ value: 'yes', label: t('profile.showNamePublicly'), checked: values.showNamePublicly }]} />
          <SubmitButton>{t('profile.save')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

export function MyDataPage({ ctx, error }: { ctx: ViewContext; error?: string }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('data.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('data.title')}</h1>
        <h2 class="utrecht-heading-2">{t('data.download.heading')}</h2>
        <p class="utrecht-paragraph">{t('data.download.text')}</p>
        <p class="utrecht-paragraph"><a class="utrecht-link" href="/mijn/gegevens.json" download>{t('data.download.link')}</a></p>
        <h2 class="utrecht-heading-2">{t('data.delete.heading')}</h2>
        <p class="utrecht-paragraph">{t('data.delete.text')}</p>
        <Form ctx={ctx} action="/mijn/account-verwijderen">
          <CheckboxGroup name="confirm" legend={t('data.delete.legend')} options={[{ value: 'yes', label: t('data.delete.confirm'), checked: false }]} error={error} />
          <SubmitButton variant="secondary">{t('data.delete.button')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}
