import { generateKeyPairSync, randomBytes } from 'node:crypto'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import Provider from 'oidc-provider'

/** Claims an account at the provider hands out (for scopes email and profile). */
export interface ProviderAccount {
  email?: string
  email_verified?: boolean
  name?: string
}

export interface LocalProvider {
  issuer: string
  clientId: string
  clientSecret: string
  /** How often each path was asked for, e.g. to see discovery happen once. */
  hits: Map<string, number>
  close(): Promise<void>
}

type Stored = { payload: Record<string, unknown>; expiresAt: number | undefined }

/** oidc-provider's storage, in memory and separate per provider (its own memory adapter is shared and warns). */
function memoryAdapter() {
  const store = new Map<string, Stored>()
  const byGrant = new Map<string, string[]>()
  const sessionByUid = new Map<string, string>()
  const now = () => Math.floor(Date.now() / 1000)

  return class MemoryAdapter {
    constructor(private readonly model: string) {}

    private key(id: string) {
      return `${this.model}:${id}`
    }

    async upsert(id: string, payload: Record<string, unknown>, expiresIn?: number) {
      const key = this.key(id)
      store.set(key, { payload, expiresAt: expiresIn ? now() + expiresIn : undefined })
      if (this.model === 'Session' && typeof payload.uid === 'string') sessionByUid.set(payload.uid, id)
      if (typeof payload.grantId === 'string') byGrant.set(payload.grantId, [...(byGrant.get(payload.grantId) ?? []), key])
    }

    async find(id: string) {
      const stored = store.get(this.key(id))
      if (!stored || (stored.expiresAt !== undefined && stored.expiresAt <= now())) return undefined
      return stored.payload
    }

    async findByUid(uid: string) {
      const id = sessionByUid.get(uid)
      return id === undefined ? undefined : this.find(id)
    }

    async findByUserCode() {
      return undefined
    }

    async consume(id: string) {
      const stored = store.get(this.key(id))
      if (stored) stored.payload.consumed = now()
    }

    async destroy(id: string) {
      store.delete(this.key(id))
    }

    async revokeByGrantId(grantId: string) {
      for (const key of byGrant.get(grantId) ?? []) store.delete(key)
      byGrant.delete(grantId)
    }
  }
}

function readBody(request: IncomingMessage): Promise<URLSearchParams> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))))
    request.on('error', reject)
  })
}

/**
 * A real OpenID Connect provider (oidc-provider) on a free 127.0.0.1 port, with one confidential
 * client. Its login and consent screens are stand-ins a test drives with plain requests:
 * `GET /interaction/:uid` says which prompt is open (`{"prompt":"login"}` or `"consent"`),
 * `POST /interaction/:uid` with `login=<account id>`, `consent=yes` or `abort=yes` answers it.
 * Everything else (discovery, authorization, token, userinfo, keys) is the provider's own.
 */
export async function startLocalProvider({ redirectUri, accounts }: { redirectUri: string; accounts: Record<string, ProviderAccount> }): Promise<LocalProvider> {
  const clientId = 'noaber-test'
  const clientSecret = randomBytes(24).toString('base64url')
  const hits = new Map<string, number>()
  let provider: Provider | undefined

  async function interaction(request: IncomingMessage, response: ServerResponse, provider: Provider) {
    const details = await provider.interactionDetails(request, response)
    if (request.method === 'GET') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ uid: details.uid, prompt: details.prompt.name }))
      return
    }
    const form = await readBody(request)
    if (form.get('abort')) {
      await provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'End-User aborted interaction' }, { mergeWithLastSubmission: false })
    } else if (details.prompt.name === 'login') {
      const accountId = form.get('login') ?? ''
      if (!(accountId in accounts)) {
        response.writeHead(400, { 'content-type': 'text/plain' }).end(`unknown account ${accountId}`)
        return
      }
      await provider.interactionFinished(request, response, { login: { accountId } }, { mergeWithLastSubmission: false })
    } else if (details.prompt.name === 'consent' && form.get('consent')) {
      const grant = details.grantId ? await provider.Grant.find(details.grantId) : new provider.Grant({ accountId: details.session!.accountId, clientId })
      if (!grant) throw new Error('grant vanished')
      if (details.prompt.details.missingOIDCScope) grant.addOIDCScope(details.prompt.details.missingOIDCScope.join(' '))
      if (details.prompt.details.missingOIDCClaims) grant.addOIDCClaims(details.prompt.details.missingOIDCClaims)
      await provider.interactionFinished(request, response, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true })
    } else {
      response.writeHead(400, { 'content-type': 'text/plain' }).end(`cannot answer prompt ${details.prompt.name}`)
    }
  }

  const server = http.createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://provider').pathname
    hits.set(path, (hits.get(path) ?? 0) + 1)
    if (!provider) return void response.writeHead(503).end()
    const current = provider
    if (/^\/interaction\/[^/]+$/.test(path)) {
      interaction(request, response, current).catch((error: unknown) => {
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' })
        response.end(String(error))
      })
      return
    }
    current.callback()(request, response)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  provider = new Provider(issuer, {
    adapter: memoryAdapter(),
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', use: 'sig', alg: 'RS256' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { methods: ['S256'], required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
    features: { devInteractions: { enabled: false } },
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx: unknown, accountId: string) => {
      const account = accounts[accountId]
      if (!account) return undefined
      return { accountId, claims: async () => ({ sub: accountId, ...account }) }
    },
  })

  return {
    issuer,
    clientId,
    clientSecret,
    hits,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}

/**
 * The browser's side of the provider: keeps the provider's cookies and follows its redirects by
 * hand, until the provider sends the browser back to `returnTo` (the app's callback).
 */
export class ProviderBrowser {
  private readonly cookies = new Map<string, string>()

  constructor(private readonly returnTo: string) {}

  private async request(url: string, init: { method?: string; body?: URLSearchParams } = {}): Promise<Response> {
    const response = await fetch(url, {
      method: init.method ?? 'GET',
      body: init.body,
      redirect: 'manual',
      headers: { cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ') },
    })
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';')
      const index = pair!.indexOf('=')
      const name = pair!.slice(0, index)
      const value = pair!.slice(index + 1)
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    return response
  }

  /**
   * Opens the authorization URL and answers the provider's prompts: signs in as `account` and
   * consents, or aborts at the login prompt. Returns the URL the provider sends the browser back to.
   */
  async signIn(authorizationUrl: string, choice: { account: string } | { abort: true }): Promise<URL> {
    let url = authorizationUrl
    for (let step = 0; step < 12; step++) {
      if (url.startsWith(this.returnTo)) return new URL(url)
      const response = await this.request(url)
      if (response.status >= 300 && response.status < 400) {
        url = new URL(response.headers.get('location')!, url).href
        continue
      }
      if (response.status === 200 && /\/interaction\//.test(url)) {
        const { prompt } = (await response.json()) as { prompt: string }
        const body = 'abort' in choice ? new URLSearchParams({ abort: 'yes' }) : prompt === 'login' ? new URLSearchParams({ login: choice.account }) : new URLSearchParams({ consent: 'yes' })
        const answered = await this.request(url, { method: 'POST', body })
        if (answered.status < 300 || answered.status >= 400) throw new Error(`provider answered ${answered.status} to the ${prompt} prompt: ${await answered.text()}`)
        url = new URL(answered.headers.get('location')!, url).href
        continue
      }
      throw new Error(`unexpected ${response.status} from the provider at ${url}: ${await response.text()}`)
    }
    throw new Error('the provider kept redirecting')
  }
}
