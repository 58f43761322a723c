import { sql, type Kysely } from 'kysely'

/**
 * One number that changes whenever anything a visitor can see changes. Pages and answers for
 * visitors without a session are kept in memory under the version they were made at, and the
 * municipality of a host name likewise; each request reads the version once. The counter is a row,
 * updated inside the writing transaction, so a reader never sees the new number before the new data
 * (a sequence would be visible before commit and could pin stale pages under the new number).
 * Statement triggers keep bulk writes to one update each.
 */
const watched = [
  'tenants', 'settings', 'areas', 'area_photos', 'themes', 'people', 'role_assignments', 'broker_areas',
  'initiatives', 'initiative_themes', 'initiative_needs', 'journal_entries', 'attachments', 'connections',
  'agenda_items', 'agenda_item_initiatives', 'representative_areas',
  'skills', 'helper_profiles', 'helper_skills', 'helper_areas', 'organisations', 'organisation_offers', 'organisation_contacts',
  'spaces', 'space_photos', 'space_windows', 'space_closures',
]

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table content_version (
      only_row boolean primary key default true check (only_row),
      version bigint not null
    );
    insert into content_version (version) values (1);
    create function bump_content_version() returns trigger language plpgsql as $$
    begin
      update content_version set version = version + 1;
      return null;
    end
    $$;
  `.execute(db)
  for (const table of watched) {
    await sql`
      create trigger ${sql.raw(`${table}_content_version`)} after insert or update or delete or truncate on ${sql.table(table)}
        for each statement execute function bump_content_version()
    `.execute(db)
  }
}
