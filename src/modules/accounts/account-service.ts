import type { Db } from '../../platform/db/database.ts'
import { isRole, roles, type Person, type Role } from './person-table.ts'

/** Raised for input a person must correct; the message is meant for them. */
export class AccountInputError extends Error {
  override name = 'AccountInputError'
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function normaliseEmail(raw: string): string {
  const email = raw.trim().toLowerCase()
  if (email.length > 254 || !EMAIL.test(email)) throw new AccountInputError(`'${raw}' is not a valid e-mail address.`)
  return email
}

export interface GrantOutcome {
  person: Person
  created: boolean
  roles: Role[]
}

/** Finds or creates the person with this address in the municipality and gives them the role; doing it twice changes nothing. */
export async function grantRole(db: Db, tenantId: number, rawEmail: string, role: string, displayName = ''): Promise<GrantOutcome> {
  if (!isRole(role)) throw new AccountInputError(`Unknown role '${role}'; choose one of ${roles.join(', ')}.`)
  const email = normaliseEmail(rawEmail)
  return db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('people').selectAll().where('tenant_id', '=', tenantId).where('email', '=', email).executeTakeFirst()
    const person =
      existing ??
      (await trx.insertInto('people').values({ tenant_id: tenantId, email, display_name: displayName.trim() }).returningAll().executeTakeFirstOrThrow())
    await trx.insertInto('role_assignments').values({ person_id: person.id, role }).onConflict((oc) => oc.doNothing()).execute()
    const held = await trx.selectFrom('role_assignments').select('role').where('person_id', '=', person.id).orderBy('role').execute()
    return { person, created: !existing, roles: held.map((row) => row.role) }
  })
}
