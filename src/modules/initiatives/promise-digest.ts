import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { claimJobRun, recordJobRunDetails } from '../../platform/jobs/job-runs.ts'
import { enqueueMail, isMailAddress } from '../../platform/mail/outbox.ts'
import type { PromiseDigestGroup, PromiseDigestItem, PromiseDigestParams } from '../../platform/mail/templates/promise-digest.ts'
import type { Tenant } from '../../platform/tenancy/tenant-table.ts'
import { calendarDayInAmsterdam, compareDays, type CalendarDay } from '../../platform/time/calendar-day.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { formatDay } from '../../platform/time/format.ts'
import { addWorkingDays, isWorkingDay } from '../../platform/time/working-days.ts'
import type { PromiseRow } from './initiative-tables.ts'
import { openStatuses } from './vocabulary.ts'

/** The name under which the digest records its runs in `job_runs`. */
export const PROMISE_DIGEST_JOB = 'promiseDigest'

/** How many working days ahead a promise counts as "due soon" in the digest. */
export const DUE_SOON_WORKING_DAYS = 2

/**
 * A mail lists at most this many promises per broker and list (the earliest due), with the full
 * count: a coordinator of a large municipality would otherwise get every overdue promise of every
 * broker in one mail, and the digest would hold them all in memory. The caseload has the rest.
 */
export const DIGEST_ITEMS_PER_BROKER = 10

/**
 * People have no language preference yet, so staff mails are Dutch, the municipality's language.
 * When a preference exists, pass it per recipient instead.
 */
const DIGEST_LOCALE: Locale = 'nl'

/** An open promise with what the digest needs of its case. */
export interface CasePromise {
  id: number
  description: string
  dueOn: CalendarDay
  initiativeId: number
  initiativeTitle: string
  brokerId: number | null
  /** Display name, or e-mail address when the broker has none; null when nobody is assigned. */
  brokerName: string | null
  /** How many promises this broker has in the same list, of which these are the earliest due. */
  brokerTotal: number
}

/**
 * Overdue: still open, and its due day lies before `today` (the day in the Netherlands, see
 * `calendarDayInAmsterdam`). A promise due today is not overdue yet; the day is the broker's.
 */
export function isOverdue(promise: Pick<PromiseRow, 'status' | 'due_on'>, today: CalendarDay): boolean {
  return promise.status === 'open' && compareDays(promise.due_on, today) < 0
}

/**
 * Open promises on the municipality's open cases (new, in conversation, under way) due within the
 * given days, earliest due first: per broker the first `perBroker`, each with the broker's total.
 */
async function openCasePromises(db: Db, tenantId: number, due: { before?: CalendarDay; from?: CalendarDay; until?: CalendarDay }, perBroker: number): Promise<CasePromise[]> {
  const order = sql`order by promises.due_on, initiatives.id, promises.id`
  const rows = await db
    .selectFrom((eb) =>
      eb
        .selectFrom('promises')
        .innerJoin('initiatives', 'initiatives.id', 'promises.initiative_id')
        .leftJoin('people as broker', 'broker.id', 'initiatives.broker_id')
        .select((inner) => [
          'promises.id',
          'promises.description',
          'promises.due_on as dueOn',
          'initiatives.id as initiativeId',
          'initiatives.title as initiativeTitle',
          'initiatives.broker_id as brokerId',
          inner.fn.coalesce(inner.fn('nullif', ['broker.display_name', inner.val('')]), 'broker.email').$castTo<string | null>().as('brokerName'),
          sql<number>`count(*) over (partition by initiatives.broker_id)::int`.as('brokerTotal'),
          sql<number>`row_number() over (partition by initiatives.broker_id ${order})`.as('place'),
        ])
        .where('initiatives.tenant_id', '=', tenantId)
        .where('initiatives.status', 'in', openStatuses)
        .where('promises.status', '=', 'open')
        .$if(due.before !== undefined, (query) => query.where('promises.due_on', '<', due.before!))
        .$if(due.from !== undefined, (query) => query.where('promises.due_on', '>=', due.from!))
        .$if(due.until !== undefined, (query) => query.where('promises.due_on', '<=', due.until!))
        .as('ranked'),
    )
    .select(['id', 'description', 'dueOn', 'initiativeId', 'initiativeTitle', 'brokerId', 'brokerName', 'brokerTotal'])
    .where('place', '<=', perBroker)
    .orderBy('dueOn')
    .orderBy('initiativeId')
    .orderBy('id')
    .execute()
  return rows.map((row) => ({ ...row, brokerTotal: Number(row.brokerTotal) }))
}

/**
 * Every overdue promise (see `isOverdue`) on the municipality's open cases. Promises left open on
 * a case that has ended are not chased: the case is closed.
 */
export async function overduePromises(db: Db, tenantId: number, today: CalendarDay, perBroker = DIGEST_ITEMS_PER_BROKER): Promise<CasePromise[]> {
  return openCasePromises(db, tenantId, { before: today }, perBroker)
}

/**
 * Open promises due from `today` up to and including the `workingDays`-th working day after it: on
 * Thursday 24 December 2026 with 2 working days, everything due up to Tuesday the 29th (Christmas,
 * Boxing Day and the weekend do not count), including what falls due on those days off.
 */
export async function promisesDueSoon(db: Db, tenantId: number, today: CalendarDay, workingDays = DUE_SOON_WORKING_DAYS, perBroker = DIGEST_ITEMS_PER_BROKER): Promise<CasePromise[]> {
  return openCasePromises(db, tenantId, { from: today, until: addWorkingDays(today, workingDays) }, perBroker)
}

export type DigestOutcome =
  | { day: CalendarDay; status: 'notWorkingDay' }
  /** Another run (this or another instance, earlier today) already did this day. */
  | { day: CalendarDay; status: 'alreadyDone' }
  | { day: CalendarDay; status: 'done'; mails: number }

interface Recipient {
  id: number
  email: string
}

/**
 * The daily promise digest of one municipality, for the day it is now in the Netherlands:
 *
 * - each broker with overdue or nearly due promises on their open cases gets one mail listing them;
 * - each coordinator gets one mail with all overdue promises, grouped by broker (cases without a
 *   broker under "not assigned yet");
 * - nobody gets a mail when there is nothing to report.
 *
 * Only on working days. Overdue is cumulative, so the first working day after a weekend or holiday
 * covers everything that fell due in between. The day is recorded in `job_runs` in the same
 * transaction as the queued mails: of several instances or restarts, only the one whose record
 * succeeds sends, and if queuing fails nothing is recorded and the next run tries again.
 */
export async function sendPromiseDigests(db: Db, tenant: Tenant, clock: Clock, baseUrl: URL, options: { dueSoonWorkingDays?: number } = {}): Promise<DigestOutcome> {
  const now = clock.now()
  const today = calendarDayInAmsterdam(now)
  if (!isWorkingDay(today)) return { day: today, status: 'notWorkingDay' }
  return db.transaction().execute(async (trx): Promise<DigestOutcome> => {
    if (!(await claimJobRun(trx, PROMISE_DIGEST_JOB, tenant.id, today, now))) return { day: today, status: 'alreadyDone' }

    const overdue = await overduePromises(trx, tenant.id, today)
    const dueSoon = await promisesDueSoon(trx, tenant.id, today, options.dueSoonWorkingDays ?? DUE_SOON_WORKING_DAYS)
    const locale = DIGEST_LOCALE
    const item = (promise: CasePromise): PromiseDigestItem => ({
      initiativeTitle: promise.initiativeTitle,
      promise: promise.description,
      dueOn: formatDay(promise.dueOn, locale),
      link: new URL(`/werk/initiatieven/${promise.initiativeId}`, baseUrl).href,
    })
    const common = { tenantName: tenant.name, day: formatDay(today, locale), link: new URL('/werk', baseUrl).href }
    let mails = 0
    let skipped = 0
    async function send(recipient: Recipient, params: PromiseDigestParams) {
      // An address that cannot be mailed must not stop everyone else's digest.
      if (!isMailAddress(recipient.email)) {
        skipped += 1
        return
      }
      await enqueueMail(trx, { tenantId: tenant.id, to: recipient.email, template: 'promiseDigest', locale, params })
      mails += 1
    }

    const brokerIds = [...new Set([...overdue, ...dueSoon].map((promise) => promise.brokerId).filter((id): id is number => id !== null))]
    const brokers: Recipient[] =
      brokerIds.length === 0
        ? []
        : await trx.selectFrom('people').select(['id', 'email']).where('tenant_id', '=', tenant.id).where('id', 'in', brokerIds).where('deleted_at', 'is', null).orderBy('id').execute()
    const groupOf = (promises: CasePromise[]): PromiseDigestGroup => ({ brokerName: promises[0]?.brokerName ?? null, items: promises.map(item), total: promises[0]?.brokerTotal ?? 0 })
    for (const broker of brokers) {
      const own = overdue.filter((promise) => promise.brokerId === broker.id)
      await send(broker, {
        ...common,
        audience: 'broker',
        overdue: own.length > 0 ? [{ ...groupOf(own), brokerName: null }] : [],
        dueSoon: groupOf(dueSoon.filter((promise) => promise.brokerId === broker.id)),
      })
    }

    if (overdue.length > 0) {
      const byBroker = new Map<number | null, CasePromise[]>()
      for (const promise of overdue) byBroker.set(promise.brokerId, [...(byBroker.get(promise.brokerId) ?? []), promise])
      const groups = new Map([...byBroker].map(([brokerId, promises]) => [brokerId, groupOf(promises)]))
      // By broker name, cases nobody has yet at the end.
      const grouped = [...groups.values()].sort((a, b) => (a.brokerName === null ? 1 : b.brokerName === null ? -1 : a.brokerName.localeCompare(b.brokerName, 'nl')))
      const coordinators = await trx
        .selectFrom('people')
        .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
        .select(['people.id', 'people.email'])
        .where('people.tenant_id', '=', tenant.id)
        .where('people.deleted_at', 'is', null)
        .where('role_assignments.role', '=', 'coordinator')
        .orderBy('people.id')
        .execute()
      for (const coordinator of coordinators) await send(coordinator, { ...common, audience: 'coordinator', overdue: grouped, dueSoon: { brokerName: null, items: [], total: 0 } })
    }

    const counted = (promises: CasePromise[]) => [...new Map(promises.map((promise) => [promise.brokerId, promise.brokerTotal])).values()].reduce((sum, total) => sum + total, 0)
    await recordJobRunDetails(trx, PROMISE_DIGEST_JOB, tenant.id, today, { overdue: counted(overdue), dueSoon: counted(dueSoon), mails, skipped })
    return { day: today, status: 'done', mails }
  })
}
