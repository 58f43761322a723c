import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { enqueueMail } from '../../platform/mail/outbox.ts'
import { hashToken, newSecretToken } from '../../platform/auth/tokens.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Tenant } from '../../platform/tenancy/tenant-table.ts'
import { hashPassword, verifyPassword } from './password-policy.ts'
import { isStaffRole, type Person, type StaffRole } from './person-table.ts'

export const SIGN_IN_LINK_MINUTES = 15
export const INVITATION_DAYS = 7

export type LinkProblem = 'unknown' | 'expired' | 'used'

/** Sends a one-time sign-in link. Known or not, the caller tells the person the same thing. */
export async function sendSignInLink(db: Db, tenant: Tenant, email: string, locale: Locale, baseUrl: URL): Promise<void> {
  const { token, hash } = newSecretToken()
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sign_in_tokens')
      .values({ tenant_id: tenant.id, token_hash: hash, purpose: 'signIn', email, expires_at: new Date(Date.now() + SIGN_IN_LINK_MINUTES * 60_000) })
      .execute()
    await enqueueMail(trx, {
      tenantId: tenant.id,
      to: email,
      template: 'signInLink',
      locale,
      params: { tenantName: tenant.name, link: new URL(`/inloggen/bevestigen?token=${token}`, baseUrl).href, minutes: SIGN_IN_LINK_MINUTES },
    })
  })
}

async function consumeToken(db: Db, tenantId: number, token: string, purpose: 'signIn' | 'invitation'): Promise<{ problem: LinkProblem } | { email: string }> {
  const row = await db
    .selectFrom('sign_in_tokens')
    .selectAll()
    .where('token_hash', '=', hashToken(token))
    .where('tenant_id', '=', tenantId)
    .where('purpose', '=', purpose)
    .forUpdate()
    .executeTakeFirst()
  if (!row) return { problem: 'unknown' }
  if (row.used_at) return { problem: 'used' }
  if (row.expires_at.getTime() <= Date.now()) return { problem: 'expired' }
  // Marking it used in the same statement that checks it keeps a link single-use even when clicked twice at once.
  const claimed = await db.updateTable('sign_in_tokens').set({ used_at: new Date() }).where('id', '=', row.id).where('used_at', 'is', null).executeTakeFirst()
  if (Number(claimed.numUpdatedRows) !== 1) return { problem: 'used' as const }
  return { email: row.email }
}

/** Checks a token without using it, to show the right page before the person confirms. */
export async function inspectLink(db: Db, tenantId: number, token: string, purpose: 'signIn' | 'invitation'): Promise<LinkProblem | undefined> {
  const row = await db
    .selectFrom('sign_in_tokens')
    .select(['used_at', 'expires_at'])
    .where('token_hash', '=', hashToken(token))
    .where('tenant_id', '=', tenantId)
    .where('purpose', '=', purpose)
    .executeTakeFirst()
  if (!row) return 'unknown'
  if (row.used_at) return 'used'
  if (row.expires_at.getTime() <= Date.now()) return 'expired'
  return undefined
}

/** The address a valid link was sent to (empty when unknown). */
export async function linkEmail(db: Db, tenantId: number, token: string): Promise<string> {
  const row = await db.selectFrom('sign_in_tokens').select('email').where('token_hash', '=', hashToken(token)).where('tenant_id', '=', tenantId).executeTakeFirst()
  return row?.email ?? ''
}

/** Uses a sign-in link: the resident's account is created on the first confirmation. */
export async function confirmSignInLink(db: Db, tenantId: number, token: string): Promise<{ person: Person } | { problem: LinkProblem }> {
  return db.transaction().execute(async (trx) => {
    const outcome = await consumeToken(trx, tenantId, token, 'signIn')
    if (!('email' in outcome)) return outcome
    let person = await trx.selectFrom('people').selectAll().where('tenant_id', '=', tenantId).where('email', '=', outcome.email).executeTakeFirst()
    if (person?.deleted_at) person = undefined
    if (!person) {
      person = await trx.insertInto('people').values({ tenant_id: tenantId, email: outcome.email, phone: null, password_hash: null, deleted_at: null }).returningAll().executeTakeFirstOrThrow()
    }
    await trx.insertInto('role_assignments').values({ person_id: person.id, role: 'resident' }).onConflict((oc) => oc.doNothing()).execute()
    return { person }
  })
}

/** Staff sign in with a password; only people holding a staff role may. */
export async function passwordSignIn(db: Db, tenantId: number, email: string, password: string): Promise<Person | undefined> {
  const person = await db
    .selectFrom('people')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('email', '=', email)
    .where('deleted_at', 'is', null)
    .executeTakeFirst()
  const valid = await verifyPassword(person?.password_hash ?? null, password)
  if (!person || !valid) return undefined
  const staff = await db.selectFrom('role_assignments').select('role').where('person_id', '=', person.id).execute()
  return staff.some((row) => isStaffRole(row.role)) ? person : undefined
}

export interface Invitation {
  email: string
  displayName: string
  roles: StaffRole[]
}

/** A link, valid for a week, with which the person at this address chooses their password. */
export async function createInvitationLink(db: Db, tenantId: number, email: string, baseUrl: URL): Promise<string> {
  const { token, hash } = newSecretToken()
  await db
    .insertInto('sign_in_tokens')
    .values({ tenant_id: tenantId, token_hash: hash, purpose: 'invitation', email, expires_at: new Date(Date.now() + INVITATION_DAYS * 86_400_000) })
    .execute()
  return new URL(`/wachtwoord-instellen?token=${token}`, baseUrl).href
}

/** Creates (or finds) the staff member, grants the roles and mails a link to choose a password; audited. */
export async function inviteStaff(db: Db, tenant: Tenant, actor: { id: number; label: string }, invitation: Invitation, locale: Locale, baseUrl: URL): Promise<Person> {
  return db.transaction().execute(async (trx) => {
    let person = await trx.selectFrom('people').selectAll().where('tenant_id', '=', tenant.id).where('email', '=', invitation.email).executeTakeFirst()
    if (!person) {
      person = await trx
        .insertInto('people')
        .values({ tenant_id: tenant.id, email: invitation.email, display_name: invitation.displayName, phone: null, password_hash: null, deleted_at: null })
        .returningAll()
        .executeTakeFirstOrThrow()
    }
    for (const role of invitation.roles) {
      await trx.insertInto('role_assignments').values({ person_id: person.id, role }).onConflict((oc) => oc.doNothing()).execute()
    }
    const link = await createInvitationLink(trx, tenant.id, invitation.email, baseUrl)
    await enqueueMail(trx, {
      tenantId: tenant.id,
      to: invitation.email,
      template: 'staffInvitation',
      locale,
      params: {
        tenantName: tenant.name,
        inviterName: actor.label,
        link,
        roles: invitation.roles,
      },
    })
    await recordAudit(trx, {
      tenantId: tenant.id,
      actorId: actor.id,
      actorLabel: actor.label,
      action: 'staff.invited',
      objectType: 'person',
      objectId: person.id,
      after: { email: invitation.email, roles: invitation.roles },
    })
    return person
  })
}

/** Uses an invitation link to set the first password. */
export async function acceptInvitation(db: Db, tenantId: number, token: string, password: string): Promise<{ person: Person } | { problem: LinkProblem }> {
  const passwordHash = await hashPassword(password)
  return db.transaction().execute(async (trx) => {
    const outcome = await consumeToken(trx, tenantId, token, 'invitation')
    if (!('email' in outcome)) return outcome
    const person = await trx
      .updateTable('people')
      .set({ password_hash: passwordHash })
      .where('tenant_id', '=', tenantId)
      .where('email', '=', outcome.email)
      .where('deleted_at', 'is', null)
      .returningAll()
      .executeTakeFirst()
    if (!person) return { problem: 'unknown' as const }
    await recordAudit(trx, { tenantId, actorId: person.id, actorLabel: person.email, action: 'staff.passwordSet', objectType: 'person', objectId: person.id })
    return { person }
  })
}
