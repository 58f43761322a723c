import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sql } from 'kysely'
import { LRUCache } from 'lru-cache'
import type { Config } from '../config/config.ts'
import type { Db } from '../db/database.ts'
import type { Role } from '../../modules/accounts/person-table.ts'
import { isApiPath } from '../http/problem.ts'
import { hashToken, newSecretToken } from './tokens.ts'

export const SESSION_COOKIE = 'noaber_session'
/** Signed out after this long without a request. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000
/** Signed out this long after signing in, however active. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000
/** last_seen_at is written at most this often, so reading a page is not a write each time. */
const TOUCH_INTERVAL_MS = 60 * 1000

export interface CurrentPerson {
  id: number
  sessionId: number
  email: string
  displayName: string
  roles: Role[]
}

declare module 'fastify' {
  interface FastifyRequest {
    person: CurrentPerson | undefined
  }
}

export function hasRole(person: CurrentPerson | undefined, ...roles: Role[]): boolean {
  return !!person && person.roles.some((role) => roles.includes(role))
}

function cookieOptions(config: Config) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.environment === 'production' }
}

/** Starts a session for the person and sets its cookie; the database keeps only a hash of the token. */
export async function startSession(db: Db, config: Config, reply: FastifyReply, personId: number): Promise<void> {
  const { token, hash } = newSecretToken()
  await db
    .insertInto('sessions')
    .values({ token_hash: hash, person_id: personId, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) })
    .execute()
  reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions(config), maxAge: SESSION_ABSOLUTE_MS / 1000 })
}

export async function endSession(db: Db, config: Config, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  if (request.person) await db.deleteFrom('sessions').where('id', '=', request.person.sessionId).execute()
  reply.clearCookie(SESSION_COOKIE, cookieOptions(config))
}

export async function endAllSessions(db: Db, personId: number): Promise<void> {
  await db.deleteFrom('sessions').where('person_id', '=', personId).execute()
}

interface SessionRow {
  sessionId: number
  last_seen_at: Date
  expires_at: Date
  id: number
  email: string
  display_name: string
  roles: Role[] | null
}

/**
 * Finds who is signed in from the session cookie. Pages only: the API authenticates with bearer tokens.
 * The answer is remembered under the work version read at the start of the request: anything that
 * could change it (the person, their roles, the session ending) raises that version, so a remembered
 * answer is used only while it is still what the database would say. Expiry is checked every time.
 */
export function registerSessions(app: FastifyInstance, db: Db, config: Config): void {
  app.decorateRequest('person', undefined)
  const known = new LRUCache<string, { version: number; row: SessionRow }>({ max: 10_000 })

  const lookUp = async (tenantId: number, tokenHash: string, version: number): Promise<SessionRow | undefined> => {
    const key = `${tenantId}|${tokenHash}`
    const remembered = known.get(key)
    if (remembered && remembered.version === version) return remembered.row
    const row = await db
      .selectFrom('sessions')
      .innerJoin('people', 'people.id', 'sessions.person_id')
      .select(['sessions.id as sessionId', 'sessions.last_seen_at', 'sessions.expires_at', 'people.id', 'people.email', 'people.display_name'])
      .select((eb) =>
        eb
          .selectFrom('role_assignments')
          .whereRef('role_assignments.person_id', '=', 'people.id')
          .select(sql<Role[]>`coalesce(array_agg(role order by role), '{}')`.as('roles'))
          .as('roles'),
      )
      .where('sessions.token_hash', '=', tokenHash)
      .where('people.tenant_id', '=', tenantId)
      .where('people.deleted_at', 'is', null)
      .executeTakeFirst()
    if (row) known.set(key, { version, row })
    else known.delete(key)
    return row
  }

  app.addHook('onRequest', async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE]
    if (!token || !request.tenant || isApiPath(request.url)) return
    const row = await lookUp(request.tenant.id, hashToken(token), request.workVersion)
    const now = Date.now()
    if (!row || row.expires_at.getTime() <= now || row.last_seen_at.getTime() + SESSION_IDLE_MS <= now) {
      if (row) await db.deleteFrom('sessions').where('id', '=', row.sessionId).execute()
      reply.clearCookie(SESSION_COOKIE, cookieOptions(config))
      return
    }
    if (now - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await db.updateTable('sessions').set({ last_seen_at: new Date(now) }).where('id', '=', row.sessionId).execute()
      row.last_seen_at = new Date(now)
    }
    request.person = { id: row.id, sessionId: row.sessionId, email: row.email, displayName: row.display_name, roles: row.roles ?? [] }
  })
}
