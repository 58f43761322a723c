import type { ViewContext } from '../../platform/layout/view-context.ts'
import { calendarDayInAmsterdam } from '../../platform/time/calendar-day.ts'
import { formatDay } from '../../platform/time/format.ts'
import { categoryLabel, kindLabel } from './labels.ts'
import type { PostView } from './post-queries.ts'

const EXCERPT = 220

export function postedOn(ctx: ViewContext, post: PostView): string {
  return formatDay(calendarDayInAmsterdam(post.createdAt), ctx.locale)
}

export function posterName(ctx: ViewContext, post: PostView): string {
  return post.authorName ?? ctx.t('neighbourRequests.anonymousName')
}

export function responseCountText(ctx: ViewContext, count: number): string {
  if (count === 0) return ctx.t('neighbourRequests.responses.countZero')
  return count === 1 ? ctx.t('neighbourRequests.responses.countOne') : ctx.t('neighbourRequests.responses.count', { count })
}

/** Kind, state, area and kind of help of a post, as tags and words. */
export function PostMeta({ ctx, post }: { ctx: ViewContext; post: PostView }) {
  const { t } = ctx
  return (
    <p class="noaber-card__meta">
      <span class="noaber-tag">{t(kindLabel[post.kind])}</span>
      {post.status === 'closed' ? <> <span class="noaber-tag">{t('neighbourRequests.status.closed')}</span></> : null}
      {post.hiddenAt ? <> <span class="noaber-tag noaber-tag--overdue">{t('neighbourRequests.status.hidden')}</span></> : null}
      {` ${post.area.name} · ${t(categoryLabel[post.category])}`}
    </p>
  )
}

/** A post as a card in a list: what, where, by whom, and how many responded. */
export function PostCard({ ctx, post, headingLevel = 2 }: { ctx: ViewContext; post: PostView; headingLevel?: 2 | 3 }) {
  const { t, locale } = ctx
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  const excerpt = post.description.length > EXCERPT ? `${post.description.slice(0, EXCERPT - 1)}…` : post.description
  return (
    <li class="noaber-card">
      <Heading class="utrecht-heading-3 noaber-card__title"><a class="utrecht-link" href={`/buurtvragen/${post.id}`}>{post.title}</a></Heading>
      <PostMeta ctx={ctx} post={post} />
      <p class="utrecht-paragraph">{excerpt}</p>
      <p class="noaber-card__meta">
        {post.neededBy && post.status === 'open' ? <>{t('neighbourRequests.neededBy', { date: formatDay(post.neededBy, locale) })}<br /></> : null}
        {t('neighbourRequests.postedBy', { name: posterName(ctx, post), date: postedOn(ctx, post) })}
        <br />
        {responseCountText(ctx, post.responseCount)}
      </p>
    </li>
  )
}
