import type { MessageKey } from '../i18n/translate.ts'
import { Shell } from './shell.tsx'
import type { ViewContext } from './view-context.ts'

export interface ErrorPageProps {
  ctx: ViewContext
  titleKey: MessageKey
  textKey: MessageKey
  requestId?: string
}

export function ErrorPage({ ctx, titleKey, textKey, requestId }: ErrorPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t(titleKey)}>
      <div class="noaber-error">
        <h1 class="utrecht-heading-1">{t(titleKey)}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t(textKey)}</p>
        {requestId ? <p class="utrecht-paragraph noaber-error__reference">{t('error.server.reference', { requestId })}</p> : null}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/">{t('error.notFound.home')}</a>
        </p>
      </div>
    </Shell>
  )
}
