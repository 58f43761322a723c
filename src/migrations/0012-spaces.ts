import { sql, type Kysely } from 'kysely'

/**
 * Spaces that owners offer for neighbourhood use (the Makelpunt), with weekly opening windows,
 * closed periods and photos, and the booking requests people send for them. Overlapping accepted
 * bookings are prevented by locking the space row while accepting (no btree_gist exclusion
 * constraint: only pg_trgm may be assumed on both databases).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table spaces (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      owner_id bigint not null references people(id),
      -- Set when an organisation offers the space; the owner is then its contact person.
      organisation_id bigint references organisations(id) on delete set null,
      name text not null check (length(name) between 3 and 120),
      description text not null default '' check (length(description) <= 5000),
      address text not null check (length(address) between 3 and 200),
      area_id bigint not null references areas(id),
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      capacity integer not null check (capacity between 1 and 10000),
      accessibility text[] not null default '{}' check (accessibility <@ array['wheelchair', 'accessibleToilet', 'hearingLoop']::text[]),
      facilities text[] not null default '{}' check (facilities <@ array['kitchen', 'beamer', 'wifi', 'tablesAndChairs', 'outdoorSpace', 'parking', 'soundSystem', 'coffeeAndTea', 'storage', 'stage']::text[]),
      price_kind text not null check (price_kind in ('free', 'perPartOfDay')),
      price_cents integer check (price_cents between 0 and 1000000),
      price_note text not null default '' check (length(price_note) <= 500),
      visibility text not null default 'listed' check (visibility in ('listed', 'unlisted')),
      hidden_at timestamptz,
      hidden_reason text check (length(hidden_reason) <= 1000),
      hidden_by bigint references people(id),
      locale text not null default 'nl' check (locale in ('nl', 'en')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      search_document tsvector generated always as (
        setweight(to_tsvector('dutch', name), 'A') ||
        setweight(to_tsvector('dutch', description), 'B') ||
        setweight(to_tsvector('dutch', address), 'C')
      ) stored,
      check ((latitude is null) = (longitude is null)),
      check ((price_kind = 'free') = (price_cents is null)),
      check ((hidden_at is null) = (hidden_reason is null))
    );
    create index spaces_listed on spaces (tenant_id, area_id, capacity) where visibility = 'listed' and hidden_at is null;
    create index spaces_owner on spaces (owner_id);
    create index spaces_search_document on spaces using gin (search_document);
    create index spaces_search_words on spaces using gin ((name || ' ' || description) gin_trgm_ops);

    create table space_windows (
      id bigint generated always as identity primary key,
      space_id bigint not null references spaces(id) on delete cascade,
      weekday smallint not null check (weekday between 1 and 7),
      start_minute smallint not null check (start_minute between 0 and 1439),
      end_minute smallint not null check (end_minute between 1 and 1440),
      check (end_minute > start_minute)
    );
    create index space_windows_space on space_windows (space_id, weekday);

    create table space_closures (
      id bigint generated always as identity primary key,
      space_id bigint not null references spaces(id) on delete cascade,
      starts_on date not null,
      ends_on date not null,
      reason text not null default '' check (length(reason) <= 200),
      check (ends_on >= starts_on)
    );
    create index space_closures_space on space_closures (space_id, ends_on);

    create table space_photos (
      id bigint generated always as identity primary key,
      space_id bigint not null references spaces(id) on delete cascade,
      content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp')),
      size_bytes integer not null check (size_bytes between 1 and 5242880),
      content bytea not null,
      alt_text text not null check (length(alt_text) between 1 and 200),
      uploaded_by bigint references people(id),
      created_at timestamptz not null default now()
    );
    create index space_photos_space on space_photos (space_id, id);

    create table space_bookings (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      space_id bigint not null references spaces(id) on delete cascade,
      requester_id bigint not null references people(id),
      initiative_id bigint references initiatives(id) on delete set null,
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      people_count integer not null check (people_count between 1 and 10000),
      purpose text not null check (length(purpose) between 3 and 1000),
      status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'cancelled')),
      decision_reason text check (length(decision_reason) <= 1000),
      decided_at timestamptz,
      cancelled_at timestamptz,
      locale text not null default 'nl' check (locale in ('nl', 'en')),
      created_at timestamptz not null default now(),
      check (ends_at > starts_at),
      check ((status = 'cancelled') = (cancelled_at is not null))
    );
    create index space_bookings_accepted on space_bookings (space_id, starts_at) where status = 'accepted';
    create index space_bookings_space on space_bookings (space_id, status, starts_at);
    create index space_bookings_requester on space_bookings (requester_id, starts_at desc);
  `.execute(db)
}
