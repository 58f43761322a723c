import { Select, SubmitButton, TextField } from '../../platform/forms/fields.tsx'
import { formatNumber, localized } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { needLabel, statusLabel } from '../initiatives/labels.ts'
import type { InitiativeStatus, NeedKind } from '../initiatives/vocabulary.ts'
import type { DirectoryResults } from './directory-search.ts'
import type { Facet, SearchResult } from './search-service.ts'

export interface SearchFormValues {
  q: string
  thema: string
  wijk: string
  status: string
  hulpvraag: string
}

function facetLabel(ctx: ViewContext, kind: 'theme' | 'area' | 'status' | 'need', facet: Facet): string {
  if (kind === 'status') return ctx.t(statusLabel[facet.value as InitiativeStatus])
  if (kind === 'need') return ctx.t(needLabel[facet.value as NeedKind])
  return typeof facet.label === 'string' ? facet.label : localized(facet.label, ctx.locale)
}

/** Matches in the summary, marked without ever writing user text as HTML. */
function Snippet({ parts }: { parts: string[] }) {
  return <>{parts.map((part, index) => (index % 2 === 1 ? <mark>{part}</mark> : part))}</>
}

const directoryGroups = [
  { key: 'helpers', title: 'search.directory.helpers' },
  { key: 'organisations', title: 'search.directory.organisations' },
  { key: 'spaces', title: 'search.directory.spaces' },
] as const

/** Helpers, organisations and spaces that match, below the initiatives: a few of each, with a link to their page. */
function DirectorySection({ ctx, directory }: { ctx: ViewContext; directory: DirectoryResults }) {
  const { t } = ctx
  const groups = directoryGroups.filter((group) => directory[group.key].length > 0)
  if (groups.length === 0) return null
  return (
    <section class="noaber-section" aria-labelledby="directory-title">
      <h2 id="directory-title" class="utrecht-heading-2">{t('search.directory.title')}</h2>
      {groups.map((group) => (
        <>
          <h3 class="utrecht-heading-3">{t(group.title)}</h3>
          <ul class="noaber-list">
            {directory[group.key].map((hit) => (
              <li class="noaber-card">
                <h4 class="utrecht-heading-4 noaber-card__title"><a class="utrecht-link" href={hit.url}>{hit.title}</a></h4>
                {hit.snippet ? <p class="utrecht-paragraph">{hit.snippet}</p> : null}
              </li>
            ))}
          </ul>
        </>
      ))}
    </section>
  )
}

export function SearchPage({ ctx, values, result, directory, error }: { ctx: ViewContext; values: SearchFormValues; result: SearchResult | undefined; directory?: DirectoryResults; error?: string }) {
  const { t } = ctx
  const params = (page: number) => {
    const search = new URLSearchParams(Object.entries({ ...values, pagina: String(page) }).filter(([, value]) => value !== ''))
    return `/zoeken?${search.toString()}`
  }
  const pages = result ? Math.ceil(result.total / result.pageSize) : 0
  const facetSelect = (name: keyof SearchFormValues, kind: 'theme' | 'area' | 'status' | 'need', label: string) =>
    result ? (
      <Select
        name={name}
        label={label}
        placeholder={t('inbox.filter.all')}
        value={values[name]}
        options={result.facets[kind].map((facet) => ({ value: facet.value, label: `${facetLabel(ctx, kind, facet)} (${facet.count})` }))}
      />
    ) : null
  return (
    <Shell ctx={ctx} title={t('search.title')} scripts={['/assets/live-search.js']}>
      <h1 class="utrecht-heading-1">{t('search.title')}</h1>
      <form class="utrecht-form noaber-search-form" method="get" action="/zoeken" role="search" id="search-form">
        <TextField name="q" type="search" label={t('search.query')} maxLength={200} value={values.q} error={error} />
        <div class="noaber-filter-form">
          {facetSelect('thema', 'theme', t('inbox.filter.theme'))}
          {facetSelect('wijk', 'area', t('inbox.filter.area'))}
          {facetSelect('status', 'status', t('inbox.filter.status'))}
          {facetSelect('hulpvraag', 'need', t('inbox.filter.need'))}
        </div>
        <SubmitButton>{t('search.button')}</SubmitButton>
      </form>
      <div id="search-results" aria-live="polite">
        {result ? (
          <>
            <p class="utrecht-paragraph noaber-result-count">{t(result.totalIsExact ? 'search.count' : 'search.countMore', { count: formatNumber(result.total, ctx.locale) })}</p>
            <ul class="noaber-list">
              {result.items.map((item) => (
                <li class="noaber-card">
                  <h2 class="utrecht-heading-3 noaber-card__title">
                    <a class="utrecht-link" href={`/initiatieven/${item.id}`}>{item.title}</a>
                  </h2>
                  <p class="noaber-card__meta">
                    <span class="noaber-tag">{t(statusLabel[item.status])}</span> {item.areaName ?? ''}
                  </p>
                  <p class="utrecht-paragraph"><Snippet parts={item.snippet} /></p>
                </li>
              ))}
            </ul>
            {pages > 1 ? (
              <nav class="noaber-pagination" aria-label={t('search.pages')}>
                {result.page > 1 ? <a class="utrecht-link" href={params(result.page - 1)}>{t('search.previous')}</a> : null}
                <span>{t('search.page', { page: result.page, pages })}</span>
                {result.page < pages ? <a class="utrecht-link" href={params(result.page + 1)}>{t('search.next')}</a> : null}
              </nav>
            ) : null}
            {directory ? <DirectorySection ctx={ctx} directory={directory} /> : null}
          </>
        ) : null}
      </div>
    </Shell>
  )
}
