import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../../platform/config/config.ts'
import { sendError } from '../../../platform/http/errors.ts'
import { sendHtml } from '../../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../../platform/modules/noaber-module.ts'
import { AccountInputError, normaliseEmail } from '../account-service.ts'
import { OidcError, oidcClient, type PendingSignIn } from './oidc-client.ts'
import { findStaffByEmail, signInStaffWithOidc } from './oidc-service.ts'
import { OidcProblemPage, oidcProblemStatus, type OidcProblem } from './oidc-views.tsx'

/** Holds state, nonce and PKCE verifier between leaving for the provider and coming back; signed, so it cannot be forged. */
export const PENDING_COOKIE = 'noaber_oidc'
const PENDING_PATH = '/inloggen/oidc'
/** How long a person may take at the provider. */
export const PENDING_SECONDS = 10 * 60

function pendingCookieOptions(config: Config) {
  return { path: PENDING_PATH, httpOnly: true, sameSite: 'lax' as const, secure: config.environment === 'production' }
}

function encodePending(pending: PendingSignIn): string {
  const expiresAt = Date.now() + PENDING_SECONDS * 1000
  return Buffer.from(JSON.stringify({ ...pending, expiresAt })).toString('base64url')
}

/** The checks this browser holds, if its cookie is present, carries our signature and has not expired. */
function readPending(request: FastifyRequest): PendingSignIn | undefined {
  const raw = request.cookies[PENDING_COOKIE]
  if (!raw) return undefined
  const unsigned = request.unsignCookie(raw)
  if (!unsigned.valid || unsigned.value === null) return undefined
  try {
    const data = JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')) as Record<string, unknown>
    const { state, nonce, codeVerifier, expiresAt } = data
    if (typeof state !== 'string' || typeof nonce !== 'string' || typeof codeVerifier !== 'string' || typeof expiresAt !== 'number') return undefined
    if (expiresAt <= Date.now()) return undefined
    return { state, nonce, codeVerifier }
  } catch {
    return undefined
  }
}

function queryString(request: FastifyRequest): string {
  const index = request.url.indexOf('?')
  return index === -1 ? '' : request.url.slice(index)
}

/**
 * Staff sign in through the municipality's identity provider (OpenID Connect), when OIDC_* is
 * configured; otherwise both routes answer 404. The provider vouches for an e-mail address; the
 * person with that address and a staff role in this municipality is signed in.
 */
export function oidcRoutes(app: FastifyInstance, { db, config }: ModuleDeps): void {
  const oidc = config.oidc ? oidcClient(config.oidc, config.baseUrl) : undefined

  function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: OidcProblem, email?: string): FastifyReply {
    return sendHtml(reply, OidcProblemPage({ ctx: viewContext(request, reply), problem, email }), oidcProblemStatus[problem])
  }

  function failed(request: FastifyRequest, reply: FastifyReply, error: unknown): FastifyReply {
    if (!(error instanceof OidcError)) throw error
    // The error's cause (openid-client's own error) says what exactly went wrong; the person sees only the page.
    if (error.reason === 'unavailable') request.log.warn({ err: error }, 'identity provider unavailable')
    else request.log.info({ reason: error.reason, err: error }, 'OIDC sign-in refused')
    return sendProblem(request, reply, error.reason)
  }

  app.get('/inloggen/oidc', { schema: { hide: true } }, async (request, reply) => {
    if (!oidc) return sendError(request, reply, 404)
    let started: Awaited<ReturnType<typeof oidc.start>>
    try {
      started = await oidc.start()
    } catch (error) {
      return failed(request, reply, error)
    }
    reply.setCookie(PENDING_COOKIE, encodePending(started.pending), { ...pendingCookieOptions(config), signed: true, maxAge: PENDING_SECONDS })
    return reply.header('cache-control', 'no-store').redirect(started.url.href, 303)
  })

  app.get('/inloggen/oidc/terug', { schema: { hide: true } }, async (request, reply) => {
    if (!oidc) return sendError(request, reply, 404)
    const pending = readPending(request)
    // One answer per start: whatever happens next, the checks are used up.
    reply.clearCookie(PENDING_COOKIE, pendingCookieOptions(config))

    const { error: providerError, error_description: description } = request.query as { error?: unknown; error_description?: unknown }
    if (providerError !== undefined) {
      request.log.info({ error: String(providerError).slice(0, 100), description: String(description ?? '').slice(0, 300) }, 'identity provider did not sign the person in')
      return sendProblem(request, reply, 'refused')
    }
    if (!pending) return sendProblem(request, reply, 'expired')

    let identity
    try {
      identity = await oidc.finish(queryString(request), pending)
    } catch (error) {
      return failed(request, reply, error)
    }
    if (!identity.email || identity.emailVerified === false) return sendProblem(request, reply, 'unverified')
    let email: string
    try {
      email = normaliseEmail(identity.email)
    } catch (error) {
      if (error instanceof AccountInputError) return sendProblem(request, reply, 'unverified')
      throw error
    }

    const tenant = tenantOf(request)
    const person = await findStaffByEmail(db, tenant.id, email)
    if (!person) {
      request.log.info({ subject: identity.subject }, 'OIDC sign-in without a staff account')
      return sendProblem(request, reply, 'noAccount', email)
    }
    await signInStaffWithOidc(db, config, reply, tenant.id, person, identity)
    return reply.redirect('/mijn', 303)
  })
}
