import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { ErrorPage } from '../layout/error-page.tsx'
import { renderDocument } from '../layout/render.ts'
import type { MessageKey } from '../i18n/translate.ts'
import { isApiPath, PROBLEM_CONTENT_TYPE, type Problem } from './problem.ts'
import { viewContext } from './request-context.ts'

interface ErrorText {
  title: MessageKey
  text: MessageKey
  problem: MessageKey
}

function textFor(status: number, code: string | undefined): ErrorText {
  if (code?.startsWith('FST_CSRF')) return { title: 'error.csrf.title', text: 'error.csrf.text', problem: 'problem.forbidden' }
  if (status === 401) return { title: 'error.forbidden.title', text: 'error.forbidden.text', problem: 'problem.unauthorized' }
  if (status === 403) return { title: 'error.forbidden.title', text: 'error.forbidden.text', problem: 'problem.forbidden' }
  if (status === 413) return { title: 'error.tooLarge.title', text: 'error.tooLarge.text', problem: 'problem.tooLarge' }
  if (status === 429) return { title: 'error.tooMany.title', text: 'error.tooMany.text', problem: 'problem.tooMany' }
  if (status === 404) return { title: 'error.notFound.title', text: 'error.notFound.text', problem: 'problem.notFound' }
  if (status === 503) return { title: 'error.unavailable.title', text: 'error.unavailable.text', problem: 'problem.unavailable' }
  if (status >= 500) return { title: 'error.server.title', text: 'error.server.text', problem: 'problem.server' }
  return { title: 'error.badRequest.title', text: 'error.badRequest.text', problem: 'problem.badRequest' }
}

function invalidParams(error: FastifyError): Problem['invalidParams'] {
  if (!error.validation) return undefined
  return error.validation.map((issue) => {
    // A missing property is reported on its parent; name the property itself.
    const missing = (issue.params as { missingProperty?: string }).missingProperty
    const path = [issue.instancePath.replace(/^\//, '').replace(/\//g, '.'), missing].filter(Boolean).join('.')
    return { name: [error.validationContext, path].filter(Boolean).join('.'), reason: issue.message ?? 'invalid' }
  })
}

/** Answers with an error in the asker's terms: a page for people, problem+json for the API. Never a stack trace. */
export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, error?: FastifyError): FastifyReply {
  const text = textFor(status, error?.code)
  if (isApiPath(request.url)) {
    const problem: Problem = {
      type: 'about:blank',
      title: request.t(text.problem),
      status,
      instance: request.url,
      invalidParams: error && status < 500 ? invalidParams(error) : undefined,
    }
    if (error && status < 500 && !error.validation && error.message) problem.detail = error.message
    return reply.code(status).type(PROBLEM_CONTENT_TYPE).send(problem)
  }
  const html = renderDocument(
    ErrorPage({ ctx: viewContext(request, reply), titleKey: text.title, textKey: text.text, requestId: status >= 500 ? request.id : undefined }),
  )
  return reply.code(status).type('text/html; charset=utf-8').send(html)
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => sendError(request, reply, 404))
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.validation ? 400 : error.statusCode && error.statusCode >= 400 ? error.statusCode : 500
    if (status >= 500) request.log.error({ err: error }, 'request failed')
    else request.log.info({ status, reason: error.message }, 'request refused')
    return sendError(request, reply, status, error)
  })
}
