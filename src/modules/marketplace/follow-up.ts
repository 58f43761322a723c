import { TZDate } from '@date-fns/tz'
import { hashToken, newSecretToken } from '../../platform/auth/tokens.ts'
import type { Db } from '../../platform/db/database.ts'
import { claimJobRun, recordJobRunDetails } from '../../platform/jobs/job-runs.ts'
import { translator } from '../../platform/i18n/translate.ts'
import { enqueueMail, isMailAddress } from '../../platform/mail/outbox.ts'
import type { Tenant } from '../../platform/tenancy/tenant-table.ts'
import { calendarDayInAmsterdam, type CalendarDay } from '../../platform/time/calendar-day.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { listParties, type PartyView } from './party-queries.ts'
import { FOLLOW_UP_MONTHS, type FollowUpAnswer } from './vocabulary.ts'

/** The name under which the follow-up records its runs in `job_runs`. */
export const MARKETPLACE_FOLLOW_UP_JOB = 'marketplaceFollowUp'

/** Agreements made at or before this instant are due: the same clock time, three calendar months earlier in the Netherlands. */
export function followUpCutoff(now: Date): Date {
  const local = new TZDate(now.getTime(), 'Europe/Amsterdam')
  local.setMonth(local.getMonth() - FOLLOW_UP_MONTHS)
  return new Date(local.getTime())
}

export type FollowUpOutcome = { day: CalendarDay; status: 'alreadyDone' } | { day: CalendarDay; status: 'done'; mails: number; skipped: number }

/**
 * Asks the contact person of each party of every agreement made three months ago or longer whether
 * it was kept, by mail with a single-use link. Each agreement and party is asked once, ever: the
 * follow-up row (unique per agreement and party) is written in the same transaction as the mail,
 * so a failed run leaves nothing and the next one tries again. A contact person whose account was
 * deleted, or whose address cannot be mailed, is not asked.
 */
export async function sendMarketplaceFollowUps(db: Db, tenant: Pick<Tenant, 'id' | 'name'>, clock: Clock, baseUrl: URL): Promise<FollowUpOutcome> {
  const now = clock.now()
  const today = calendarDayInAmsterdam(now)
  return db.transaction().execute(async (trx): Promise<FollowUpOutcome> => {
    if (!(await claimJobRun(trx, MARKETPLACE_FOLLOW_UP_JOB, tenant.id, today, now))) return { day: today, status: 'alreadyDone' }
    const due = await trx
      .selectFrom('marketplace_agreements as agreement')
      .innerJoin('marketplace_events as event', 'event.id', 'agreement.event_id')
      .innerJoin('marketplace_parties as party', (join) => join.on((eb) => eb.or([eb('party.id', '=', eb.ref('agreement.giver_party_id')), eb('party.id', '=', eb.ref('agreement.receiver_party_id'))])))
      .innerJoin('people as contact', 'contact.id', 'party.contact_person_id')
      .select([
        'agreement.id as agreementId', 'agreement.event_id as eventId', 'agreement.giver_party_id as giverId', 'agreement.receiver_party_id as receiverId', 'agreement.description',
        'event.title as eventTitle', 'party.id as partyId', 'party.locale', 'contact.email', 'contact.deleted_at as contactDeletedAt',
      ])
      .where('agreement.tenant_id', '=', tenant.id)
      .where('agreement.created_at', '<=', followUpCutoff(now))
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('marketplace_follow_ups as asked').select('asked.id').whereRef('asked.agreement_id', '=', 'agreement.id').whereRef('asked.party_id', '=', 'party.id'))),
      )
      .orderBy('agreement.id')
      .orderBy('party.id')
      .execute()

    const names = new Map<number, PartyView[]>()
    const nameOf = async (eventId: number, partyId: number, locale: 'nl' | 'en') => {
      if (!names.has(eventId)) names.set(eventId, await listParties(trx, eventId))
      return names.get(eventId)!.find((party) => party.id === partyId)?.name ?? translator(locale)('marketplace.party.unknown')
    }
    let mails = 0
    let skipped = 0
    for (const row of due) {
      if (row.contactDeletedAt !== null || !isMailAddress(row.email)) {
        skipped += 1
        continue
      }
      const { token, hash } = newSecretToken()
      const inserted = await trx
        .insertInto('marketplace_follow_ups')
        .values({ agreement_id: row.agreementId, party_id: row.partyId, token_hash: hash, sent_at: now })
        .onConflict((oc) => oc.columns(['agreement_id', 'party_id']).doNothing())
        .returning('id')
        .executeTakeFirst()
      if (!inserted) continue
      const link = new URL('/beursvloer/terugblik', baseUrl)
      link.searchParams.set('token', token)
      await enqueueMail(trx, {
        tenantId: tenant.id,
        to: row.email,
        template: 'marketplaceFollowUp',
        locale: row.locale,
        params: {
          tenantName: tenant.name,
          eventTitle: row.eventTitle,
          giverName: await nameOf(row.eventId, row.giverId, row.locale),
          receiverName: await nameOf(row.eventId, row.receiverId, row.locale),
          description: row.description,
          link: link.href,
        },
      })
      mails += 1
    }
    await recordJobRunDetails(trx, MARKETPLACE_FOLLOW_UP_JOB, tenant.id, today, { due: due.length, mails, skipped })
    return { day: today, status: 'done', mails, skipped }
  })
}

export interface FollowUpView {
  id: number
  answer: FollowUpAnswer | null
  answeredAt: Date | null
  eventTitle: string
  eventSlug: string
  description: string
  giverName: string
  receiverName: string
  counterPerformance: string
}

/** The follow-up a link stands for, in this municipality; undefined for a token that was never given. */
export async function findFollowUp(db: Db, tenantId: number, token: string): Promise<FollowUpView | undefined> {
  if (!token || token.length > 200) return undefined
  const row = await db
    .selectFrom('marketplace_follow_ups as followUp')
    .innerJoin('marketplace_agreements as agreement', 'agreement.id', 'followUp.agreement_id')
    .innerJoin('marketplace_events as event', 'event.id', 'agreement.event_id')
    .select([
      'followUp.id', 'followUp.answer', 'followUp.answered_at', 'event.id as eventId', 'event.title', 'event.slug', 'agreement.description', 'agreement.counter_performance',
      'agreement.giver_party_id', 'agreement.receiver_party_id',
    ])
    .where('followUp.token_hash', '=', hashToken(token))
    .where('event.tenant_id', '=', tenantId)
    .executeTakeFirst()
  if (!row) return undefined
  const parties = await listParties(db, row.eventId)
  const name = (id: number) => parties.find((party) => party.id === id)?.name ?? ''
  return {
    id: row.id, answer: row.answer, answeredAt: row.answered_at, eventTitle: row.title, eventSlug: row.slug, description: row.description,
    giverName: name(row.giver_party_id), receiverName: name(row.receiver_party_id), counterPerformance: row.counter_performance,
  }
}

/** Records the answer once: a second use of the same link changes nothing. */
export async function answerFollowUp(db: Db, followUpId: number, answer: FollowUpAnswer, comment: string, now: Date): Promise<'answered' | 'used'> {
  const updated = await db.updateTable('marketplace_follow_ups').set({ answer, comment, answered_at: now }).where('id', '=', followUpId).where('answered_at', 'is', null).executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1 ? 'answered' : 'used'
}
