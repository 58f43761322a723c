import { sql, type Kysely } from 'kysely'

/**
 * Small requests and offers between neighbours ("lend a ladder", "I can shop on Saturdays"), the
 * responses to them, and reports of abuse that coordinators act on.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table neighbour_posts (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      author_id bigint not null references people(id),
      kind text not null check (kind in ('request', 'offer')),
      category text not null check (category in ('chores', 'lending', 'transport', 'company', 'shopping', 'garden', 'computer', 'other')),
      title text not null check (length(title) between 3 and 100),
      description text not null check (length(description) between 1 and 2000),
      area_id bigint not null references areas(id),
      needed_by date,
      status text not null default 'open' check (status in ('open', 'closed')),
      close_reason text check (close_reason in ('workedOut', 'noLongerNeeded')),
      closed_at timestamptz,
      hidden_at timestamptz,
      hidden_reason text check (length(hidden_reason) <= 1000),
      hidden_by bigint references people(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      check ((status = 'closed') = (closed_at is not null and close_reason is not null)),
      check ((hidden_at is null) = (hidden_reason is null))
    );
    create index neighbour_posts_listed on neighbour_posts (tenant_id, created_at desc) where hidden_at is null;
    create index neighbour_posts_author on neighbour_posts (author_id, created_at desc);

    -- conversation_id points into the messages module's tables; that module owns their life cycle.
    create table neighbour_post_responses (
      id bigint generated always as identity primary key,
      post_id bigint not null references neighbour_posts(id) on delete cascade,
      responder_id bigint not null references people(id),
      message text not null check (length(message) between 1 and 1000),
      conversation_id bigint,
      created_at timestamptz not null default now(),
      unique (post_id, responder_id)
    );
    create index neighbour_post_responses_responder on neighbour_post_responses (responder_id);

    create table neighbour_post_reports (
      id bigint generated always as identity primary key,
      post_id bigint not null references neighbour_posts(id) on delete cascade,
      reporter_id bigint not null references people(id),
      reason text not null check (reason in ('spam', 'offensive', 'unsafe', 'commercial', 'other')),
      note text not null default '' check (length(note) <= 1000),
      status text not null default 'open' check (status in ('open', 'dismissed', 'upheld')),
      decided_by bigint references people(id),
      decided_at timestamptz,
      created_at timestamptz not null default now(),
      unique (post_id, reporter_id)
    );
    create index neighbour_post_reports_open on neighbour_post_reports (post_id) where status = 'open';
  `.execute(db)
}
