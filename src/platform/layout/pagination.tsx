import type { MessageKey } from '../i18n/translate.ts'
import type { ViewContext } from './view-context.ts'

/** Previous and next links under a paged list; nothing when everything fits on one page. */
export function Pagination({ ctx, page, pages, href, label = 'search.pages' }: { ctx: ViewContext; page: number; pages: number; href: (page: number) => string; label?: MessageKey }) {
  const { t } = ctx
  if (pages <= 1) return null
  return (
    <nav class="noaber-pagination" aria-label={t(label)}>
      {page > 1 ? <a class="utrecht-link" rel="prev" href={href(Math.min(page - 1, pages))}>{t('search.previous')}</a> : null}
      <span aria-current="page">{t('search.page', { page: Math.min(page, pages), pages })}</span>
      {page < pages ? <a class="utrecht-link" rel="next" href={href(page + 1)}>{t('search.next')}</a> : null}
    </nav>
  )
}
