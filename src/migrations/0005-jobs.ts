import { sql, type Kysely } from 'kysely'

/**
 * Scheduled jobs: one row per job, municipality and day it ran. The primary key makes "did this
 * day's run happen?" a question the database answers for every instance at once: the instance whose
 * insert succeeds does the work, in the same transaction (see src/platform/jobs/job-runs.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table job_runs (
      job text not null check (job ~ '^[a-z][a-zA-Z0-9.]{0,80}$'),
      tenant_id bigint not null references tenants(id),
      run_on date not null,
      details jsonb not null default '{}',
      finished_at timestamptz not null default now(),
      primary key (job, tenant_id, run_on)
    );
  `.execute(db)
}
