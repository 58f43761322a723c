import type { FastifyRequest } from 'fastify'

/**
 * The message a page shows after a redirect, named by `?bericht=`: one of the page's own, or none.
 * Only the map's own keys count, never what every object inherits ("constructor", "toString").
 */
export function redirectNotice<Notice>(request: FastifyRequest, notices: Readonly<Record<string, Notice>>): Notice | undefined {
  const key = (request.query as { bericht?: unknown }).bericht
  return typeof key === 'string' && Object.hasOwn(notices, key) ? notices[key] : undefined
}
