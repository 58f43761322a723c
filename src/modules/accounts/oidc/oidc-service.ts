import type { FastifyReply } from 'fastify'
import { recordAudit } from '../../../platform/audit/audit-log.ts'
import { startSession } from '../../../platform/auth/session.ts'
import type { Config } from '../../../platform/config/config.ts'
import type { Db } from '../../../platform/db/database.ts'
import { staffRoles, type Person } from '../person-table.ts'
import type { OidcIdentity } from './oidc-client.ts'

const DISPLAY_NAME_MAX = 120

/** The person with this address in the municipality who holds a staff role; deleted accounts and residents do not count. */
export async function findStaffByEmail(db: Db, tenantId: number, email: string): Promise<Person | undefined> {
  return db
    .selectFrom('people')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('email', '=', email)
    .where('deleted_at', 'is', null)
    .where((eb) =>
      eb.exists(eb.selectFrom('role_assignments').select('role').whereRef('role_assignments.person_id', '=', 'people.id').where('role', 'in', [...staffRoles])),
    )
    .executeTakeFirst()
}

/**
 * Signs in a staff member the identity provider vouched for: fills an empty display name from the
 * provider's `name`, starts the session and records it in the audit log, in one transaction.
 */
export async function signInStaffWithOidc(db: Db, config: Config, reply: FastifyReply, tenantId: number, person: Person, identity: OidcIdentity): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const name = identity.name?.slice(0, DISPLAY_NAME_MAX)
    if (name && person.display_name === '') {
      await trx.updateTable('people').set({ display_name: name }).where('id', '=', person.id).where('display_name', '=', '').execute()
    }
    await startSession(trx, config, reply, person.id)
    await recordAudit(trx, {
      tenantId,
      actorId: person.id,
      actorLabel: person.email,
      action: 'staff.signedInOidc',
      objectType: 'person',
      objectId: person.id,
      after: { issuer: identity.issuer, subject: identity.subject, ...(name && person.display_name === '' ? { displayName: name } : {}) },
    })
  })
}
