import { LocationPicker } from '../map/location-picker.tsx'
import { CheckboxGroup, ErrorSummary, FileField, Form, Notice, RadioGroup, Select, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AreaListing } from '../areas/area-repository.ts'
import { accessibilityLabel, facilityLabel, weekdayLabel } from './labels.ts'
import type { ClosureInput, SpaceForm, WindowInput } from './space-form.ts'
import type { SpaceDetail } from './space-queries.ts'
import { accessibilityFeatures, facilities, LIMITS, weekdays } from './vocabulary.ts'

export interface SpaceFormPageProps {
  ctx: ViewContext
  /** Without a space: listing a new one. */
  space?: SpaceDetail
  form: SpaceForm
  areas: AreaListing[]
  tileUrl: string
  errors?: FieldError[]
  photoErrors?: FieldError[]
  photoAlt?: string
  notice?: MessageKey
}

/** Rows to show: the filled ones and a few empty ones, up to the most a space may have. */
function rows<T>(filled: T[], empty: T, extra: number, max: number): T[] {
  const count = Math.min(max, Math.max(filled.length + extra, 1))
  return Array.from({ length: count }, (_, index) => filled[index] ?? empty)
}

function WindowRow({ ctx, row, index, errors }: { ctx: ViewContext; row: WindowInput; index: number; errors: FieldError[] }) {
  const { t } = ctx
  const prefix = `window-${index}`
  return (
    <fieldset class="utrecht-form-fieldset noaber-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('spaces.form.window.legend', { number: index })}</legend>
      <div class="noaber-filter-form">
        <Select name={`${prefix}-day`} label={t('spaces.form.window.dayField')} placeholder="—" value={row.day} error={errorFor(errors, `${prefix}-day`)} options={weekdays.map((weekday) => ({ value: String(weekday), label: t(weekdayLabel[weekday]!) }))} />
        <TextField name={`${prefix}-from`} label={t('spaces.form.from')} maxLength={5} value={row.from} error={errorFor(errors, `${prefix}-from`)} />
        <TextField name={`${prefix}-to`} label={t('spaces.form.to')} maxLength={5} value={row.to} error={errorFor(errors, `${prefix}-to`)} />
      </div>
    </fieldset>
  )
}

function ClosureRow({ ctx, row, index, errors }: { ctx: ViewContext; row: ClosureInput; index: number; errors: FieldError[] }) {
  const { t } = ctx
  const prefix = `closure-${index}`
  return (
    <fieldset class="utrecht-form-fieldset noaber-fieldset">
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t('spaces.form.closure.legend', { number: index })}</legend>
      <div class="noaber-filter-form">
        <TextField name={`${prefix}-from`} type="date" label={t('spaces.form.closure.from')} value={row.from} error={errorFor(errors, `${prefix}-from`)} />
        <TextField name={`${prefix}-to`} type="date" label={t('spaces.form.closure.to')} value={row.to} error={errorFor(errors, `${prefix}-to`)} />
        <TextField name={`${prefix}-reason`} maxLength={LIMITS.closureReason} label={`${t('spaces.form.closure.reason')} ${t('form.optional')}`} value={row.reason} error={errorFor(errors, `${prefix}-reason`)} />
      </div>
    </fieldset>
  )
}

/** Listing a space, or changing one (then with its photos below the form). */
export function SpaceFormPage({ ctx, space, form, areas, tileUrl, errors = [], photoErrors = [], photoAlt = '', notice }: SpaceFormPageProps) {
  const { t } = ctx
  const title = space ? t('spaces.edit.title', { name: space.name }) : t('spaces.new.title')
  const action = space ? `/ruimtes/${space.id}/bewerken` : '/ruimtes/nieuw'
  return (
    <Shell ctx={ctx} title={title} scripts={['/assets/vendor/leaflet.js', '/assets/location-picker.js']} styles={['/assets/vendor/leaflet.css']}>
      <div class="noaber-form-page noaber-form-page--wide">
        {space ? <p class="utrecht-paragraph"><a class="utrecht-link" href={`/ruimtes/${space.id}`}>{space.name}</a></p> : null}
        <h1 class="utrecht-heading-1">{title}</h1>
        {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
        {space ? null : <p class="utrecht-paragraph utrecht-paragraph--lead">{t('spaces.new.intro')}</p>}
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action={action}>
          <section class="noaber-form-section" aria-labelledby="about-heading">
            <h2 id="about-heading" class="utrecht-heading-2">{t('spaces.form.about')}</h2>
            <TextField name="name" required maxLength={LIMITS.name} label={t('spaces.field.name')} description={t('spaces.field.name.description')} value={form.name} error={errorFor(errors, 'name')} />
            <TextArea name="description" rows={6} maxLength={LIMITS.description} label={`${t('spaces.field.description')} ${t('form.optional')}`} description={t('spaces.field.description.description')} value={form.description} error={errorFor(errors, 'description')} />
            <TextField name="address" required maxLength={LIMITS.address} autocomplete="street-address" label={t('spaces.field.address')} value={form.address} error={errorFor(errors, 'address')} />
            <Select
              name="area"
              required
              label={t('spaces.field.area')}
              description={t('spaces.field.area.description')}
              placeholder={t('spaces.form.area.choose')}
              value={form.areaId}
              error={errorFor(errors, 'area')}
              options={areas.map((area) => ({ value: String(area.id), label: area.name }))}
            />
            <LocationPicker ctx={ctx} tileUrl={tileUrl} latitude={form.latitude} longitude={form.longitude} />
          </section>

          <section class="noaber-form-section" aria-labelledby="use-heading">
            <h2 id="use-heading" class="utrecht-heading-2">{t('spaces.form.use')}</h2>
            <TextField name="capacity" type="number" required maxLength={5} label={t('spaces.field.capacity')} description={t('spaces.field.capacity.description')} value={form.capacity} error={errorFor(errors, 'capacity')} />
            <CheckboxGroup name="accessibility" legend={t('spaces.field.accessibility')} error={errorFor(errors, 'accessibility')} options={accessibilityFeatures.map((feature) => ({ value: feature, label: t(accessibilityLabel[feature]), checked: form.accessibility.includes(feature) }))} />
            <CheckboxGroup name="facilities" legend={t('spaces.field.facilities')} error={errorFor(errors, 'facilities')} options={facilities.map((facility) => ({ value: facility, label: t(facilityLabel[facility]), checked: form.facilities.includes(facility) }))} />
            <RadioGroup
              name="price"
              legend={t('spaces.field.price')}
              value={form.price}
              error={errorFor(errors, 'price')}
              options={[
                { value: 'free', label: t('spaces.price.free') },
                { value: 'perPartOfDay', label: t('spaces.form.price.paid') },
              ]}
            />
            <TextField name="priceAmount" maxLength={12} label={`${t('spaces.form.price.amountField')} ${t('form.optional')}`} description={t('spaces.form.price.amountField.description')} value={form.priceAmount} error={errorFor(errors, 'priceAmount')} />
            <TextField name="priceNote" maxLength={LIMITS.priceNote} label={`${t('spaces.form.price.note')} ${t('form.optional')}`} description={t('spaces.form.price.note.description')} value={form.priceNote} error={errorFor(errors, 'priceNote')} />
          </section>

          <section class="noaber-form-section" aria-labelledby="windows-heading">
            <h2 id="windows-heading" class="utrecht-heading-2">{t('spaces.form.windows')}</h2>
            <p class="utrecht-paragraph">{t('spaces.form.windows.description')}</p>
            {rows(form.windows, { day: '', from: '', to: '' }, 2, LIMITS.windows).map((row, index) => <WindowRow ctx={ctx} row={row} index={index + 1} errors={errors} />)}
            <h3 class="utrecht-heading-3">{t('spaces.form.closures')}</h3>
            <p class="utrecht-paragraph">{t('spaces.form.closures.description')}</p>
            {rows(form.closures, { from: '', to: '', reason: '' }, 1, LIMITS.closures).map((row, index) => <ClosureRow ctx={ctx} row={row} index={index + 1} errors={errors} />)}
          </section>

          <section class="noaber-form-section" aria-labelledby="visibility-heading">
            <h2 id="visibility-heading" class="utrecht-heading-2">{t('spaces.form.visibility.heading')}</h2>
            <RadioGroup
              name="visibility"
              legend={t('spaces.field.visibility')}
              value={form.visibility}
              error={errorFor(errors, 'visibility')}
              options={[
                { value: 'listed', label: t('spaces.visibility.listed') },
                { value: 'unlisted', label: t('spaces.visibility.unlisted') },
              ]}
            />
          </section>
          <SubmitButton>{space ? t('spaces.edit.save') : t('spaces.new.save')}</SubmitButton>
        </Form>

        {space ? (
          <section class="noaber-case-section" aria-labelledby="photos-heading" id="fotos">
            <h2 id="photos-heading" class="utrecht-heading-2">{t('spaces.photos.heading')}</h2>
            <p class="utrecht-paragraph">{t('spaces.photos.intro', { max: LIMITS.photos })}</p>
            {space.photos.length > 0 ? (
              <ul class="noaber-attachments">
                {space.photos.map((photo) => (
                  <li>
                    <img class="noaber-attachments__image" src={`/ruimtes/${space.id}/fotos/${photo.id}`} alt={photo.altText} loading="lazy" />
                    <Form ctx={ctx} action={`/ruimtes/${space.id}/fotos/${photo.id}/verwijderen`}>
                      <SubmitButton variant="secondary">{t('spaces.photos.remove')}</SubmitButton>
                    </Form>
                  </li>
                ))}
              </ul>
            ) : null}
            {space.photos.length < LIMITS.photos ? (
              <>
                <ErrorSummary ctx={ctx} errors={photoErrors} idPrefix="photo" />
                <Form ctx={ctx} action={`/ruimtes/${space.id}/fotos`} withFiles class="noaber-case-form">
                  <FileField idPrefix="photo" name="photo" accept="image/jpeg,image/png,image/webp" label={t('spaces.photos.file')} description={t('spaces.photos.file.description')} error={errorFor(photoErrors, 'photo')} />
                  <TextField idPrefix="photo" name="altText" required maxLength={LIMITS.altText} label={t('spaces.photos.alt')} description={t('spaces.photos.alt.description')} value={photoAlt} error={errorFor(photoErrors, 'altText')} />
                  <SubmitButton variant="secondary">{t('spaces.photos.add')}</SubmitButton>
                </Form>
              </>
            ) : <p class="utrecht-paragraph">{t('spaces.photos.full', { max: LIMITS.photos })}</p>}
          </section>
        ) : null}
      </div>
    </Shell>
  )
}
