import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import { LRUCache } from 'lru-cache'
import type { Db } from '../db/database.ts'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The answer is the same for every visitor without a session: keep it until public content changes. */
    publicCache?: boolean
  }
  interface FastifyRequest {
    /** The content version read at the start of this request; see migration 0017. */
    contentVersion: number
  }
}

interface Stored {
  version: number
  contentType: string
  cacheControl: string | undefined
  body: string
}

const MAX_BYTES = 64 * 2 ** 20

export async function readContentVersion(db: Db): Promise<number> {
  const { rows } = await sql<{ version: number }>`select version from content_version`.execute(db)
  return Number(rows[0]?.version ?? 0)
}

function cacheKey(request: FastifyRequest): string {
  return `${request.tenant?.id ?? 0}|${request.locale}|${request.url}`
}

/** Only a plain GET from someone without a session or token, on a route that asked for it. */
function cacheable(request: FastifyRequest): boolean {
  return (
    request.method === 'GET' &&
    request.routeOptions.config.publicCache === true &&
    request.person === undefined &&
    request.headers.authorization === undefined
  )
}

/**
 * Answers for visitors without a session, kept in memory under the content version they were made
 * at. Hit: the stored answer is sent before the route runs a single query. Miss: the route runs and
 * its answer is stored, unless it sets a cookie or is not a 200. A newer version empties the cache.
 */
export function registerPublicCache(app: FastifyInstance): void {
  const entries = new LRUCache<string, Stored>({ maxSize: MAX_BYTES, sizeCalculation: (entry) => entry.body.length + 200 })
  let newest = 0

  app.addHook('preHandler', async (request, reply) => {
    if (!cacheable(request)) return
    if (request.contentVersion > newest) {
      newest = request.contentVersion
      entries.clear()
    }
    const hit = entries.get(cacheKey(request))
    if (!hit || hit.version !== request.contentVersion) return
    reply.code(200).type(hit.contentType)
    if (hit.cacheControl) reply.header('cache-control', hit.cacheControl)
    return reply.send(hit.body)
  })

  app.addHook('onSend', async (request, reply: FastifyReply, payload) => {
    if (!cacheable(request) || reply.statusCode !== 200 || typeof payload !== 'string' || reply.hasHeader('set-cookie')) return payload
    if (request.contentVersion !== newest) return payload
    const key = cacheKey(request)
    if (!entries.has(key)) {
      entries.set(key, { version: request.contentVersion, contentType: String(reply.getHeader('content-type') ?? 'text/html; charset=utf-8'), cacheControl: reply.getHeader('cache-control') as string | undefined, body: payload })
    }
    return payload
  })
}
