import { ErrorSummary, Notice, type FieldError } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { ReportView } from './moderation.ts'
import { PostMeta, postedOn, posterName } from './post-card.tsx'
import { ModerationForms } from './post-page-views.tsx'
import type { PostView } from './post-queries.ts'

export interface ReportsPageProps {
  ctx: ViewContext
  items: { post: PostView; reports: ReportView[] }[]
  notice?: MessageKey
  /** The post whose form failed, with what went wrong. */
  failedPostId?: number
  errors?: FieldError[]
  values?: Record<string, string>
}

/** Coordinators' queue of reported requests and offers, each with the post itself and what to do with it. */
export function ReportsPage({ ctx, items, notice, failedPostId, errors = [], values = {} }: ReportsPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('neighbourRequests.reports.title')}>
      <h1 class="utrecht-heading-1">{t('neighbourRequests.reports.title')}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {failedPostId !== undefined ? <ErrorSummary ctx={ctx} errors={errors} idPrefix={`hide-${failedPostId}`} /> : null}
      <p class="utrecht-paragraph">{t('neighbourRequests.reports.intro')}</p>
      {items.length === 0 ? <p class="utrecht-paragraph">{t('neighbourRequests.reports.none')}</p> : null}
      <ul class="noaber-list">
        {items.map(({ post, reports }) => (
          <li class="noaber-card">
            <h2 class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={`/buurtvragen/${post.id}`}>{post.title}</a></h2>
            <PostMeta ctx={ctx} post={post} />
            <p class="utrecht-paragraph noaber-prewrap">{post.description}</p>
            <p class="noaber-card__meta">{t('neighbourRequests.postedBy', { name: posterName(ctx, post), date: postedOn(ctx, post) })}</p>
            <ModerationForms
              ctx={ctx}
              post={post}
              reports={reports}
              prefix={`hide-${post.id}`}
              from="meldingen"
              errors={failedPostId === post.id ? errors : []}
              values={failedPostId === post.id ? values : {}}
            />
          </li>
        ))}
      </ul>
    </Shell>
  )
}
