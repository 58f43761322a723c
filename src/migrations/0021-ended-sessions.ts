import { sql, type Kysely } from 'kysely'

/**
 * The app process remembers who a session belongs to for as long as the work version stays the
 * same (see platform/auth/session.ts). People and their roles already move it; an ended session
 * (signed out, expired, every session of a deleted account) must too, so that a session ended in
 * one process is refused by all at their next request. Only deletes: writing last_seen_at would
 * otherwise empty every cache once a minute per active person.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create trigger sessions_work_version after delete or truncate on sessions
      for each statement execute function bump_work_version()
  `.execute(db)
}
