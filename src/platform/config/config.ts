import path from 'node:path'

export type Environment = 'development' | 'production' | 'test'

export interface Config {
  environment: Environment
  port: number
  host: string
  baseUrl: URL
  /** Absent: the embedded PGlite database in `dataDir`. */
  databaseUrl: URL | undefined
  dataDir: string
  smtpUrl: URL | undefined
  tileUrl: string
  /** Absent outside production: generated once and kept in the data directory. */
  sessionSecret: string | undefined
  logLevel: string
  /** The municipality's identity provider for staff sign-in; absent: passwords only. */
  oidc: OidcConfig | undefined
  /** Addresses of reverse proxies whose X-Forwarded-For is believed, so rate limits see the real client. */
  trustProxy: string | undefined
  /** Queries slower than this many milliseconds are logged with their SQL; absent: none are. */
  slowQueryMs: number | undefined
}

export interface OidcConfig {
  issuer: URL
  clientId: string
  clientSecret: string
  /** Name of the municipality's staff login, shown on the sign-in button; absent: a general wording. */
  label: string | undefined
}

/** Raised for configuration a person must fix; its message is one sentence meant for them. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

const DEFAULT_TILE_URL = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png'
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']

type Env = Record<string, string | undefined>

function present(env: Env, name: string): string | undefined {
  const value = env[name]?.trim()
  return value === '' ? undefined : value
}

function parseUrl(env: Env, name: string, protocols: string[]): URL | undefined {
  const raw = present(env, name)
  if (raw === undefined) return undefined
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`${name} must be a full URL such as ${protocols[0]}//…, got '${raw}'.`)
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.join(' or ')}//, got '${raw}'.`)
  }
  return url
}

/** Reads and checks the environment once at start; every later read of configuration goes through the result. */
export function loadConfig(env: Env = process.env): Config {
  const environmentRaw = present(env, 'NODE_ENV') ?? 'development'
  if (!['development', 'production', 'test'].includes(environmentRaw)) {
    throw new ConfigError(`NODE_ENV must be development, production or test, got '${environmentRaw}'.`)
  }
  const environment = environmentRaw as Environment

  const portRaw = present(env, 'PORT') ?? '3000'
  const port = Number(portRaw)
  if (!/^\d+$/.test(portRaw) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got '${portRaw}'.`)
  }

  const host = present(env, 'HOST') ?? '0.0.0.0'
  const baseUrl = parseUrl(env, 'BASE_URL', ['http:', 'https:']) ?? new URL(`http://localhost:${port}`)
  const databaseUrl = parseUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:'])
  const smtpUrl = parseUrl(env, 'SMTP_URL', ['smtp:', 'smtps:'])

  const tileUrl = present(env, 'TILE_URL') ?? DEFAULT_TILE_URL
  if (!/^https?:\/\/.+\{z\}.*\{x\}.*\{y\}/.test(tileUrl)) {
    throw new ConfigError(`TILE_URL must be an http(s) URL containing {z}, {x} and {y}, got '${tileUrl}'.`)
  }

  const sessionSecret = present(env, 'SESSION_SECRET')
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    throw new ConfigError(`SESSION_SECRET must be at least 32 characters long, got ${sessionSecret.length}.`)
  }
  if (sessionSecret === undefined && environment === 'production') {
    throw new ConfigError('SESSION_SECRET must be set in production (at least 32 random characters).')
  }

  const logLevel = present(env, 'LOG_LEVEL') ?? (environment === 'test' ? 'silent' : 'info')
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got '${logLevel}'.`)
  }

  const oidcIssuer = parseUrl(env, 'OIDC_ISSUER', ['https:', 'http:'])
  const oidcClientId = present(env, 'OIDC_CLIENT_ID')
  const oidcClientSecret = present(env, 'OIDC_CLIENT_SECRET')
  const oidcSet = [oidcIssuer, oidcClientId, oidcClientSecret].filter((value) => value !== undefined).length
  if (oidcSet > 0 && oidcSet < 3) {
    throw new ConfigError('OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together, or none of them.')
  }
  if (oidcIssuer && oidcIssuer.protocol === 'http:' && environment === 'production') {
    throw new ConfigError(`OIDC_ISSUER must use https in production, got '${oidcIssuer.href}'.`)
  }
  const oidc =
    oidcIssuer && oidcClientId && oidcClientSecret
      ? { issuer: oidcIssuer, clientId: oidcClientId, clientSecret: oidcClientSecret, label: present(env, 'OIDC_LABEL') }
      : undefined

  const trustProxy = present(env, 'TRUST_PROXY')
  if (trustProxy !== undefined && !/^[0-9a-fA-F.:/]+(,\s*[0-9a-fA-F.:/]+)*$/.test(trustProxy)) {
    throw new ConfigError(`TRUST_PROXY must be a comma-separated list of proxy addresses or ranges (such as 10.0.0.0/8), got '${trustProxy}'.`)
  }

  const slowQueryRaw = present(env, 'SLOW_QUERY_MS')
  if (slowQueryRaw !== undefined && !/^\d{1,6}$/.test(slowQueryRaw)) {
    throw new ConfigError(`SLOW_QUERY_MS must be a whole number of milliseconds, got '${slowQueryRaw}'.`)
  }

  return {
    oidc,
    trustProxy,
    slowQueryMs: slowQueryRaw === undefined ? undefined : Number(slowQueryRaw),
    environment,
    port,
    host,
    baseUrl,
    databaseUrl,
    dataDir: path.resolve(present(env, 'DATA_DIR') ?? 'data'),
    smtpUrl,
    tileUrl,
    sessionSecret,
    logLevel,
  }
}
