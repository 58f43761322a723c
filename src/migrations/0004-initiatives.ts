import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<unknown>): Promise<void> {
  // pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it without superuser rights.
  await sql`create extension if not exists pg_trgm`.execute(db)
  await sql`
    create table initiatives (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      title text not null check (length(title) between 3 and 120),
      summary text not null check (length(summary) between 10 and 300),
      description text not null check (length(description) <= 10000),
      area_id bigint references areas(id),
      latitude double precision check (latitude between -90 and 90),
      longitude double precision check (longitude between -180 and 180),
      initiator_kind text not null check (initiator_kind in
        ('resident', 'residentGroup', 'entrepreneur', 'association', 'school', 'careOrganisation', 'other')),
      status text not null default 'unconfirmed' check (status in
        ('unconfirmed', 'new', 'inConversation', 'underWay', 'realised', 'stopped', 'referred', 'withdrawn')),
      publication text not null default 'private' check (publication in
        ('private', 'pendingReview', 'changesRequested', 'published', 'rejected')),
      publication_note text check (length(publication_note) <= 2000),
      publish_description boolean not null default false,
      initiator_id bigint references people(id),
      broker_id bigint references people(id),
      contact_name text not null check (length(contact_name) between 1 and 120),
      contact_email text not null check (length(contact_email) between 3 and 254),
      contact_phone text check (length(contact_phone) <= 30),
      government_role text check (government_role in ('letGo', 'facilitate', 'stimulate', 'direct', 'regulate')),
      outcome jsonb,
      -- A key the form carries once: a second submit of the same form finds the first initiative.
      submission_key text not null check (length(submission_key) between 16 and 64),
      created_at timestamptz not null default now(),
      confirmed_at timestamptz,
      last_activity_at timestamptz not null default now(),
      unique (tenant_id, submission_key)
    );
    create index initiatives_tenant_status on initiatives (tenant_id, status);
    create index initiatives_broker on initiatives (broker_id, status);
    create index initiatives_area on initiatives (area_id);
    create index initiatives_public on initiatives (tenant_id, publication, id desc);
    create index initiatives_title_trgm on initiatives using gin (title gin_trgm_ops);

    create table initiative_themes (
      initiative_id bigint not null references initiatives(id) on delete cascade,
      theme_id bigint not null references themes(id),
      primary key (initiative_id, theme_id)
    );
    create index initiative_themes_theme on initiative_themes (theme_id);

    create table initiative_needs (
      id bigint generated always as identity primary key,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      kind text not null check (kind in ('contacts', 'advice', 'rules', 'space', 'money', 'volunteers', 'knowledge', 'materials', 'publicity')),
      explanation text not null check (length(explanation) between 1 and 1000),
      status text not null default 'open' check (status in ('open', 'answered', 'notPossible')),
      answer text check (length(answer) <= 2000),
      answered_at timestamptz,
      unique (initiative_id, kind)
    );
    create index initiative_needs_kind on initiative_needs (kind, status);

    create table initiative_confirmations (
      token_hash text primary key,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      expires_at timestamptz not null,
      used_at timestamptz
    );

    create table journal_entries (
      id bigint generated always as identity primary key,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      author_id bigint references people(id),
      kind text not null check (kind in ('note', 'contact', 'message', 'update')),
      visibility text not null check (visibility in ('internal', 'shared', 'public')),
      body text not null check (length(body) between 1 and 5000),
      created_at timestamptz not null default now()
    );
    create index journal_entries_initiative on journal_entries (initiative_id, created_at);

    create table promises (
      id bigint generated always as identity primary key,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      made_by bigint references people(id),
      kind text not null default 'other' check (kind in ('firstContact', 'other')),
      description text not null check (length(description) between 3 and 500),
      due_on date not null,
      status text not null default 'open' check (status in ('open', 'kept', 'renegotiated', 'broken')),
      replaces_id bigint references promises(id),
      created_at timestamptz not null default now(),
      resolved_at timestamptz
    );
    create index promises_due on promises (status, due_on);
    create index promises_initiative on promises (initiative_id);

    create table government_role_changes (
      id bigint generated always as identity primary key,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      role text not null check (role in ('letGo', 'facilitate', 'stimulate', 'direct', 'regulate')),
      reason text not null check (length(reason) between 3 and 2000),
      changed_by bigint references people(id),
      changed_at timestamptz not null default now()
    );

    create table support_assessments (
      id bigint generated always as identity primary key,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      answers jsonb not null,
      assessed_by bigint references people(id),
      assessed_at timestamptz not null default now()
    );

    create table obstacles (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      initiative_id bigint not null references initiatives(id) on delete cascade,
      rule text not null check (length(rule) between 3 and 300),
      department text not null default '' check (length(department) <= 200),
      what_happened text not null check (length(what_happened) between 3 and 3000),
      delay_days integer not null default 0 check (delay_days between 0 and 3650),
      suggested_change text not null default '' check (length(suggested_change) <= 3000),
      recorded_by bigint references people(id),
      created_at timestamptz not null default now()
    );
    create index obstacles_tenant on obstacles (tenant_id, created_at desc);

    create table connections (
      id bigint generated always as identity primary key,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      kind text not null check (kind in ('person', 'organisation', 'initiative', 'department', 'fund', 'space', 'other')),
      description text not null check (length(description) between 3 and 1000),
      url text check (url ~ '^https?://' and length(url) <= 500),
      made_by bigint references people(id),
      created_at timestamptz not null default now()
    );

    create table attachments (
      id bigint generated always as identity primary key,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      journal_entry_id bigint references journal_entries(id) on delete cascade,
      file_name text not null check (length(file_name) between 1 and 200),
      content_type text not null check (content_type in ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
      size_bytes integer not null check (size_bytes between 1 and 5242880),
      content bytea not null,
      uploaded_by bigint references people(id),
      created_at timestamptz not null default now()
    );

    create table initiative_followers (
      initiative_id bigint not null references initiatives(id) on delete cascade,
      person_id bigint not null references people(id) on delete cascade,
      unsubscribe_token_hash text not null unique,
      created_at timestamptz not null default now(),
      primary key (initiative_id, person_id)
    );

    -- When someone last looked at a case, so the inbox can mark what is new for them.
    create table case_reads (
      person_id bigint not null references people(id) on delete cascade,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      read_at timestamptz not null default now(),
      primary key (person_id, initiative_id)
    );
  `.execute(db)
}
