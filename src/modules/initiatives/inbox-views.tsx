import { Pagination } from '../../platform/layout/pagination.tsx'
import { listHref } from '../../platform/http/list-href.ts'
import { Select, SubmitButton } from '../../platform/forms/fields.tsx'
import { localized } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { formatDay } from '../../platform/time/format.ts'
import type { AreaListing } from '../areas/area-repository.ts'
import type { ThemeRow } from '../themes/theme-table.ts'
import { INBOX_PAGE_SIZE, type InboxItem } from './case-queries.ts'
import { needLabel, statusLabel } from './labels.ts'
import { initiativeStatuses, needKinds } from './vocabulary.ts'

export interface InboxFilterValues {
  status: string
  area: string
  theme: string
  need: string
  broker: string
}

export interface InboxPageProps {
  ctx: ViewContext
  items: InboxItem[]
  total: number
  page: number
  filter: InboxFilterValues
  areas: AreaListing[]
  themes: ThemeRow[]
  brokers: { id: number; name: string }[] | undefined
}

export function InboxPage({ ctx, items, total, page, filter, areas, themes, brokers }: InboxPageProps) {
  const { t, locale } = ctx
  const statuses = initiativeStatuses.filter((status) => status !== 'unconfirmed')
  return (
    <Shell ctx={ctx} title={t('inbox.title')}>
      <h1 class="utrecht-heading-1">{t('inbox.title')}</h1>
      <p class="utrecht-paragraph">{brokers ? t('inbox.intro.coordinator') : t('inbox.intro.broker')}</p>
      <p class="utrecht-paragraph">
        {ctx.person?.roles.some((role) => role === 'coordinator' || role === 'admin') ? (
          <>
            <a class="utrecht-link" href="/werk/publicatie">{t('publication.queue.title')}</a> ·{' '}
            <a class="utrecht-link" href="/werk/export/initiatieven.csv">{t('inbox.export.initiatives')}</a> ·{' '}
            <a class="utrecht-link" href="/werk/export/belemmeringen.csv">{t('inbox.export.obstacles')}</a> ·{' '}
            <a class="utrecht-link" href="/werk/meldingen">{t('neighbourRequests.reports.title')}</a> ·{' '}
            <a class="utrecht-link" href="/werk/beursvloer">{t('marketplace.staff.title')}</a> ·{' '}
            <a class="utrecht-link" href="/beheer/vaardigheden">{t('network.skills.title')}</a>
          </>
        ) : null}
      </p>
      <form class="utrecht-form noaber-filter-form" method="get" action="/werk">
        <Select name="status" label={t('inbox.filter.status')} placeholder={t('inbox.filter.openCases')} value={filter.status} options={statuses.map((status) => ({ value: status, label: t(statusLabel[status]) }))} />
        <Select name="area" label={t('inbox.filter.area')} placeholder={t('inbox.filter.all')} value={filter.area} options={areas.map((area) => ({ value: String(area.id), label: area.name }))} />
        <Select name="theme" label={t('inbox.filter.theme')} placeholder={t('inbox.filter.all')} value={filter.theme} options={themes.map((theme) => ({ value: String(theme.id), label: localized(theme.name, locale) }))} />
        <Select name="need" label={t('inbox.filter.need')} placeholder={t('inbox.filter.all')} value={filter.need} options={needKinds.map((kind) => ({ value: kind, label: t(needLabel[kind]) }))} />
        {brokers ? (
          <Select name="broker" label={t('inbox.filter.broker')} placeholder={t('inbox.filter.allBrokers')} value={filter.broker} options={brokers.map((broker) => ({ value: String(broker.id), label: broker.name }))} />
        ) : null}
        <SubmitButton variant="secondary">{t('inbox.filter.apply')}</SubmitButton>
      </form>
      <div class="noaber-table-wrap">
        <table class="utrecht-table noaber-table">
          <caption class="utrecht-table__caption">{t('inbox.caption', { count: total })}</caption>
          <thead class="utrecht-table__header">
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="col">{t('inbox.column.initiative')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('inbox.column.status')}</th>
              <th class="utrecht-table__header-cell" scope="col">{t('inbox.column.area')}</th>
              {brokers ? <th class="utrecht-table__header-cell" scope="col">{t('inbox.column.broker')}</th> : null}
              <th class="utrecht-table__header-cell" scope="col">{t('inbox.column.nextDue')}</th>
            </tr>
          </thead>
          <tbody class="utrecht-table__body">
            {items.map((item) => (
              <tr class={`utrecht-table__row${item.unread ? ' noaber-row--unread' : ''}`}>
                <td class="utrecht-table__cell">
                  <a class="utrecht-link" href={`/werk/initiatieven/${item.id}`}>{item.title}</a>
                  {item.unread ? <> <span class="noaber-tag noaber-tag--new">{t('inbox.unread')}</span></> : null}
                </td>
                <td class="utrecht-table__cell">{t(statusLabel[item.status])}</td>
                <td class="utrecht-table__cell">{item.areaName ?? '—'}</td>
                {brokers ? <td class="utrecht-table__cell">{item.brokerName ?? t('inbox.unassigned')}</td> : null}
                <td class="utrecht-table__cell">
                  {item.nextDue ? formatDay(item.nextDue, locale) : '—'}
                  {item.overdue > 0 ? <> <span class="noaber-tag noaber-tag--overdue">{t('inbox.overdue', { count: item.overdue })}</span></> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('inbox.empty')}</p> : null}
      <Pagination ctx={ctx} page={page} pages={Math.ceil(total / INBOX_PAGE_SIZE)} href={(to) => listHref('/werk', filter, to)} label="inbox.pages" />
    </Shell>
  )
}
