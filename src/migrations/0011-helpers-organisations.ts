import { sql, type Kysely } from 'kysely'

/**
 * The municipality's network: a list of skills kept by coordinators, residents who offer their
 * know-how (helper profiles, each with its own visibility), and organisations with contact persons
 * and standing offers. Connections can now name the helper or organisation they were made with, so a
 * helper's page can show what they helped with and matching can learn from earlier help.
 *
 * Search documents of helpers and organisations are written by the service (they draw on skills and
 * offers in other tables), not generated: a renamed skill rewrites the documents of its helpers.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table skills (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      name jsonb not null check (length(name->>'nl') between 2 and 60 and length(coalesce(name->>'en', '')) <= 60),
      -- A retired skill stays on the profiles that have it, but cannot be chosen anew.
      retired_at timestamptz,
      created_at timestamptz not null default now()
    );
    create unique index skills_tenant_name on skills (tenant_id, lower(name->>'nl'));

    create table helper_profiles (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      person_id bigint not null unique references people(id) on delete cascade,
      description text not null check (length(description) between 10 and 1000),
      tags text[] not null default '{}' check (cardinality(tags) <= 10),
      whole_municipality boolean not null default false,
      availability text[] not null check (cardinality(availability) between 1 and 3
        and availability <@ array['weekdayDaytime', 'weekdayEvening', 'weekend']::text[]),
      time_commitment text not null check (time_commitment in ('once', 'nowAndThen', 'regularly')),
      hours_per_month integer check (hours_per_month between 1 and 160),
      visibility text not null check (visibility in ('public', 'members', 'staff', 'hidden')),
      show_contributions boolean not null default true,
      name_shown text not null default 'firstName' check (name_shown in ('fullName', 'firstName')),
      -- The centroid of the first area served, for distances; none when serving the whole municipality.
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      search_document tsvector not null default ''::tsvector,
      search_words text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((latitude is null) = (longitude is null))
    );
    create index helper_profiles_listed on helper_profiles (tenant_id, visibility, id desc);
    create index helper_profiles_search_document on helper_profiles using gin (search_document);
    create index helper_profiles_search_words on helper_profiles using gin (search_words gin_trgm_ops);

    create table helper_skills (
      helper_id bigint not null references helper_profiles(id) on delete cascade,
      skill_id bigint not null references skills(id),
      primary key (helper_id, skill_id)
    );
    create index helper_skills_skill on helper_skills (skill_id);

    create table helper_areas (
      helper_id bigint not null references helper_profiles(id) on delete cascade,
      area_id bigint not null references areas(id) on delete cascade,
      -- The order in which the helper listed the areas; the first one gives their location.
      position smallint not null check (position >= 0),
      primary key (helper_id, area_id)
    );
    create index helper_areas_area on helper_areas (area_id);

    create table organisations (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      slug text not null check (slug ~ '^[a-z0-9-]{1,80}$'),
      name text not null check (length(name) between 2 and 120),
      kind text not null check (kind in ('club', 'business', 'careAndWelfare', 'school', 'church', 'foundation', 'other')),
      description text not null check (length(description) between 10 and 3000),
      website text check (website ~ '^https?://[^\\s]+$' and length(website) <= 300),
      address text not null default '' check (length(address) <= 200),
      area_id bigint references areas(id) on delete set null,
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      visibility text not null default 'public' check (visibility in ('public', 'hidden')),
      created_by bigint references people(id),
      search_document tsvector not null default ''::tsvector,
      search_words text not null default '',
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (tenant_id, slug),
      check ((latitude is null) = (longitude is null))
    );
    create index organisations_listed on organisations (tenant_id, visibility, name);
    create index organisations_area on organisations (area_id);
    create index organisations_search_document on organisations using gin (search_document);
    create index organisations_search_words on organisations using gin (search_words gin_trgm_ops);

    -- Contact persons are Noaber people. Someone added by another is invited and only counts once they accept.
    create table organisation_contacts (
      organisation_id bigint not null references organisations(id) on delete cascade,
      person_id bigint not null references people(id) on delete cascade,
      role_title text not null default '' check (length(role_title) <= 80),
      invited_by bigint references people(id),
      invited_at timestamptz not null default now(),
      accepted_at timestamptz,
      primary key (organisation_id, person_id)
    );
    create index organisation_contacts_person on organisation_contacts (person_id);

    create table organisation_offers (
      id bigint generated always as identity primary key,
      organisation_id bigint not null references organisations(id) on delete cascade,
      kind text not null check (kind in ('money', 'materials', 'people', 'rooms', 'expertise')),
      description text not null check (length(description) between 3 and 500),
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index organisation_offers_organisation on organisation_offers (organisation_id);
    create index organisation_offers_kind on organisation_offers (kind) where active;

    alter table connections
      add column helper_person_id bigint references people(id),
      add column organisation_id bigint references organisations(id);
    create index connections_helper_person on connections (helper_person_id) where helper_person_id is not null;
    create index connections_organisation on connections (organisation_id) where organisation_id is not null;
  `.execute(db)
}
