import { Notice } from '../../../platform/forms/fields.tsx'
import type { MessageKey } from '../../../platform/i18n/translate.ts'
import { Shell } from '../../../platform/layout/shell.tsx'
import type { ViewContext } from '../../../platform/layout/view-context.ts'

/** Why signing in through the municipality's identity provider did not work. */
export type OidcProblem = 'expired' | 'refused' | 'invalid' | 'unavailable' | 'noAccount' | 'unverified'

const problemText: Record<OidcProblem, MessageKey> = {
  expired: 'signIn.oidc.expired',
  refused: 'signIn.oidc.refused',
  invalid: 'signIn.oidc.invalid',
  unavailable: 'signIn.oidc.unavailable',
  noAccount: 'signIn.oidc.noAccount',
  unverified: 'signIn.oidc.unverified',
}

export const oidcProblemStatus: Record<OidcProblem, number> = {
  expired: 400,
  invalid: 400,
  refused: 403,
  noAccount: 403,
  unverified: 403,
  unavailable: 502,
}

export function OidcProblemPage({ ctx, problem, email }: { ctx: ViewContext; problem: OidcProblem; email?: string }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('signIn.oidc.problemTitle')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('signIn.oidc.problemTitle')}</h1>
        <Notice kind="error">
          <p class="utrecht-paragraph">{t(problemText[problem], { email: email ?? '' })}</p>
        </Notice>
        {problem === 'noAccount' || problem === 'unverified' ? null : (
          <p class="utrecht-paragraph">
            <a class="utrecht-link" href="/inloggen/oidc">{t('signIn.oidc.again')}</a>
          </p>
        )}
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/inloggen/medewerker">{t('signIn.oidc.withPassword')}</a>
        </p>
      </div>
    </Shell>
  )
}
