import { ErrorSummary, Form, Notice, Select, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { formatNumber, localized, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { statusLabel } from '../initiatives/labels.ts'
import type { InitiativeStatus } from '../initiatives/vocabulary.ts'
import { agendaStatuses, type AgendaStatus } from './agenda-tables.ts'
import type { AgendaItem, AreaFigures } from './area-page-service.ts'
import type { AreaRow } from './area-table.ts'
import type { AreaListing } from './area-repository.ts'
import { AreaCard } from './area-card.tsx'
import { areaPhotoUrl, type AreaPhotoInfo } from './area-photo.ts'

const agendaStatusLabel: Record<AgendaStatus, MessageKey> = {
  planned: 'area.agenda.status.planned',
  inProgress: 'area.agenda.status.inProgress',
  done: 'area.agenda.status.done',
}

export function AreasPage({ ctx, areas }: { ctx: ViewContext; areas: AreaListing[] }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('nav.areas')}>
      <h1 class="utrecht-heading-1">{t('nav.areas')}</h1>
      <p class="utrecht-paragraph">{t('home.areas.intro', { tenant: ctx.tenant.name, count: areas.length })}</p>
      <ul class="noaber-grid">
        {areas.map((area) => (
          <AreaCard ctx={ctx} area={area} headingLevel={2} />
        ))}
      </ul>
    </Shell>
  )
}

export interface AreaPageProps {
  ctx: ViewContext
  area: AreaRow
  photo?: AreaPhotoInfo
  figures: AreaFigures
  brokers: string[]
  agenda: AgendaItem[]
  initiatives: { id: number; title: string; summary: string; status: InitiativeStatus }[]
  canEditAgenda: boolean
  canFollow: boolean
  following: boolean
  errors?: FieldError[]
  values?: Record<string, string>
  failedForm?: string
  notice?: MessageKey
}

function AgendaForm({ ctx, action, prefix, item, values, errors, initiatives }: { ctx: ViewContext; action: string; prefix: string; item?: AgendaItem; values?: Record<string, string>; errors: FieldError[]; initiatives: { id: number; title: string }[] }) {
  const { t } = ctx
  const value = (name: string, fallback: string) => values?.[name] ?? fallback
  return (
    <Form ctx={ctx} action={action} class="noaber-case-form">
      <TextField idPrefix={prefix} name="title" required maxLength={150} label={t('area.agenda.titleField')} value={value('title', item?.title ?? '')} error={errorFor(errors, 'title')} />
      <TextArea idPrefix={prefix} name="description" rows={3} maxLength={3000} label={`${t('area.agenda.description')} ${t('form.optional')}`} value={value('description', item?.description ?? '')} error={errorFor(errors, 'description')} />
      <TextField idPrefix={prefix} name="owner" maxLength={150} label={`${t('area.agenda.owner')} ${t('form.optional')}`} value={value('owner', item?.owner ?? '')} error={errorFor(errors, 'owner')} />
      <Select idPrefix={prefix} name="status" label={t('area.agenda.statusField')} value={value('status', item?.status ?? 'planned')} options={agendaStatuses.map((status) => ({ value: status, label: t(agendaStatusLabel[status]) }))} />
      <Select
        idPrefix={prefix}
        name="initiative"
        label={`${t('area.agenda.initiative')} ${t('form.optional')}`}
        placeholder={t('area.agenda.noInitiative')}
        value={value('initiative', String(item?.initiatives[0]?.id ?? ''))}
        error={errorFor(errors, 'initiative')}
        options={initiatives.map((initiative) => ({ value: String(initiative.id), label: initiative.title }))}
      />
      <SubmitButton variant={item ? 'secondary' : 'primary'}>{item ? t('area.agenda.save') : t('area.agenda.add')}</SubmitButton>
    </Form>
  )
}

export function AreaPage({ ctx, area, photo, figures, brokers, agenda, initiatives, canEditAgenda, canFollow, following, errors = [], values, failedForm, notice }: AreaPageProps) {
  const { t, locale } = ctx
  const base = `/wijken/${area.slug}`
  return (
    <Shell ctx={ctx} title={area.name}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/wijken">{t('nav.areas')}</a></p>
      <h1 class="utrecht-heading-1">{area.name}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {failedForm ? <ErrorSummary ctx={ctx} errors={errors} idPrefix={failedForm} /> : null}
      {photo ? (
        <figure>
          <img class="noaber-attachments__image" src={areaPhotoUrl(area.slug, photo)} alt={localized(photo.alt, locale)} />
        </figure>
      ) : null}
      <p class="utrecht-paragraph utrecht-paragraph--lead">{localized(area.description, locale)}</p>
      <dl class="noaber-facts">
        <div><dt>{t('area.kind')}</dt><dd>{t(area.kind === 'village' ? 'area.kind.village' : 'area.kind.neighbourhood')}</dd></div>
        <div><dt>{t('area.population')}</dt><dd>{formatNumber(area.population, locale)}</dd></div>
        <div><dt>{t('area.publicInitiatives')}</dt><dd>{formatNumber(figures.publicInitiatives, locale)}</dd></div>
        <div><dt>{t('area.perThousand')}</dt><dd>{figures.perThousandResidents === undefined ? '—' : new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(figures.perThousandResidents)}</dd></div>
        <div><dt>{t('area.brokers')}</dt><dd>{brokers.join(', ') || '—'}</dd></div>
      </dl>
      {figures.perStatus.length > 0 ? (
        <table class="utrecht-table noaber-table noaber-table--compact">
          <caption class="utrecht-table__caption">{t('area.perStatus')}</caption>
          <tbody class="utrecht-table__body">
            {figures.perStatus.map((row) => (
              <tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="row">{t(statusLabel[row.status])}</th><td class="utrecht-table__cell">{row.count}</td></tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {canFollow ? (
        <Form ctx={ctx} action={`${base}/${following ? 'ontvolgen' : 'volgen'}`}>
          <SubmitButton variant="secondary">{following ? t('area.unfollow') : t('area.follow')}</SubmitButton>
        </Form>
      ) : null}

      <section class="noaber-case-section" aria-labelledby="agenda-title">
        <h2 id="agenda-title" class="utrecht-heading-2">{t(area.kind === 'village' ? 'area.agenda.village' : 'area.agenda.neighbourhood')}</h2>
        <p class="utrecht-paragraph">{t('area.agenda.intro')}</p>
        {agenda.length === 0 ? <p class="utrecht-paragraph">{t('area.agenda.empty')}</p> : null}
        <ul class="noaber-list">
          {agenda.map((item) => (
            <li class="noaber-card">
              <h3 class="utrecht-heading-3">{item.title} <span class="noaber-tag">{t(agendaStatusLabel[item.status])}</span></h3>
              {item.description ? <p class="utrecht-paragraph noaber-prewrap">{item.description}</p> : null}
              {item.owner ? <p class="noaber-card__meta">{t('area.agenda.ownedBy', { owner: item.owner })}</p> : null}
              {item.initiatives.length > 0 ? (
                <p class="utrecht-paragraph">
                  {t('area.agenda.linked')} {item.initiatives.map((initiative) => <a class="utrecht-link" href={`/initiatieven/${initiative.id}`}>{initiative.title}</a>)}
                </p>
              ) : null}
              {canEditAgenda ? (
                <details class="noaber-details" open={failedForm === `agenda-${item.id}`}>
                  <summary>{t('area.agenda.edit')}</summary>
                  <AgendaForm ctx={ctx} action={`${base}/agenda/${item.id}`} prefix={`agenda-${item.id}`} item={item} values={failedForm === `agenda-${item.id}` ? values : undefined} errors={failedForm === `agenda-${item.id}` ? errors : []} initiatives={initiatives} />
                </details>
              ) : null}
            </li>
          ))}
        </ul>
        {canEditAgenda ? (
          <>
            <h3 class="utrecht-heading-3">{t('area.agenda.new')}</h3>
            <AgendaForm ctx={ctx} action={`${base}/agenda`} prefix="agenda-new" values={failedForm === 'agenda-new' ? values : undefined} errors={failedForm === 'agenda-new' ? errors : []} initiatives={initiatives} />
          </>
        ) : null}
      </section>

      <section class="noaber-case-section" aria-labelledby="initiatives-title">
        <h2 id="initiatives-title" class="utrecht-heading-2">{t('area.initiatives')}</h2>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={`/kaart?wijk=${area.slug}`}>{t('area.onMap')}</a> · <a class="utrecht-link" href={`/zoeken?wijk=${area.slug}`}>{t('area.asList')}</a>
        </p>
        <ul class="noaber-grid">
          {initiatives.map((initiative) => (
            <li class="noaber-card">
              <h3 class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={`/initiatieven/${initiative.id}`}>{initiative.title}</a></h3>
              <p class="noaber-card__meta"><span class="noaber-tag">{t(statusLabel[initiative.status])}</span></p>
              <p class="utrecht-paragraph">{initiative.summary}</p>
            </li>
          ))}
        </ul>
      </section>
    </Shell>
  )
}
