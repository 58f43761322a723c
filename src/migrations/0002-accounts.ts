import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table people
      add column phone text check (phone is null or length(phone) <= 30),
      add column show_name_publicly boolean not null default false,
      add column password_hash text,
      add column deleted_at timestamptz;

    create table sessions (
      id bigint generated always as identity primary key,
      token_hash text not null unique,
      person_id bigint not null references people(id) on delete cascade,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_person on sessions (person_id);

    -- One-time links: resident sign-in and staff invitations. Only a hash of the token is kept.
    create table sign_in_tokens (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      token_hash text not null unique,
      purpose text not null check (purpose in ('signIn', 'invitation')),
      email text not null,
      expires_at timestamptz not null,
      used_at timestamptz,
      created_at timestamptz not null default now()
    );

    create table rate_limit_counters (
      key text not null,
      window_start timestamptz not null,
      hits integer not null default 0,
      primary key (key, window_start)
    );

    create table broker_areas (
      person_id bigint not null references people(id) on delete cascade,
      area_id bigint not null references areas(id) on delete cascade,
      primary key (person_id, area_id)
    );
    create table broker_themes (
      person_id bigint not null references people(id) on delete cascade,
      theme_id bigint not null references themes(id) on delete cascade,
      primary key (person_id, theme_id)
    );

    create table api_tokens (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      name text not null check (length(name) between 1 and 100),
      role text not null check (role in ('broker', 'coordinator', 'admin', 'councilMember')),
      token_hash text not null unique,
      created_by bigint references people(id) on delete set null,
      created_at timestamptz not null default now(),
      last_used_at timestamptz,
      revoked_at timestamptz
    );

    create table audit_events (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      actor_id bigint references people(id),
      actor_label text not null,
      action text not null,
      object_type text not null,
      object_id text not null,
      before jsonb,
      after jsonb,
      created_at timestamptz not null default now()
    );
    create index audit_events_tenant_time on audit_events (tenant_id, created_at desc);

    -- The audit log is append-only, also for anyone with direct database access through the app's role.
    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end
    $$;
    create trigger audit_events_no_update before update or delete on audit_events
      for each row execute function audit_events_append_only();
  `.execute(db)
}
