import type { FastifyReply } from 'fastify'
import type { VNode } from 'preact'
import { renderDocument } from '../layout/render.ts'

export function sendHtml(reply: FastifyReply, page: VNode, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(renderDocument(page))
}
