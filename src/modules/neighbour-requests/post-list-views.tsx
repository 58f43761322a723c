import { Pagination } from '../../platform/layout/pagination.tsx'
import { listHref } from '../../platform/http/list-href.ts'
import { Select, SubmitButton, type SelectOption } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { PostCard } from './post-card.tsx'
import type { PostView } from './post-queries.ts'

/** The filters as typed in the address: Dutch names, like the other lists. */
export interface PostListFilters {
  soort: string
  wijk: string
  categorie: string
}

export interface PostListProps {
  ctx: ViewContext
  filters: PostListFilters
  choices: { kinds: SelectOption[]; areas: SelectOption[]; categories: SelectOption[] }
  items: PostView[]
  total: number
  page: number
  pageSize: number
}

/** Open requests and offers, then recently closed ones; filtered with a plain GET form and paged, so it works without JavaScript. */
export function PostListPage({ ctx, filters, choices, items, total, page, pageSize }: PostListProps) {
  const { t } = ctx
  const pages = Math.max(1, Math.ceil(total / pageSize))
  const title = pages > 1 ? `${t('neighbourRequests.list.title')} (${t('search.page', { page, pages })})` : t('neighbourRequests.list.title')
  return (
    <Shell ctx={ctx} title={title}>
      <h1 class="utrecht-heading-1">{t('neighbourRequests.list.title')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--lead">{t('neighbourRequests.list.intro')}</p>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action noaber-button noaber-button--primary" href="/buurtvragen/nieuw">{t('neighbourRequests.list.new')}</a>
      </p>
      <form class="utrecht-form" method="get" action="/buurtvragen" aria-labelledby="filter-title">
        <h2 id="filter-title" class="utrecht-heading-2">{t('neighbourRequests.list.filters')}</h2>
        <div class="noaber-filter-form">
          <Select idPrefix="filter" name="soort" label={t('neighbourRequests.filter.kind')} placeholder={t('neighbourRequests.filter.all')} value={filters.soort} options={choices.kinds} />
          <Select idPrefix="filter" name="wijk" label={t('neighbourRequests.filter.area')} placeholder={t('neighbourRequests.filter.all')} value={filters.wijk} options={choices.areas} />
          <Select idPrefix="filter" name="categorie" label={t('neighbourRequests.filter.category')} placeholder={t('neighbourRequests.filter.all')} value={filters.categorie} options={choices.categories} />
        </div>
        <SubmitButton variant="secondary">{t('neighbourRequests.filter.apply')}</SubmitButton>
      </form>
      <p class="utrecht-paragraph noaber-result-count" role="status">
        {total === 1 ? t('neighbourRequests.list.countOne') : t('neighbourRequests.list.count', { count: total })}
      </p>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('neighbourRequests.list.none')}</p> : (
        <ul class="noaber-grid">
          {items.map((post) => (
            <PostCard ctx={ctx} post={post} />
          ))}
        </ul>
      )}
      <Pagination ctx={ctx} page={page} pages={pages} href={(to) => listHref('/buurtvragen', filters, to)} />
    </Shell>
  )
}
