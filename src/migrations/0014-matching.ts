import { sql, type Kysely } from 'kysely'

/**
 * Matching needs to the network: a broker or initiator asks a suggested helper, organisation or
 * space to help with one need; the party accepts or declines in their own session; an accepted
 * request becomes a connection, which later gets its outcome. The explanation shown when asking is
 * kept with the request, so one can see afterwards why this party was asked.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table connections
      add column space_id bigint references spaces(id) on delete set null,
      add column need_id bigint references initiative_needs(id) on delete set null,
      add column outcome text check (outcome in ('helped', 'partly', 'notHelped')),
      add column outcome_note text check (length(outcome_note) <= 1000),
      add column outcome_recorded_at timestamptz;
    create index connections_space on connections (space_id) where space_id is not null;

    create table connection_requests (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      initiative_id bigint not null references initiatives(id) on delete cascade,
      need_id bigint not null references initiative_needs(id) on delete cascade,
      party_kind text not null check (party_kind in ('helper', 'organisation', 'space')),
      helper_person_id bigint references people(id) on delete cascade,
      organisation_id bigint references organisations(id) on delete cascade,
      space_id bigint references spaces(id) on delete cascade,
      -- Who answers: the helper, the organisation's contact person, or the space's owner.
      recipient_id bigint not null references people(id) on delete cascade,
      asked_by bigint references people(id) on delete set null,
      message text not null check (length(message) between 10 and 2000),
      score integer not null,
      reasons jsonb not null,
      status text not null default 'pending' check (status in ('pending', 'accepted', 'declined', 'withdrawn')),
      answer text check (length(answer) <= 1000),
      decided_at timestamptz,
      connection_id bigint references connections(id) on delete set null,
      created_at timestamptz not null default now(),
      check (num_nonnulls(helper_person_id, organisation_id, space_id) = 1),
      check ((party_kind = 'helper') = (helper_person_id is not null)),
      check ((party_kind = 'organisation') = (organisation_id is not null)),
      check ((party_kind = 'space') = (space_id is not null))
    );
    -- One open or accepted request per party and need: asking twice would only nag.
    create unique index connection_requests_once on connection_requests
      (need_id, party_kind, coalesce(helper_person_id, organisation_id, space_id)) where status in ('pending', 'accepted');
    create index connection_requests_recipient on connection_requests (recipient_id, status, created_at desc);
    create index connection_requests_initiative on connection_requests (initiative_id, need_id);
  `.execute(db)
}
