import { ErrorSummary, Form, Notice, SubmitButton, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'

export function SettingsPage({ ctx, values, errors = [], saved }: { ctx: ViewContext; values: { firstContactWorkingDays: string; phone: string }; errors?: FieldError[]; saved: boolean }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('admin.settings.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('admin.settings.title')}</h1>
        {saved ? <Notice kind="ok"><p class="utrecht-paragraph">{t('case.saved')}</p></Notice> : null}
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/beheer/instellingen">
          <TextField name="firstContactWorkingDays" type="number" required label={t('admin.settings.days')} description={t('admin.settings.days.description')} value={values.firstContactWorkingDays} error={errorFor(errors, 'firstContactWorkingDays')} />
          <TextField name="phone" type="tel" required maxLength={30} label={t('admin.settings.phone')} description={t('admin.settings.phone.description')} value={values.phone} error={errorFor(errors, 'phone')} />
          <SubmitButton>{t('admin.settings.save')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}
