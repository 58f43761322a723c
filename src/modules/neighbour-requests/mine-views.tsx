import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { PostCard } from './post-card.tsx'
import type { PostView } from './post-queries.ts'

/** A resident's own requests and offers, hidden and closed ones included, and what they responded to. */
export function MyPostsPage({ ctx, posted, responded }: { ctx: ViewContext; posted: PostView[]; responded: PostView[] }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('neighbourRequests.mine.title')}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/mijn">{t('mine.title')}</a></p>
      <h1 class="utrecht-heading-1">{t('neighbourRequests.mine.title')}</h1>
      <p class="utrecht-paragraph">
        <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action noaber-button noaber-button--primary" href="/buurtvragen/nieuw">{t('neighbourRequests.list.new')}</a>
      </p>
      <section class="noaber-case-section" aria-labelledby="posted-title">
        <h2 id="posted-title" class="utrecht-heading-2">{t('neighbourRequests.mine.posts')}</h2>
        {posted.length === 0 ? <p class="utrecht-paragraph">{t('neighbourRequests.mine.postsNone')}</p> : (
          <ul class="noaber-grid">
            {posted.map((post) => (
              <PostCard ctx={ctx} post={post} headingLevel={3} />
            ))}
          </ul>
        )}
      </section>
      <section class="noaber-case-section" aria-labelledby="responded-title">
        <h2 id="responded-title" class="utrecht-heading-2">{t('neighbourRequests.mine.responded')}</h2>
        {responded.length === 0 ? <p class="utrecht-paragraph">{t('neighbourRequests.mine.respondedNone')}</p> : (
          <ul class="noaber-grid">
            {responded.map((post) => (
              <PostCard ctx={ctx} post={post} headingLevel={3} />
            ))}
          </ul>
        )}
      </section>
    </Shell>
  )
}
