import { sql, type Kysely } from 'kysely'

/**
 * A second counter for pages of signed-in staff (the broker's inbox): it changes with everything the
 * content version watches, and also with promises, read markers and messages, which only such pages
 * show. Kept apart so that a broker opening a case does not empty the visitors' cache.
 */
const watched = ['promises', 'case_reads', 'conversation_participants', 'conversation_messages', 'message_blocks', 'connection_requests']

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table work_version (
      only_row boolean primary key default true check (only_row),
      version bigint not null
    );
    insert into work_version (version) values (1);
    create function bump_work_version() returns trigger language plpgsql as $$
    begin
      update work_version set version = version + 1;
      return null;
    end
    $$;
    create or replace function bump_content_version() returns trigger language plpgsql as $$
    begin
      update content_version set version = version + 1;
      update work_version set version = version + 1;
      return null;
    end
    $$;
  `.execute(db)
  for (const table of watched) {
    await sql`
      create trigger ${sql.raw(`${table}_work_version`)} after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function bump_work_version()
    `.execute(db)
  }
}
