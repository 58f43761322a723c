import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/database.ts'
import { isApiPath } from '../../platform/http/problem.ts'
import { unreadConversationCount } from './conversations.ts'

declare module 'fastify' {
  interface FastifyRequest {
    /** Conversations with something unread, for the "Berichten" link in the page header; undefined when not counted. */
    unreadConversations: number | undefined
  }
}

/**
 * A browser asks for a page with text/html in its Accept header; stylesheets, images, scripts and
 * fetches of data do not. Requests without the header (tools, tests) are taken to be pages.
 */
function mayAnswerWithPage(request: FastifyRequest): boolean {
  if (isApiPath(request.url)) return false
  const accept = request.headers.accept
  return !accept || accept.includes('text/html')
}

/**
 * Counts the signed-in person's unread conversations once per request that may answer with a page
 * (also a form re-shown with errors), before it is rendered, so the header can show the count: one
 * query on a partial index that holds only the unread rows.
 */
export function registerUnreadCount(app: FastifyInstance, db: Db): void {
  app.decorateRequest('unreadConversations', undefined)
  app.addHook('preHandler', async (request) => {
    if (!request.person || !mayAnswerWithPage(request)) return
    request.unreadConversations = await unreadConversationCount(db, request.person.id)
  })
}
