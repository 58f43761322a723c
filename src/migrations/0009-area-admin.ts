import { sql, type Kysely } from 'kysely'

/**
 * Administering neighbourhoods and villages: one photo per area with its alt text, kept apart from
 * `areas` so that listing areas never drags the bytes along; and boundary imports waiting for the
 * admin's confirmation, stored here (not in the browser) so that what is confirmed is exactly what
 * was checked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table area_photos (
      area_id bigint primary key references areas(id) on delete cascade,
      content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
      size_bytes integer not null check (size_bytes between 1 and 5242880),
      content bytea not null,
      alt jsonb not null,
      updated_at timestamptz not null default now()
    );

    create table area_imports (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      person_id bigint not null references people(id) on delete cascade,
      token_hash text not null unique,
      file_name text not null check (length(file_name) <= 200),
      source_crs text not null check (source_crs in ('wgs84', 'rdNew')),
      areas jsonb not null,
      created_at timestamptz not null default now()
    );
    create index area_imports_tenant_created on area_imports (tenant_id, created_at);
  `.execute(db)
}
