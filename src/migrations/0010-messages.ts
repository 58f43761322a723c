import { sql, type Kysely } from 'kysely'

/**
 * Private messages between people inside Noaber: conversations with their participants and
 * messages, and blocks between people. E-mail addresses never appear here; people contact each
 * other through these tables and get a notification mail from the outbox.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table conversations (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      subject text not null check (length(subject) between 1 and 200),
      -- What the conversation is about (a helper profile, a space, a request): a kind, its id and a
      -- path on this site. All three or none.
      context_kind text check (context_kind ~ '^[a-z][a-zA-Z0-9-]{0,39}$'),
      context_id bigint,
      -- A path on this site only: never another site, nor '//host' or '/\\host' that browsers read as one.
      context_url text check (length(context_url) <= 500 and context_url ~ '^/' and context_url !~ '^//' and context_url !~ '[\\s\\\\]'),
      created_at timestamptz not null default now(),
      last_message_at timestamptz not null default now(),
      check ((context_kind is null) = (context_id is null) and (context_kind is null) = (context_url is null))
    );
    create index conversations_tenant on conversations (tenant_id);

    create table conversation_participants (
      conversation_id bigint not null references conversations(id) on delete cascade,
      person_id bigint not null references people(id),
      -- A copy of conversations.last_message_at, so "my conversations, newest first" is one index range.
      last_message_at timestamptz not null,
      last_read_at timestamptz,
      -- Set when someone else writes while this participant had read everything; cleared on reading.
      -- Counting these is the unread count, and setting it is the moment to send one notification.
      unread_since timestamptz,
      -- The language this participant last used Noaber in, for their notification mails; null: not known yet.
      locale text check (locale in ('nl', 'en')),
      primary key (conversation_id, person_id)
    );
    create index conversation_participants_person on conversation_participants (person_id, last_message_at desc);
    create index conversation_participants_unread on conversation_participants (person_id) where unread_since is not null;

    create table conversation_messages (
      id bigint generated always as identity primary key,
      conversation_id bigint not null references conversations(id) on delete cascade,
      sender_id bigint not null references people(id),
      body text not null check (length(body) between 1 and 5000),
      created_at timestamptz not null default now()
    );
    create index conversation_messages_thread on conversation_messages (conversation_id, id);
    create index conversation_messages_sender on conversation_messages (sender_id);

    create table message_blocks (
      tenant_id bigint not null references tenants(id),
      blocker_id bigint not null references people(id) on delete cascade,
      blocked_id bigint not null references people(id) on delete cascade,
      created_at timestamptz not null default now(),
      primary key (blocker_id, blocked_id),
      check (blocker_id <> blocked_id)
    );
    create index message_blocks_blocked on message_blocks (blocked_id, blocker_id);
  `.execute(db)
}
