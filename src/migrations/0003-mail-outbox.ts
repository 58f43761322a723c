import { sql, type Kysely } from 'kysely'

/** The transactional mail outbox: see src/platform/mail/. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table mail_outbox (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      recipient text not null check (length(recipient) between 3 and 254),
      template text not null check (template ~ '^[a-z][a-zA-Z0-9]{0,80}$'),
      locale text not null check (locale in ('nl', 'en')),
      params jsonb not null default '{}',
      status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
      attempts integer not null default 0 check (attempts >= 0),
      next_attempt_at timestamptz not null default now(),
      locked_until timestamptz,
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );

    create index mail_outbox_due on mail_outbox (status, next_attempt_at);
    create index mail_outbox_tenant on mail_outbox (tenant_id);
  `.execute(db)
}
