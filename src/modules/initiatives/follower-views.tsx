import { Form, Notice, SubmitButton } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'

export function UnsubscribePage({ ctx, token, outcome }: { ctx: ViewContext; token: string; outcome?: 'done' | 'unknown' }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('follow.unsubscribe.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('follow.unsubscribe.title')}</h1>
        {outcome === 'done' ? <Notice kind="ok"><p class="utrecht-paragraph">{t('follow.unsubscribe.done')}</p></Notice> : null}
        {outcome === 'unknown' ? <Notice kind="error"><p class="utrecht-paragraph">{t('follow.unsubscribe.unknown')}</p></Notice> : null}
        {outcome === undefined ? (
          <>
            <p class="utrecht-paragraph">{t('follow.unsubscribe.text')}</p>
            <Form ctx={ctx} action="/volgen/afmelden">
              <input type="hidden" name="token" value={token} />
              <SubmitButton>{t('follow.unsubscribe.button')}</SubmitButton>
            </Form>
          </>
        ) : null}
      </div>
    </Shell>
  )
}

/** The follow or unfollow button on a public initiative page. */
export function FollowButton({ ctx, initiativeId, following }: { ctx: ViewContext; initiativeId: number; following: boolean }) {
  const { t } = ctx
  if (!ctx.person) {
    return (
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href={`/inloggen?terug=${encodeURIComponent(`/initiatieven/${initiativeId}`)}`}>{t('follow.signInToFollow')}</a>
      </p>
    )
  }
  return (
    <Form ctx={ctx} action={`/initiatieven/${initiativeId}/${following ? 'ontvolgen' : 'volgen'}`}>
      {following ? <p class="utrecht-paragraph">{t('follow.following')}</p> : <p class="utrecht-paragraph">{t('follow.why')}</p>}
      <SubmitButton variant={following ? 'secondary' : 'primary'}>{following ? t('follow.stop') : t('follow.start')}</SubmitButton>
    </Form>
  )
}
