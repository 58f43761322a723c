import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../db/database.ts'
import type { StaffRole } from '../../modules/accounts/person-table.ts'
import { sendError } from '../http/errors.ts'
import { isApiPath } from '../http/problem.ts'
import { hashToken, newSecretToken } from './tokens.ts'

export interface ApiClient {
  tokenId: number
  name: string
  role: StaffRole
}

declare module 'fastify' {
  interface FastifyRequest {
    /** The staff integration calling the API with a bearer token, if any. */
    apiClient: ApiClient | undefined
  }
}

const TOKEN_PREFIX = 'nbr_'

export async function createApiToken(db: Db, tenantId: number, name: string, role: StaffRole, createdBy: number): Promise<{ id: number; token: string }> {
  const { token, hash } = newSecretToken(TOKEN_PREFIX)
  const { id } = await db
    .insertInto('api_tokens')
    .values({ tenant_id: tenantId, name, role, token_hash: hash, created_by: createdBy })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { id, token }
}

export async function revokeApiToken(db: Db, tenantId: number, id: number): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: new Date() })
    .where('id', '=', id)
    .where('tenant_id', '=', tenantId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function listApiTokens(db: Db, tenantId: number) {
  return db
    .selectFrom('api_tokens')
    .select(['id', 'name', 'role', 'created_at', 'last_used_at', 'revoked_at'])
    .where('tenant_id', '=', tenantId)
    .orderBy('created_at', 'desc')
    .execute()
}

/** Any Authorization header on the API must be a valid, unrevoked token of this municipality: a bad one is a 401, not anonymous access. */
export function registerApiTokens(app: FastifyInstance, db: Db): void {
  app.decorateRequest('apiClient', undefined)
  app.addHook('onRequest', async (request, reply) => {
    const header = request.headers.authorization
    if (!header || !isApiPath(request.url)) return
    const match = /^Bearer\s+(\S{10,200})$/i.exec(header)
    const row =
      match && request.tenant
        ? await db
            .selectFrom('api_tokens')
            .select(['id', 'name', 'role', 'last_used_at'])
            .where('token_hash', '=', hashToken(match[1]!))
            .where('tenant_id', '=', request.tenant.id)
            .where('revoked_at', 'is', null)
            .executeTakeFirst()
        : undefined
    if (!row) {
      reply.header('www-authenticate', 'Bearer')
      return sendError(request, reply, 401)
    }
    if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) {
      await db.updateTable('api_tokens').set({ last_used_at: new Date() }).where('id', '=', row.id).execute()
    }
    request.apiClient = { tokenId: row.id, name: row.name, role: row.role }
  })
}

/** API route guard: a bearer token with one of these roles. */
export function requireApiRoles(...roles: StaffRole[]) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.apiClient) {
      reply.header('www-authenticate', 'Bearer')
      return sendError(request, reply, 401)
    }
    if (!roles.includes(request.apiClient.role)) return sendError(request, reply, 403)
  }
}
