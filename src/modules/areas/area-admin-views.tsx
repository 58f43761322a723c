import { CheckboxGroup, ErrorSummary, FileField, Form, Notice, RadioGroup, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { formatNumber, localized } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { areaPhotoUrl, type AreaPhotoInfo } from './area-photo.ts'
import type { AreaKind, AreaRow } from './area-table.ts'
import type { AreaListing } from './area-repository.ts'
import type { ImportPlan, PendingImport } from './boundary-import-service.ts'

const kindLabel = (ctx: ViewContext, kind: AreaKind) => ctx.t(kind === 'village' ? 'area.kind.village' : 'area.kind.neighbourhood')

export interface AreasAdminProps {
  ctx: ViewContext
  areas: AreaListing[]
  withPhoto: Set<number>
  notices?: string[]
  /** The import form that failed, with its messages. */
  failed?: { form: 'grenzen' | 'gegevens'; errors: FieldError[] }
}

export function AreasAdminPage({ ctx, areas, withPhoto, notices = [], failed }: AreasAdminProps) {
  const { t, locale } = ctx
  const errorsOf = (form: 'grenzen' | 'gegevens') => (failed?.form === form ? failed.errors : [])
  return (
    <Shell ctx={ctx} title={t('areaAdmin.title')}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer">{t('admin.title')}</a></p>
      <h1 class="utrecht-heading-1">{t('areaAdmin.title')}</h1>
      <p class="utrecht-paragraph">{t('areaAdmin.intro')}</p>
      {notices.length > 0 ? (
        <Notice kind="ok">
          {notices.map((notice) => <p class="utrecht-paragraph">{notice}</p>)}
        </Notice>
      ) : null}
      <div class="noaber-table-wrap">
        <table class="utrecht-table noaber-table">
          <caption class="utrecht-table__caption">{t('areaAdmin.list.caption', { count: areas.length })}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('areaAdmin.list.name')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('areaAdmin.list.slug')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('areaAdmin.list.kind')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('areaAdmin.list.population')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('areaAdmin.list.photo')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {areas.map((area) => (
              <tr class="utrecht-table__row">
                <td class="utrecht-table__cell">
                  <a class="utrecht-link" href={`/beheer/wijken/gebied/${area.slug}`} aria-label={t('areaAdmin.list.edit', { name: area.name })}>{area.name}</a>
                </td>
                <td class="utrecht-table__cell">{area.slug}</td>
                <td class="utrecht-table__cell">{kindLabel(ctx, area.kind)}</td>
                <td class="utrecht-table__cell">{formatNumber(area.population, locale)}</td>
                <td class="utrecht-table__cell">{t(withPhoto.has(area.id) ? 'areaAdmin.list.photo.yes' : 'areaAdmin.list.photo.no')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section class="noaber-case-section" aria-labelledby="boundaries-title">
        <h2 id="boundaries-title" class="utrecht-heading-2">{t('areaAdmin.boundaries.title')}</h2>
        <p class="utrecht-paragraph">{t('areaAdmin.boundaries.intro')}</p>
        <div class="noaber-form-page">
          <ErrorSummary ctx={ctx} errors={errorsOf('grenzen')} idPrefix="grenzen" />
          <Form ctx={ctx} action="/beheer/wijken/grenzen" withFiles>
            <FileField idPrefix="grenzen" name="bestand" accept=".geojson,.json,application/geo+json,application/json" label={t('areaAdmin.boundaries.file')} description={t('areaAdmin.boundaries.file.description')} error={errorFor(errorsOf('grenzen'), 'bestand')} />
            <SubmitButton>{t('areaAdmin.boundaries.check')}</SubmitButton>
          </Form>
        </div>
      </section>

      <section class="noaber-case-section" aria-labelledby="csv-title">
        <h2 id="csv-title" class="utrecht-heading-2">{t('areaAdmin.csv.title')}</h2>
        <p class="utrecht-paragraph">{t('areaAdmin.csv.intro')}</p>
        <div class="noaber-form-page">
          <ErrorSummary ctx={ctx} errors={errorsOf('gegevens')} idPrefix="gegevens" />
          <Form ctx={ctx} action="/beheer/wijken/gegevens" withFiles>
            <FileField idPrefix="gegevens" name="bestand" accept=".csv,text/csv" label={t('areaAdmin.csv.file')} description={t('areaAdmin.csv.file.description')} error={errorFor(errorsOf('gegevens'), 'bestand')} />
            <SubmitButton variant="secondary">{t('areaAdmin.csv.submit')}</SubmitButton>
          </Form>
        </div>
      </section>
    </Shell>
  )
}

function AreaList({ ctx, items }: { ctx: ViewContext; items: { name: string; slug: string; detail?: string }[] }) {
  if (items.length === 0) return <p class="utrecht-paragraph">{ctx.t('areaAdmin.preview.none')}</p>
  return (
    <ul class="utrecht-unordered-list">
      {items.map((item) => (
        <li>{`${item.name} (${item.slug})${item.detail ? ` — ${item.detail}` : ''}`}</li>
      ))}
    </ul>
  )
}

export function BoundaryPreviewPage({ ctx, token, pending, plan }: { ctx: ViewContext; token: string; pending: PendingImport; plan: ImportPlan }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('areaAdmin.preview.title')}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/wijken">{t('areaAdmin.edit.back')}</a></p>
      <h1 class="utrecht-heading-1">{t('areaAdmin.preview.title')}</h1>
      <p class="utrecht-paragraph">{t('areaAdmin.preview.file', { file: pending.fileName, crs: t(pending.crs === 'rdNew' ? 'areaAdmin.preview.crs.rdNew' : 'areaAdmin.preview.crs.wgs84') })}</p>
      <p class="utrecht-paragraph">{t('areaAdmin.preview.keeps')}</p>
      <h2 class="utrecht-heading-2">{t('areaAdmin.preview.added', { count: plan.added.length })}</h2>
      <AreaList ctx={ctx} items={plan.added.map((area) => ({ ...area, detail: kindLabel(ctx, area.kind) }))} />
      <h2 class="utrecht-heading-2">{t('areaAdmin.preview.replaced', { count: plan.replaced.length })}</h2>
      <AreaList ctx={ctx} items={plan.replaced.map((area) => ({ ...area, detail: area.nameInFile === area.name ? kindLabel(ctx, area.kind) : `${kindLabel(ctx, area.kind)}, ${t('areaAdmin.preview.nameInFile', { name: area.nameInFile })}` }))} />
      <h2 class="utrecht-heading-2">{t('areaAdmin.preview.unchanged', { count: plan.unchanged.length })}</h2>
      <AreaList ctx={ctx} items={plan.unchanged} />
      <Notice kind="info">
        <p class="utrecht-paragraph">{t('areaAdmin.preview.moves', { count: plan.initiativesMoving })}</p>
        <p class="utrecht-paragraph">{t('areaAdmin.preview.outside', { count: plan.initiativesOutside })}</p>
      </Notice>
      <Form ctx={ctx} action={`/beheer/wijken/grenzen/${token}`}>
        <SubmitButton>{t('areaAdmin.preview.confirm')}</SubmitButton>
      </Form>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/wijken">{t('areaAdmin.preview.cancel')}</a></p>
    </Shell>
  )
}

export interface AreaEditValues {
  name: string
  kind: string
  population: string
  descriptionNl: string
  descriptionEn: string
  photoAltNl: string
  photoAltEn: string
}

export function areaEditValues(area: AreaRow, photo: AreaPhotoInfo | undefined): AreaEditValues {
  return {
    name: area.name,
    kind: area.kind,
    population: String(area.population),
    descriptionNl: area.description.nl,
    descriptionEn: area.description.en,
    photoAltNl: photo?.alt.nl ?? '',
    photoAltEn: photo?.alt.en ?? '',
  }
}

export function AreaEditPage({ ctx, area, photo, values, errors = [], saved = false }: { ctx: ViewContext; area: AreaRow; photo: AreaPhotoInfo | undefined; values: AreaEditValues; errors?: FieldError[]; saved?: boolean }) {
  const { t, locale } = ctx
  return (
    <Shell ctx={ctx} title={t('areaAdmin.edit.title', { name: area.name })}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/wijken">{t('areaAdmin.edit.back')}</a></p>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('areaAdmin.edit.title', { name: area.name })}</h1>
        <p class="utrecht-paragraph"><a class="utrecht-link" href={`/wijken/${area.slug}`}>{t('areaAdmin.edit.view', { name: area.name })}</a></p>
        {saved ? <Notice kind="ok"><p class="utrecht-paragraph">{t('case.saved')}</p></Notice> : null}
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action={`/beheer/wijken/gebied/${area.slug}`} withFiles>
          <TextField name="name" required maxLength={200} label={t('areaAdmin.edit.name')} value={values.name} error={errorFor(errors, 'name')} />
          <RadioGroup name="kind" legend={t('areaAdmin.edit.kind')} value={values.kind} error={errorFor(errors, 'kind')} options={(['village', 'neighbourhood'] as const).map((kind) => ({ value: kind, label: kindLabel(ctx, kind) }))} />
          <TextField name="population" required maxLength={12} label={t('areaAdmin.edit.population')} value={values.population} error={errorFor(errors, 'population')} />
          <TextArea name="descriptionNl" rows={5} maxLength={3000} label={`${t('areaAdmin.edit.descriptionNl')} ${t('form.optional')}`} value={values.descriptionNl} error={errorFor(errors, 'descriptionNl')} />
          <TextArea name="descriptionEn" rows={5} maxLength={3000} label={`${t('areaAdmin.edit.descriptionEn')} ${t('form.optional')}`} description={t('areaAdmin.edit.descriptionEn.description')} value={values.descriptionEn} error={errorFor(errors, 'descriptionEn')} />
          {photo ? (
            <figure>
              <img class="noaber-attachments__image" src={areaPhotoUrl(area.slug, photo)} alt={localized(photo.alt, locale)} />
              <figcaption>{t('areaAdmin.edit.photo.current')}</figcaption>
            </figure>
          ) : null}
          <FileField name="photo" accept="image/jpeg,image/png,image/webp" label={`${t('areaAdmin.edit.photo')} ${t('form.optional')}`} description={t('areaAdmin.edit.photo.description')} error={errorFor(errors, 'photo')} />
          {photo ? <CheckboxGroup name="removePhoto" legend={t('areaAdmin.edit.photo')} options={[{ value: 'yes', label: t('areaAdmin.edit.removePhoto'), checked: false }]} /> : null}
          <TextField name="photoAltNl" maxLength={300} label={t('areaAdmin.edit.photoAltNl')} description={t('areaAdmin.edit.photoAltNl.description')} value={values.photoAltNl} error={errorFor(errors, 'photoAltNl')} />
          <TextField name="photoAltEn" maxLength={300} label={`${t('areaAdmin.edit.photoAltEn')} ${t('form.optional')}`} value={values.photoAltEn} error={errorFor(errors, 'photoAltEn')} />
          <SubmitButton>{t('areaAdmin.edit.save')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}
