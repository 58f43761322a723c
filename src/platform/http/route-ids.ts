import type { FastifyRequest } from 'fastify'

const ID = /^\d{1,15}$/

/** A database id as typed in an address or form, or undefined when it cannot be one (the route then answers 404). */
export function parseId(raw: string | undefined): number | undefined {
  return raw !== undefined && ID.test(raw) ? Number(raw) : undefined
}

/** A numeric route parameter, or undefined when it is not one. */
export function idParam(request: FastifyRequest, name = 'id'): number | undefined {
  return parseId((request.params as Record<string, string | undefined>)[name])
}
