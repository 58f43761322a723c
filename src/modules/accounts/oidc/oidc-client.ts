import * as client from 'openid-client'
import type { OidcConfig } from '../../../platform/config/config.ts'

/** What can go wrong talking to the identity provider, each with its own page for the person signing in. */
export type OidcFailure = 'unavailable' | 'refused' | 'invalid'

/** Raised by the client below; `reason` chooses the page, `cause` is only for the log. */
export class OidcError extends Error {
  override name = 'OidcError'
  constructor(
    readonly reason: OidcFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** The checks that tie the provider's answer to the request this browser started; kept in a signed cookie meanwhile. */
export interface PendingSignIn {
  state: string
  nonce: string
  codeVerifier: string
}

/** Who the provider says signed in. */
export interface OidcIdentity {
  issuer: string
  subject: string
  email: string | undefined
  /** undefined when the provider does not say. */
  emailVerified: boolean | undefined
  name: string | undefined
}

export const OIDC_SCOPE = 'openid email profile'
/** Seconds each request to the provider may take. */
const PROVIDER_TIMEOUT_SECONDS = 10

export function callbackUrl(baseUrl: URL): URL {
  return new URL('/inloggen/oidc/terug', baseUrl)
}

/** Network failure, timeout, or an answer that is not the provider's (5xx, HTML): the provider is unreachable for us. */
function unreachable(error: unknown): boolean {
  // fetch failed: refused connection, DNS, TLS. (openid-client's own argument errors carry an ERR_INVALID_* code.)
  if (error instanceof TypeError) return !String((error as { code?: unknown }).code ?? '').startsWith('ERR_INVALID')
  if (error instanceof client.ClientError) {
    return ['OAUTH_TIMEOUT', 'OAUTH_ABORT', 'OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON'].includes(error.code ?? '')
  }
  return false
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined
}

/**
 * The municipality's identity provider, as an OpenID Connect relying party (authorization code flow
 * with PKCE, state and nonce). The provider's metadata is fetched on first use and kept for the life of
 * the process: it is configuration, not state. A failed fetch is not kept, so the next request tries again.
 */
export function oidcClient(oidc: OidcConfig, baseUrl: URL) {
  let discovered: Promise<client.Configuration> | undefined

  async function discover(): Promise<client.Configuration> {
    try {
      return await client.discovery(oidc.issuer, oidc.clientId, oidc.clientSecret, client.ClientSecretBasic(oidc.clientSecret), {
        timeout: PROVIDER_TIMEOUT_SECONDS,
        // http only where the configuration allows it: it refuses an http issuer in production.
        execute: oidc.issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      })
    } catch (error) {
      throw new OidcError('unavailable', `discovery at ${oidc.issuer.href} failed`, { cause: error })
    }
  }

  function configuration(): Promise<client.Configuration> {
    discovered ??= discover().catch((error: unknown) => {
      discovered = undefined
      throw error
    })
    return discovered
  }

  return {
    /** Where to send the browser, and the checks to keep until it comes back. */
    async start(): Promise<{ url: URL; pending: PendingSignIn }> {
      const config = await configuration()
      const pending: PendingSignIn = { state: client.randomState(), nonce: client.randomNonce(), codeVerifier: client.randomPKCECodeVerifier() }
      const url = client.buildAuthorizationUrl(config, {
        redirect_uri: callbackUrl(baseUrl).href,
        scope: OIDC_SCOPE,
        state: pending.state,
        nonce: pending.nonce,
        code_challenge: await client.calculatePKCECodeChallenge(pending.codeVerifier),
        code_challenge_method: 'S256',
      })
      return { url, pending }
    },

    /**
     * Checks the provider's answer (state, issuer, code with PKCE, ID token signature, audience and
     * nonce) and returns who signed in. The e-mail claims come from the ID token, or from the
     * userinfo endpoint when the provider keeps them there.
     */
    async finish(search: string, pending: PendingSignIn): Promise<OidcIdentity> {
      const config = await configuration()
      const current = callbackUrl(baseUrl)
      current.search = search
      try {
        const tokens = await client.authorizationCodeGrant(config, current, {
          pkceCodeVerifier: pending.codeVerifier,
          expectedState: pending.state,
          expectedNonce: pending.nonce,
          idTokenExpected: true,
        })
        const idToken = tokens.claims()
        if (!idToken) throw new OidcError('invalid', 'no ID token in the token response')
        const claims: Record<string, unknown> = typeof idToken.email === 'string' ? idToken : await client.fetchUserInfo(config, tokens.access_token, idToken.sub)
        return {
          issuer: idToken.iss,
          subject: idToken.sub,
          email: optionalString(claims.email),
          emailVerified: typeof claims.email_verified === 'boolean' ? claims.email_verified : undefined,
          name: optionalString(claims.name) ?? optionalString(idToken.name),
        }
      } catch (error) {
        if (error instanceof OidcError) throw error
        if (error instanceof client.AuthorizationResponseError) throw new OidcError('refused', `provider answered ${error.error}`, { cause: error })
        if (unreachable(error)) throw new OidcError('unavailable', 'provider unreachable during sign-in', { cause: error })
        throw new OidcError('invalid', 'provider answer did not pass the checks', { cause: error })
      }
    },
  }
}

export type OidcClient = ReturnType<typeof oidcClient>
