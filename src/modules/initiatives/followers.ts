import { createHmac } from 'node:crypto'
import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { enqueueMail } from '../../platform/mail/outbox.ts'
import { hashToken } from '../../platform/auth/tokens.ts'
import type { Tenant } from '../../platform/tenancy/tenant-table.ts'
import type { CheckedUpload } from '../../platform/uploads/file-check.ts'
import { insertJournalEntry, type Actor } from './case-service.ts'
import { isPublicInitiative } from './vocabulary.ts'

/**
 * The token in a follower's unsubscribe link, derived from the secret so it can be put in every
 * mail without being stored; the database keeps only its hash, to find the follower by it.
 */
export function unsubscribeToken(secret: string, initiativeId: number, personId: number): string {
  return createHmac('sha256', secret).update(`unfollow:${initiativeId}:${personId}`).digest('base64url')
}

export async function follow(db: Db, secret: string, initiativeId: number, personId: number): Promise<void> {
  await db
    .insertInto('initiative_followers')
    .values({ initiative_id: initiativeId, person_id: personId, unsubscribe_token_hash: hashToken(unsubscribeToken(secret, initiativeId, personId)) })
    .onConflict((oc) => oc.doNothing())
    .execute()
}

export async function unfollow(db: Db, initiativeId: number, personId: number): Promise<void> {
  await db.deleteFrom('initiative_followers').where('initiative_id', '=', initiativeId).where('person_id', '=', personId).execute()
}

export async function isFollowing(db: Db, initiativeId: number, personId: number): Promise<boolean> {
  return !!(await db.selectFrom('initiative_followers').select('person_id').where('initiative_id', '=', initiativeId).where('person_id', '=', personId).executeTakeFirst())
}

/** Unfollows by the link in a mail; answers which initiative it was, or undefined for an unknown or used link. */
export async function unfollowByToken(db: Db, tenantId: number, token: string): Promise<{ title: string } | undefined> {
  const row = await db
    .selectFrom('initiative_followers')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_followers.initiative_id')
    .select(['initiative_followers.initiative_id', 'initiative_followers.person_id', 'initiatives.title'])
    .where('initiative_followers.unsubscribe_token_hash', '=', hashToken(token))
    .where('initiatives.tenant_id', '=', tenantId)
    .executeTakeFirst()
  if (!row) return undefined
  await unfollow(db, row.initiative_id, row.person_id)
  return { title: row.title }
}

/**
 * A public update by the initiator: the entry, and a mail to every follower, in one transaction.
 * An initiative that is not public keeps the update for when it is, and mails no one.
 */
export async function postPublicUpdate(db: Db, actor: Actor, tenant: Tenant, initiativeId: number, body: string, mail: { baseUrl: URL; secret: string; locale: Locale }, attachment?: CheckedUpload): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const now = actor.clock.now()
    const initiative = await trx.selectFrom('initiatives').select(['id', 'title', 'publication', 'status']).where('id', '=', initiativeId).executeTakeFirstOrThrow()
    await insertJournalEntry(trx, actor, initiativeId, { kind: 'update', visibility: 'public', body, attachment }, now)
    if (!isPublicInitiative(initiative)) return
    const followers = await trx
      .selectFrom('initiative_followers')
      .innerJoin('people', 'people.id', 'initiative_followers.person_id')
      .select(['people.id', 'people.email'])
      .where('initiative_followers.initiative_id', '=', initiativeId)
      .where('people.deleted_at', 'is', null)
      .where('people.id', '!=', actor.personId)
      .execute()
    const excerpt = body.length > 600 ? `${body.slice(0, 597)}...` : body
    for (const follower of followers) {
      await enqueueMail(trx, {
        tenantId: tenant.id,
        to: follower.email,
        template: 'initiativeUpdate',
        locale: mail.locale,
        params: {
          tenantName: tenant.name,
          initiativeTitle: initiative.title,
          excerpt,
          link: new URL(`/initiatieven/${initiativeId}`, mail.baseUrl).href,
          unsubscribeLink: new URL(`/volgen/afmelden?token=${unsubscribeToken(mail.secret, initiativeId, follower.id)}`, mail.baseUrl).href,
        },
      })
    }
  })
}
