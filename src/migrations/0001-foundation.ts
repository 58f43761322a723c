import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table tenants (
      id bigint generated always as identity primary key,
      slug text not null unique check (slug ~ '^[a-z0-9-]{2,60}$'),
      name text not null check (length(name) between 1 and 200),
      host_names text[] not null default '{}',
      logo_svg text not null default '',
      colours jsonb not null,
      welcome jsonb not null,
      contact_email text,
      created_at timestamptz not null default now()
    );

    create table areas (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      slug text not null check (slug ~ '^[a-z0-9-]{1,80}$'),
      name text not null check (length(name) between 1 and 200),
      kind text not null check (kind in ('village', 'neighbourhood')),
      population integer not null default 0 check (population >= 0),
      description jsonb not null default '{"nl": "", "en": ""}',
      boundary jsonb not null,
      min_lon double precision not null,
      min_lat double precision not null,
      max_lon double precision not null,
      max_lat double precision not null,
      created_at timestamptz not null default now(),
      unique (tenant_id, slug)
    );

    create table themes (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      slug text not null check (slug ~ '^[a-z0-9-]{1,80}$'),
      name jsonb not null,
      description jsonb not null default '{"nl": "", "en": ""}',
      position integer not null default 0,
      created_at timestamptz not null default now(),
      unique (tenant_id, slug)
    );

    create table settings (
      tenant_id bigint not null references tenants(id),
      key text not null check (key ~ '^[a-z][a-zA-Z0-9.]{0,80}$'),
      value jsonb not null,
      updated_at timestamptz not null default now(),
      primary key (tenant_id, key)
    );

    create table people (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      email text not null check (length(email) between 3 and 254 and email = lower(email)),
      display_name text not null default '' check (length(display_name) <= 120),
      created_at timestamptz not null default now(),
      unique (tenant_id, email)
    );

    create table role_assignments (
      person_id bigint not null references people(id) on delete cascade,
      role text not null check (role in ('resident', 'broker', 'coordinator', 'admin', 'councilMember')),
      granted_at timestamptz not null default now(),
      primary key (person_id, role)
    );
  `.execute(db)
}
