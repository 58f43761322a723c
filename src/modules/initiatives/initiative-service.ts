import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { enqueueMail } from '../../platform/mail/outbox.ts'
import { hashToken, newSecretToken } from '../../platform/auth/tokens.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import { getSetting } from '../../platform/settings/settings.ts'
import type { Tenant } from '../../platform/tenancy/tenant-table.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { calendarDayInAmsterdam } from '../../platform/time/calendar-day.ts'
import { formatDay } from '../../platform/time/format.ts'
import { addWorkingDays } from '../../platform/time/working-days.ts'
import type { Person } from '../accounts/person-table.ts'
import { chooseBroker } from './assignment.ts'
import type { InitiativeRow } from './initiative-tables.ts'
import type { ValidSubmission } from './submission.ts'

export const CONFIRMATION_DAYS = 7

export type SubmitOutcome = { initiativeId: number; duplicate: boolean }

/**
 * Stores a submitted initiative as unconfirmed and mails the confirmation link, in one transaction.
 * The same form submitted twice (same submission key) finds the first one and sends nothing new.
 */
export async function submitInitiative(db: Db, tenant: Tenant, submission: ValidSubmission, locale: Locale, baseUrl: URL, clock: Clock): Promise<SubmitOutcome> {
  return db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('initiatives')
      .select('id')
      .where('tenant_id', '=', tenant.id)
      .where('submission_key', '=', submission.submissionKey)
      .executeTakeFirst()
    if (existing) return { initiativeId: existing.id, duplicate: true }
    const now = clock.now()
    const { id } = await trx
      .insertInto('initiatives')
      .values({
        tenant_id: tenant.id,
        title: submission.title,
        summary: submission.summary,
        description: submission.description,
        area_id: submission.areaId,
        latitude: submission.location?.latitude ?? null,
        longitude: submission.location?.longitude ?? null,
        initiator_kind: submission.initiatorKind,
        publication: 'private',
        publication_note: null,
        publish_description: submission.publishDescription,
        initiator_id: null,
        broker_id: null,
        contact_name: submission.contactName,
        contact_email: submission.contactEmail,
        contact_phone: submission.contactPhone,
        government_role: null,
        outcome: null,
        submission_key: submission.submissionKey,
        created_at: now,
        confirmed_at: null,
        last_activity_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx.insertInto('initiative_themes').values(submission.themeIds.map((themeId) => ({ initiative_id: id, theme_id: themeId }))).execute()
    await trx.insertInto('initiative_needs').values(submission.needs.map((need) => ({ initiative_id: id, kind: need.kind, explanation: need.explanation, answer: null, answered_at: null }))).execute()
    if (submission.wantsPublication) {
      // Remembered as the initiator's consent; the page only appears once a coordinator approves it.
      await trx.updateTable('initiatives').set({ publication: 'pendingReview' }).where('id', '=', id).execute()
    }
    const { token, hash } = newSecretToken()
    await trx
      .insertInto('initiative_confirmations')
      .values({ token_hash: hash, initiative_id: id, expires_at: new Date(now.getTime() + CONFIRMATION_DAYS * 86_400_000), used_at: null })
      .execute()
    await enqueueMail(trx, {
      tenantId: tenant.id,
      to: submission.contactEmail,
      template: 'initiativeConfirmation',
      locale,
      params: { tenantName: tenant.name, initiativeTitle: submission.title, link: new URL(`/initiatieven/bevestigen?token=${token}`, baseUrl).href, days: CONFIRMATION_DAYS },
    })
    return { initiativeId: id, duplicate: false }
  })
}

export type ConfirmProblem = 'unknown' | 'expired' | 'used'

export async function inspectConfirmation(db: Db, tenantId: number, token: string, clock: Clock): Promise<ConfirmProblem | undefined> {
  const row = await db
    .selectFrom('initiative_confirmations')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_confirmations.initiative_id')
    .select(['initiative_confirmations.used_at', 'initiative_confirmations.expires_at'])
    .where('initiative_confirmations.token_hash', '=', hashToken(token))
    .where('initiatives.tenant_id', '=', tenantId)
    .executeTakeFirst()
  if (!row) return 'unknown'
  if (row.used_at) return 'used'
  if (row.expires_at.getTime() <= clock.now().getTime()) return 'expired'
  return undefined
}

export interface Confirmation {
  initiative: InitiativeRow
  initiator: Person
  brokerName: string | undefined
}

/**
 * Makes a submitted initiative real: the initiator gets (or reuses) a resident account, a broker is
 * assigned, the first-contact promise is made with its due day in working days, and the initiator is
 * told by name who their contact is. All of it or nothing.
 */
export async function confirmInitiative(db: Db, tenant: Tenant, token: string, locale: Locale, baseUrl: URL, clock: Clock): Promise<Confirmation | { problem: ConfirmProblem }> {
  const problem = await inspectConfirmation(db, tenant.id, token, clock)
  if (problem) return { problem }
  const workingDays = await getSetting(db, tenant.id, 'serviceStandards.firstContactWorkingDays')
  return db.transaction().execute(async (trx) => {
    const now = clock.now()
    const claimed = await trx
      .updateTable('initiative_confirmations')
      .set({ used_at: now })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .returning('initiative_id')
      .executeTakeFirst()
    if (!claimed) return { problem: 'used' as const }
    const draft = await trx.selectFrom('initiatives').selectAll().where('id', '=', claimed.initiative_id).executeTakeFirstOrThrow()

    let initiator = await trx.selectFrom('people').selectAll().where('tenant_id', '=', tenant.id).where('email', '=', draft.contact_email).where('deleted_at', 'is', null).executeTakeFirst()
    if (!initiator) {
      initiator = await trx
        .insertInto('people')
        .values({ tenant_id: tenant.id, email: draft.contact_email, display_name: draft.contact_name, phone: draft.contact_phone })
        .returningAll()
        .executeTakeFirstOrThrow()
    }
    await trx.insertInto('role_assignments').values({ person_id: initiator.id, role: 'resident' }).onConflict((oc) => oc.doNothing()).execute()

    const themeIds = (await trx.selectFrom('initiative_themes').select('theme_id').where('initiative_id', '=', draft.id).execute()).map((row) => row.theme_id)
    const brokerId = await chooseBroker(trx, tenant.id, draft.area_id, themeIds)
    const initiative = await trx
      .updateTable('initiatives')
      .set({ status: 'new', confirmed_at: now, initiator_id: initiator.id, broker_id: brokerId ?? null, last_activity_at: now })
      .where('id', '=', draft.id)
      .returningAll()
      .executeTakeFirstOrThrow()

    const dueOn = addWorkingDays(calendarDayInAmsterdam(now), workingDays)
    await trx
      .insertInto('promises')
      .values({ initiative_id: initiative.id, made_by: null, kind: 'firstContact', description: locale === 'en' ? 'First contact with the initiator' : 'Eerste contact met de initiatiefnemer', due_on: dueOn, replaces_id: null, resolved_at: null, created_at: now })
      .execute()

    const broker = brokerId ? await trx.selectFrom('people').select(['display_name', 'email']).where('id', '=', brokerId).executeTakeFirst() : undefined
    const brokerName = broker ? broker.display_name || broker.email : undefined
    if (brokerName) {
      await enqueueMail(trx, {
        tenantId: tenant.id,
        to: initiative.contact_email,
        template: 'brokerAssigned',
        locale,
        params: {
          tenantName: tenant.name,
          initiativeTitle: initiative.title,
          brokerName,
          firstContactBy: formatDay(dueOn, locale),
          link: new URL(`/mijn/initiatieven/${initiative.id}`, baseUrl).href,
        },
      })
    }
    await recordAudit(trx, {
      tenantId: tenant.id,
      actorId: initiator.id,
      actorLabel: initiator.email,
      action: 'initiative.confirmed',
      objectType: 'initiative',
      objectId: initiative.id,
      after: { status: 'new', brokerId: brokerId ?? null, firstContactDue: dueOn },
    })
    return { initiative, initiator, brokerName }
  })
}
