import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import { LRUCache } from 'lru-cache'
import { CSRF_COOKIE } from '../auth/csrf.ts'
import type { Db } from '../db/database.ts'
import { calendarDayInAmsterdam } from '../time/calendar-day.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answer is the same for every visitor without a session: keep it until public content changes. */
    publicCache?: boolean
    /** The answer depends only on the session and the data: keep it per session until anything it shows changes. */
    sessionCache?: boolean
    /** The same for an API token: keep the answer per token until anything it shows changes. */
    tokenCache?: boolean
  }
  interface FastifyRequest {
    /** The content version read at the start of this request; see migration 0017. */
    contentVersion: number
    /** The version of everything staff pages show; see migration 0019. */
    workVersion: number
  }
}

interface Stored {
  version: number
  contentType: string
  cacheControl: string | undefined
  body: string
}

// Enough for thousands of pages; bounded so that a crawl of never-repeated URLs cannot grow the process.
const MAX_BYTES = 24 * 2 ** 20

export async function readVersions(db: Db): Promise<{ content: number; work: number }> {
  const { rows } = await sql<{ content: number; work: number }>`select c.version as content, w.version as work from content_version c, work_version w`.execute(db)
  return { content: Number(rows[0]?.content ?? 0), work: Number(rows[0]?.work ?? 0) }
}

type Kind = 'public' | 'session' | 'token'

/**
 * Only a plain GET on a route that asked for it: from a visitor, within one session, or for one API
 * token (checked before this runs, so a revoked token never reaches a kept answer).
 */
function cacheKind(request: FastifyRequest): Kind | undefined {
  if (request.method !== 'GET') return undefined
  const config = request.routeOptions.config
  if (request.headers.authorization !== undefined) return config.tokenCache && request.apiClient ? 'token' : undefined
  if (request.person === undefined) return config.publicCache ? 'public' : undefined
  return config.sessionCache ? 'session' : undefined
}

/**
 * A session's page holds its CSRF token, made from the secret in the browser's cookie, and may count
 * overdue promises, which changes at midnight: both are part of the key.
 */
function cacheKey(request: FastifyRequest, kind: Kind): string {
  const page = `${request.tenant?.id ?? 0}|${request.locale}|${request.url}`
  if (kind === 'public') return `p|${page}`
  if (kind === 'token') return `t|${request.apiClient!.tokenId}|${page}`
  return `s|${request.person!.sessionId}|${request.cookies[CSRF_COOKIE] ?? ''}|${calendarDayInAmsterdam(new Date())}|${page}`
}

function versionOf(request: FastifyRequest, kind: Kind): number {
  return kind === 'public' ? request.contentVersion : request.workVersion
}

/**
 * Answers for visitors without a session, kept in memory under the content version they were made
 * at. Hit: the stored answer is sent before the route runs a single query. Miss: the route runs and
 * its answer is stored, unless it sets a cookie or is not a 200. A newer version empties the cache.
 * Misses for the same answer at the same time wait for the first one instead of all asking the
 * database: when a local paper links to a page, a hundred readers arrive before it is stored.
 */
export function registerPublicCache(app: FastifyInstance): void {
  const entries = new LRUCache<string, Stored>({ maxSize: MAX_BYTES, sizeCalculation: (entry) => entry.body.length + 200 })
  // The work version moves with every public change too, so a newer one means everything may be stale.
  let newest = 0
  const inFlight = new Map<string, { done: Promise<void>; finish: () => void }>()
  const leading = new WeakMap<FastifyRequest, string>()

  const stored = (request: FastifyRequest, kind: Kind, key: string) => {
    const hit = entries.get(key)
    return hit && hit.version === versionOf(request, kind) ? hit : undefined
  }
  const finishFlight = (request: FastifyRequest) => {
    const flight = leading.get(request)
    if (flight === undefined) return
    leading.delete(request)
    inFlight.get(flight)?.finish()
    inFlight.delete(flight)
  }

  app.addHook('preHandler', async (request, reply) => {
    const kind = cacheKind(request)
    if (!kind) return
    if (request.workVersion > newest) {
      newest = request.workVersion
      entries.clear()
    }
    const key = cacheKey(request, kind)
    const flight = `${versionOf(request, kind)}|${key}`
    let hit = stored(request, kind, key)
    if (!hit && inFlight.has(flight)) {
      await inFlight.get(flight)!.done
      hit = stored(request, kind, key)
    }
    if (!hit) {
      if (!inFlight.has(flight)) {
        let finish = () => {}
        const done = new Promise<void>((resolve) => (finish = resolve))
        inFlight.set(flight, { done, finish })
        leading.set(request, flight)
      }
      return
    }
    reply.code(200).type(hit.contentType)
    if (hit.cacheControl) reply.header('cache-control', hit.cacheControl)
    return reply.send(hit.body)
  })

  // Whatever became of the first request (stored, refused, failed), those waiting for it go on.
  app.addHook('onResponse', async (request) => finishFlight(request))
  app.addHook('onRequestAbort', async (request) => finishFlight(request))

  app.addHook('onSend', async (request, reply: FastifyReply, payload) => {
    const kind = cacheKind(request)
    if (!kind || reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('set-cookie')) return payload
    if (request.workVersion !== newest) return payload
    const key = cacheKey(request, kind)
    if (!entries.has(key)) {
      entries.set(key, { version: versionOf(request, kind), contentType: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'), cacheControl: reply.getHeader('cache-control') as string | undefined, body: payload })
    }
    finishFlight(request)
    return payload
  })
}
