import { ErrorSummary, Form, Notice, SubmitButton, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { LinkProblem } from './sign-in-service.ts'
import { PASSWORD_MIN_LENGTH } from './password-policy.ts'

export function SignInPage({ ctx, email = '', errors = [], returnTo }: { ctx: ViewContext; email?: string; errors?: FieldError[]; returnTo: string }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('signIn.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('signIn.title')}</h1>
        <p class="utrecht-paragraph">{t('signIn.intro')}</p>
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action={`/inloggen?terug=${encodeURIComponent(returnTo)}`}>
          <TextField name="email" type="email" autocomplete="email" required maxLength={254} label={t('signIn.email')} value={email} error={errorFor(errors, 'email')} />
          <SubmitButton>{t('signIn.sendLink')}</SubmitButton>
        </Form>
        <h2 class="utrecht-heading-2">{t('signIn.staff.heading')}</h2>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href="/inloggen/medewerker">{t('signIn.staff.link')}</a>
        </p>
      </div>
    </Shell>
  )
}

export function LinkSentPage({ ctx }: { ctx: ViewContext }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('signIn.sent.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('signIn.sent.title')}</h1>
        <Notice kind="ok">
          <p class="utrecht-paragraph">{t('signIn.sent.text')}</p>
        </Notice>
        <p class="utrecht-paragraph">{t('signIn.sent.noMail')}</p>
      </div>
    </Shell>
  )
}

const linkProblemText: Record<LinkProblem, MessageKey> = {
  unknown: 'signIn.link.unknown',
  expired: 'signIn.link.expired',
  used: 'signIn.link.used',
}

export function LinkProblemPage({ ctx, problem, again }: { ctx: ViewContext; problem: LinkProblem; again: { href: string; label: MessageKey } }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('signIn.link.problemTitle')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('signIn.link.problemTitle')}</h1>
        <Notice kind="error">
          <p class="utrecht-paragraph">{t(linkProblemText[problem])}</p>
        </Notice>
        <p class="utrecht-paragraph">
          <a class="utrecht-link" href={again.href}>{t(again.label)}</a>
        </p>
      </div>
    </Shell>
  )
}

export function ConfirmLinkPage({ ctx, token, returnTo }: { ctx: ViewContext; token: string; returnTo: string }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('signIn.confirm.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('signIn.confirm.title')}</h1>
        <p class="utrecht-paragraph">{t('signIn.confirm.text')}</p>
        <Form ctx={ctx} action={`/inloggen/bevestigen?terug=${encodeURIComponent(returnTo)}`}>
          <input type="hidden" name="token" value={token} />
          <SubmitButton>{t('signIn.confirm.button')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

/** `oidc`: present when staff may sign in through the municipality's identity provider (OIDC_*), with its optional name. */
export function StaffSignInPage({ ctx, email = '', errors = [], oidc }: { ctx: ViewContext; email?: string; errors?: FieldError[]; oidc?: { label: string | undefined } }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('signIn.staff.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('signIn.staff.title')}</h1>
        <ErrorSummary ctx={ctx} errors={errors} />
        {oidc ? (
          <>
            <p class="utrecht-paragraph">{t('signIn.oidc.intro')}</p>
            <p class="utrecht-paragraph">
              <a class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action noaber-button noaber-button--primary" href="/inloggen/oidc">
                {oidc.label ? t('signIn.oidc.buttonNamed', { label: oidc.label }) : t('signIn.oidc.button')}
              </a>
            </p>
            <h2 class="utrecht-heading-2">{t('signIn.oidc.orPassword')}</h2>
          </>
        ) : null}
        <Form ctx={ctx} action="/inloggen/medewerker">
          <TextField name="email" type="email" autocomplete="username" required maxLength={254} label={t('signIn.email')} value={email} error={errorFor(errors, 'email')} />
          <TextField name="password" type="password" autocomplete="current-password" required maxLength={200} label={t('signIn.password')} error={errorFor(errors, 'password')} />
          <SubmitButton>{t('signIn.staff.button')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

export function SetPasswordPage({ ctx, token, errors = [] }: { ctx: ViewContext; token: string; errors?: FieldError[] }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('password.title')}>
      <div class="noaber-form-page">
        <h1 class="utrecht-heading-1">{t('password.title')}</h1>
        <p class="utrecht-paragraph">{t('password.rule', { min: PASSWORD_MIN_LENGTH })}</p>
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/wachtwoord-instellen">
          <input type="hidden" name="token" value={token} />
          <TextField name="password" type="password" autocomplete="new-password" required maxLength={200} label={t('password.new')} error={errorFor(errors, 'password')} />
          <TextField name="repeat" type="password" autocomplete="new-password" required maxLength={200} label={t('password.repeat')} error={errorFor(errors, 'repeat')} />
          <SubmitButton>{t('password.save')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}
