import type { ColumnType } from 'kysely'
import type { Db } from '../db/database.ts'
import type { CalendarDay } from '../time/calendar-day.ts'

/** `job_runs` (migration 0005): which daily job ran for which municipality on which day. */
export interface JobRunTable {
  job: string
  tenant_id: number
  /** A calendar day, YYYY-MM-DD. */
  run_on: string
  details: ColumnType<Record<string, unknown>, string | undefined, string>
  finished_at: ColumnType<Date, Date | undefined, Date>
}

/**
 * Marks `job` as done for this municipality and day, inside the caller's transaction. True when this
 * caller is the one who claimed it; false when it was done already (or is being done right now by
 * another instance, whose transaction then decides: if it commits we get false, if it rolls back we
 * get the claim). Pass the transaction that also does the job's work, so both commit or neither.
 */
export async function claimJobRun(trx: Db, job: string, tenantId: number, day: CalendarDay, at: Date): Promise<boolean> {
  const claimed = await trx
    .insertInto('job_runs')
    .values({ job, tenant_id: tenantId, run_on: day, finished_at: at })
    .onConflict((oc) => oc.columns(['job', 'tenant_id', 'run_on']).doNothing())
    .returning('job')
    .executeTakeFirst()
  return claimed !== undefined
}

/** Stores what a claimed run did (e.g. how many mails it queued), for people looking at the database. */
export async function recordJobRunDetails(trx: Db, job: string, tenantId: number, day: CalendarDay, details: Record<string, unknown>): Promise<void> {
  await trx
    .updateTable('job_runs')
    .set({ details: JSON.stringify(details) })
    .where('job', '=', job)
    .where('tenant_id', '=', tenantId)
    .where('run_on', '=', day)
    .execute()
}
