import type { ViewContext } from '../../platform/layout/view-context.ts'

/** Previous and next links under a paged list; nothing when everything fits on one page. */
export function Pagination({ ctx, page, pages, href }: { ctx: ViewContext; page: number; pages: number; href: (page: number) => string }) {
  const { t } = ctx
  if (pages <= 1) return null
  return (
    <nav class="noaber-pagination" aria-label={t('search.pages')}>
      {page > 1 ? <a class="utrecht-link" rel="prev" href={href(Math.min(page - 1, pages))}>{t('search.previous')}</a> : null}
      <span aria-current="page">{t('search.page', { page: Math.min(page, pages), pages })}</span>
      {page < pages ? <a class="utrecht-link" rel="next" href={href(page + 1)}>{t('search.next')}</a> : null}
    </nav>
  )
}
