import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { startSession } from '../../platform/auth/session.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import { safeReturnPath } from '../../platform/i18n/language-routes.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit, type RateLimitRule } from '../../platform/rate-limit/rate-limit.ts'
import { AccountInputError, normaliseEmail } from './account-service.ts'
import { PASSWORD_MIN_LENGTH, passwordProblem } from './password-policy.ts'
import { acceptInvitation, confirmSignInLink, inspectLink, linkEmail, passwordSignIn, sendSignInLink } from './sign-in-service.ts'
import { ConfirmLinkPage, LinkProblemPage, LinkSentPage, SetPasswordPage, SignInPage, StaffSignInPage } from './sign-in-views.tsx'

const FIFTEEN_MINUTES = 15 * 60
export const signInRateLimits = {
  linkPerIp: { name: 'signInLink:ip', limit: 20, windowSeconds: FIFTEEN_MINUTES },
  linkPerAddress: { name: 'signInLink:email', limit: 5, windowSeconds: FIFTEEN_MINUTES },
  passwordPerIp: { name: 'password:ip', limit: 20, windowSeconds: FIFTEEN_MINUTES },
  passwordPerAddress: { name: 'password:email', limit: 10, windowSeconds: FIFTEEN_MINUTES },
} satisfies Record<string, RateLimitRule>

function returnPath(request: FastifyRequest): string {
  return safeReturnPath((request.query as { terug?: string }).terug)
}

export function signInRoutes(app: FastifyInstance, { db, config }: ModuleDeps): void {
  /** Checks each rule in turn; the first one exceeded answers 429 with Retry-After. */
  async function limited(request: FastifyRequest, reply: FastifyReply, checks: [RateLimitRule, string][]): Promise<boolean> {
    for (const [rule, subject] of checks) {
      const outcome = await hitRateLimit(db, rule, `${tenantOf(request).id}:${subject}`)
      if (!outcome.allowed) {
        reply.header('retry-after', String(outcome.retryAfterSeconds))
        await sendError(request, reply, 429)
        return true
      }
    }
    return false
  }

  function emailOrError(request: FastifyRequest, raw: string): { email: string } | { errors: FieldError[] } {
    if (!raw) return { errors: [{ field: 'email', message: request.t('form.required') }] }
    try {
      return { email: normaliseEmail(raw) }
    } catch (error) {
      if (error instanceof AccountInputError) return { errors: [{ field: 'email', message: request.t('form.email') }] }
      throw error
    }
  }

  app.get('/inloggen', { schema: { hide: true } }, async (request, reply) => {
    if (request.person) return reply.redirect(returnPath(request), 303)
    return sendHtml(reply, SignInPage({ ctx: viewContext(request, reply), returnTo: returnPath(request) }))
  })

  app.post('/inloggen', { schema: { hide: true } }, async (request, reply) => {
    const raw = field(asFormBody(request.body), 'email')
    const checked = emailOrError(request, raw)
    if ('errors' in checked) {
      return sendHtml(reply, SignInPage({ ctx: viewContext(request, reply), email: raw.slice(0, 254), errors: checked.errors, returnTo: returnPath(request) }), 400)
    }
    if (await limited(request, reply, [[signInRateLimits.linkPerIp, request.ip], [signInRateLimits.linkPerAddress, checked.email]])) return reply
    await sendSignInLink(db, tenantOf(request), checked.email, request.locale, config.baseUrl)
    return sendHtml(reply, LinkSentPage({ ctx: viewContext(request, reply) }))
  })

  // Opening the link only shows a button: mail scanners that fetch links must not use up a single-use link.
  app.get('/inloggen/bevestigen', { schema: { hide: true } }, async (request, reply) => {
    const token = String((request.query as { token?: unknown }).token ?? '').slice(0, 200)
    const problem = await inspectLink(db, tenantOf(request).id, token, 'signIn')
    const ctx = viewContext(request, reply)
    if (problem) return sendHtml(reply, LinkProblemPage({ ctx, problem, again: { href: '/inloggen', label: 'signIn.link.again' } }), 400)
    return sendHtml(reply, ConfirmLinkPage({ ctx, token, returnTo: returnPath(request) }))
  })

  app.post('/inloggen/bevestigen', { schema: { hide: true } }, async (request, reply) => {
    const token = field(asFormBody(request.body), 'token').slice(0, 200)
    const outcome = await confirmSignInLink(db, tenantOf(request).id, token)
    if ('problem' in outcome) {
      return sendHtml(reply, LinkProblemPage({ ctx: viewContext(request, reply), problem: outcome.problem, again: { href: '/inloggen', label: 'signIn.link.again' } }), 400)
    }
    await startSession(db, config, reply, outcome.person.id)
    const target = returnPath(request)
    return reply.redirect(target === '/' ? '/mijn' : target, 303)
  })

  app.get('/inloggen/medewerker', { schema: { hide: true } }, async (request, reply) => {
    return sendHtml(reply, StaffSignInPage({ ctx: viewContext(request, reply), oidc: config.oidc }))
  })

  app.post('/inloggen/medewerker', { schema: { hide: true } }, async (request, reply) => {
    const body = asFormBody(request.body)
    const raw = field(body, 'email')
    const password = field(body, 'password')
    const checked = emailOrError(request, raw)
    const errors = 'errors' in checked ? checked.errors : []
    if (!password) errors.push({ field: 'password', message: request.t('form.required') })
    if (errors.length > 0 || 'errors' in checked) {
      return sendHtml(reply, StaffSignInPage({ ctx: viewContext(request, reply), email: raw.slice(0, 254), errors, oidc: config.oidc }), 400)
    }
    if (await limited(request, reply, [[signInRateLimits.passwordPerIp, request.ip], [signInRateLimits.passwordPerAddress, checked.email]])) return reply
    const person = await passwordSignIn(db, tenantOf(request).id, checked.email, password.slice(0, 200))
    if (!person) {
      const failed = [{ field: 'password', message: request.t('signIn.staff.failed') }]
      return sendHtml(reply, StaffSignInPage({ ctx: viewContext(request, reply), email: checked.email, errors: failed, oidc: config.oidc }), 401)
    }
    await startSession(db, config, reply, person.id)
    return reply.redirect('/mijn', 303)
  })

  app.get('/wachtwoord-instellen', { schema: { hide: true } }, async (request, reply) => {
    const token = String((request.query as { token?: unknown }).token ?? '').slice(0, 200)
    const problem = await inspectLink(db, tenantOf(request).id, token, 'invitation')
    const ctx = viewContext(request, reply)
    if (problem) return sendHtml(reply, LinkProblemPage({ ctx, problem, again: { href: '/inloggen/medewerker', label: 'signIn.link.askAdmin' } }), 400)
    return sendHtml(reply, SetPasswordPage({ ctx, token }))
  })

  app.post('/wachtwoord-instellen', { schema: { hide: true } }, async (request, reply) => {
    const body = asFormBody(request.body)
    const token = field(body, 'token').slice(0, 200)
    const password = field(body, 'password')
    const repeat = field(body, 'repeat')
    const tenant = tenantOf(request)
    const problem = await inspectLink(db, tenant.id, token, 'invitation')
    if (problem) {
      return sendHtml(reply, LinkProblemPage({ ctx: viewContext(request, reply), problem, again: { href: '/inloggen/medewerker', label: 'signIn.link.askAdmin' } }), 400)
    }
    const weakness = passwordProblem(password, await linkEmail(db, tenant.id, token))
    const errors: FieldError[] = []
    if (weakness) errors.push({ field: 'password', message: request.t(`password.${weakness}`, { min: PASSWORD_MIN_LENGTH }) })
    else if (password !== repeat) errors.push({ field: 'repeat', message: request.t('password.mismatch') })
    if (errors.length > 0) return sendHtml(reply, SetPasswordPage({ ctx: viewContext(request, reply), token, errors }), 400)
    const outcome = await acceptInvitation(db, tenant.id, token, password)
    if ('problem' in outcome) {
      return sendHtml(reply, LinkProblemPage({ ctx: viewContext(request, reply), problem: outcome.problem, again: { href: '/inloggen/medewerker', label: 'signIn.link.askAdmin' } }), 400)
    }
    await startSession(db, config, reply, outcome.person.id)
    return reply.redirect('/mijn', 303)
  })
}
