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

// `job_runs` is spelled out here as well as in the Schema, so this file also type-checks on its own.
const withJobRuns = (db: Db) => db.withTables<{ job_runs: JobRunTable }>()

/**
 * Marks `job` as done for this municipality and day, inside the caller's transaction. True when this
 * caller is the one who claimed it; false when it was done already (or is being done right now by
 * another instance, whose transaction then decides: if it commits we get false, if it rolls back we
 * get the claim). Pass the transaction that also does the job's work, so both commit or neither.
 */
export async function claimJobRun(trx: Db, job: string, tenantId: number, day: CalendarDay, at: Date): Promise<boolean> {
  const claimed = await withJobRuns(trx)
    .insertInto('job_runs')
    .values({ job, tenant_id: tenantId, run_on: day, finished_at: at })
    .onConflict((oc) => oc.columns(['job', 'tenant_id', 'run_on']).doNothing())
    .returning('job')
    .executeTakeFirst()
  return claimed !== undefined
}

/** Stores what a claimed run did (e.g. how many mails it queued), for people looking at the database. */
export async function recordJobRunDetails(trx: Db, job: string, tenantId: number, day: CalendarDay, details: Record<string, unknown>): Promise<void> {
  await withJobRuns(trx)
    .updateTable('job_runs')
    .set({ details: JSON.stringify(details) })
    .where('job', '=', job)
    .where('tenant_id', '=', tenantId)
    .where('run_on', '=', day)
    .execute()
}

/** Whether `job` already ran for this municipality on `day`. */
export async function hasJobRun(db: Db, job: string, tenantId: number, day: CalendarDay): Promise<boolean> {
  const row = await withJobRuns(db).selectFrom('job_runs').select('job').where('job', '=', job).where('tenant_id', '=', tenantId).where('run_on', '=', day).executeTakeFirst()
  return row !== undefined
}
