import { LocationPicker } from '../map/location-picker.tsx'
import { CheckboxGroup, ErrorSummary, Form, Notice, RadioGroup, Select, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { localized } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AreaRow } from '../areas/area-table.ts'
import type { ThemeRow } from '../themes/theme-table.ts'
import { initiatorKindLabel, needLabel } from './labels.ts'
import { LIMITS, type SubmissionForm } from './submission.ts'
import { initiatorKinds, needKinds } from './vocabulary.ts'

export interface SubmissionPageProps {
  ctx: ViewContext
  form: SubmissionForm
  areas: AreaRow[]
  themes: ThemeRow[]
  tileUrl: string
  errors?: FieldError[]
}

export function SubmissionPage({ ctx, form, areas, themes, tileUrl, errors = [] }: SubmissionPageProps) {
  const { t, locale } = ctx
  return (
    <Shell ctx={ctx} title={t('initiative.form.title')} scripts={['/assets/similar-initiatives.js', '/assets/vendor/leaflet.js', '/assets/location-picker.js']} styles={['/assets/vendor/leaflet.css']}>
      <div class="noaber-form-page noaber-form-page--wide">
        <h1 class="utrecht-heading-1">{t('initiative.form.title')}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t('initiative.form.intro')}</p>
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/initiatieven/nieuw">
          <input type="hidden" name="submissionKey" value={form.submissionKey} />
          <section class="noaber-form-section" aria-labelledby="plan-heading">
            <h2 id="plan-heading" class="utrecht-heading-2">{t('initiative.form.plan')}</h2>
            <TextField name="title" required maxLength={LIMITS.title} label={t('initiative.form.titleField')} description={t('initiative.form.titleField.description')} value={form.title} error={errorFor(errors, 'title')} />
            <div class="noaber-suggestions" id="similar-initiatives" aria-live="polite" hidden data-heading={t('initiative.similar.heading')} data-intro={t('initiative.similar.intro')} />
            <TextArea name="summary" required rows={3} maxLength={LIMITS.summary} label={t('initiative.form.summary')} description={t('initiative.form.summary.description')} value={form.summary} error={errorFor(errors, 'summary')} />
            <TextArea name="description" rows={8} maxLength={LIMITS.description} label={`${t('initiative.form.description')} ${t('form.optional')}`} description={t('initiative.form.description.description')} value={form.description} error={errorFor(errors, 'description')} />
            <CheckboxGroup
              name="themes"
              legend={t('initiative.form.themes')}
              error={errorFor(errors, 'themes')}
              options={themes.map((theme) => ({ value: String(theme.id), label: localized(theme.name, locale), checked: form.themeIds.includes(String(theme.id)) }))}
            />
            <Select
              name="area"
              required
              label={t('initiative.form.area')}
              placeholder={t('initiative.form.area.choose')}
              value={form.areaId}
              error={errorFor(errors, 'area')}
              options={areas.map((area) => ({ value: String(area.id), label: area.name }))}
            />
            <LocationPicker ctx={ctx} tileUrl={tileUrl} latitude={form.latitude} longitude={form.longitude} />
            <RadioGroup
              name="initiatorKind"
              legend={t('initiative.form.initiatorKind')}
              value={form.initiatorKind}
              error={errorFor(errors, 'initiatorKind')}
              options={initiatorKinds.map((kind) => ({ value: kind, label: t(initiatorKindLabel[kind]) }))}
            />
          </section>

          <section class="noaber-form-section" aria-labelledby="needs-heading">
            <h2 id="needs-heading" class="utrecht-heading-2">{t('initiative.form.needs')}</h2>
            <p class="utrecht-paragraph">{t('initiative.form.needs.description')}</p>
            <fieldset class="utrecht-form-fieldset noaber-fieldset" id="field-needs">
              <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('initiative.form.needs')}</legend>
              {errorFor(errors, 'needs') ? <div class="utrecht-form-field-error-message noaber-field__error">{errorFor(errors, 'needs')}</div> : null}
              {needKinds.map((kind) => (
                <div class="noaber-need">
                  <div class="utrecht-form-field utrecht-form-field--checkbox noaber-checkbox">
                    <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`field-needs-${kind}`} name="needs" value={kind} checked={form.chosenNeeds.includes(kind)} />
                    <label class="utrecht-form-label utrecht-form-label--checkbox" for={`field-needs-${kind}`}>{t(needLabel[kind])}</label>
                  </div>
                  <div class="noaber-need-explanation">
                    <TextArea
                      name={`need-${kind}`}
                      rows={2}
                      maxLength={LIMITS.need}
                      label={t('initiative.form.need.explanation', { need: t(needLabel[kind]) })}
                      value={form.needs[kind] ?? ''}
                      error={errorFor(errors, `need-${kind}`)}
                    />
                  </div>
                </div>
              ))}
            </fieldset>
          </section>

          <section class="noaber-form-section" aria-labelledby="contact-heading">
            <h2 id="contact-heading" class="utrecht-heading-2">{t('initiative.form.contact')}</h2>
            <p class="utrecht-paragraph">{t('initiative.form.contact.description')}</p>
            <TextField name="contactName" required autocomplete="name" maxLength={LIMITS.name} label={t('initiative.form.contactName')} value={form.contactName} error={errorFor(errors, 'contactName')} />
            <TextField name="contactEmail" type="email" required autocomplete="email" maxLength={254} label={t('initiative.form.contactEmail')} value={form.contactEmail} error={errorFor(errors, 'contactEmail')} />
            <TextField name="contactPhone" type="tel" autocomplete="tel" maxLength={LIMITS.phone} label={t('initiative.form.contactPhone')} value={form.contactPhone} error={errorFor(errors, 'contactPhone')} />
            <RadioGroup
              name="publish"
              legend={t('initiative.form.publish')}
              description={t('initiative.form.publish.description')}
              value={form.publish}
              error={errorFor(errors, 'publish')}
              options={[
                { value: 'yes', label: t('initiative.form.publish.yes') },
                { value: 'no', label: t('initiative.form.publish.no') },
              ]}
            />
            <CheckboxGroup name="publishDescription" legend={t('profile.visibility')} options={[{ value: 'yes', label: t('initiative.form.publishDescription'), checked: form.publishDescription }]} />
          </section>
          <SubmitButton>{t('initiative.form.submit')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

export function SubmittedPage({ ctx, email }: { ctx: ViewContext; email: string }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('initiative.sent.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('initiative.sent.title')}</h1>
        <Notice kind="ok">
          <p class="utrecht-paragraph">{t('initiative.sent.text', { email })}</p>
        </Notice>
        <p class="utrecht-paragraph">{t('signIn.sent.noMail')}</p>
      </div>
    </Shell>
  )
}

export function ConfirmInitiativePage({ ctx, token }: { ctx: ViewContext; token: string }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('initiative.confirm.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('initiative.confirm.title')}</h1>
        <p class="utrecht-paragraph">{t('initiative.confirm.text')}</p>
        <Form ctx={ctx} action="/initiatieven/bevestigen">
          <input type="hidden" name="token" value={token} />
          <SubmitButton>{t('initiative.confirm.button')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

export function ConfirmProblemPage({ ctx, problem }: { ctx: ViewContext; problem: 'unknown' | 'expired' | 'used' }) {
  const { t } = ctx
  const text = { unknown: 'initiative.confirm.unknown', expired: 'initiative.confirm.expired', used: 'initiative.confirm.used' } as const
  return (
    <Shell ctx={ctx} title={t('initiative.confirm.problemTitle')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('initiative.confirm.problemTitle')}</h1>
        <Notice kind="error">
          <p class="utrecht-paragraph">{t(text[problem])}</p>
        </Notice>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={problem === 'used' ? '/inloggen' : '/initiatieven/nieuw'}>{t(problem === 'used' ? 'nav.signIn' : 'nav.startInitiative')}</a>
        </p>
      </div>
    </Shell>
  )
}
