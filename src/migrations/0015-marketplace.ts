import { sql, type Kysely } from 'kysely'

/**
 * Marketplace events (*maatschappelijke beursvloer*): a coordinator organises an event; parties
 * (organisations, initiatives or resident groups) register beforehand with what they offer and what
 * they ask; every request carries a counter-offer ("geven en geven"), which the database enforces
 * too. During the event agreements are recorded between two parties of that event (a composite
 * foreign key keeps both in the same event); three months later each party is asked once whether
 * the agreement was kept, through a single-use link of which only the hash is stored.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table marketplace_events (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      slug text not null check (slug ~ '^[a-z0-9-]{1,80}$'),
      title text not null check (length(title) between 3 and 120),
      description text not null check (length(description) between 10 and 5000),
      place text not null check (length(place) between 3 and 200),
      starts_at timestamptz not null,
      ends_at timestamptz not null,
      -- The moment registration closes: the end of the last day people may register.
      registration_closes_at timestamptz not null,
      status text not null default 'draft' check (status in ('draft', 'open', 'closed', 'held')),
      created_by bigint references people(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (tenant_id, slug),
      check (ends_at > starts_at),
      check (registration_closes_at <= starts_at)
    );
    create index marketplace_events_tenant on marketplace_events (tenant_id, starts_at desc);

    create table marketplace_parties (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      event_id bigint not null references marketplace_events(id) on delete cascade,
      kind text not null check (kind in ('organisation', 'initiative', 'residentGroup')),
      organisation_id bigint references organisations(id),
      initiative_id bigint references initiatives(id),
      group_name text check (length(group_name) between 2 and 120),
      -- The person who registered the party: they keep its listings and get the follow-ups.
      contact_person_id bigint not null references people(id),
      locale text not null default 'nl' check (locale in ('nl', 'en')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (id, event_id),
      check ((kind = 'organisation') = (organisation_id is not null)),
      check ((kind = 'initiative') = (initiative_id is not null)),
      check ((kind = 'residentGroup') = (group_name is not null))
    );
    -- A party registers once per event.
    create unique index marketplace_parties_organisation on marketplace_parties (event_id, organisation_id) where organisation_id is not null;
    create unique index marketplace_parties_initiative on marketplace_parties (event_id, initiative_id) where initiative_id is not null;
    create unique index marketplace_parties_group on marketplace_parties (event_id, lower(group_name)) where group_name is not null;
    create index marketplace_parties_contact on marketplace_parties (contact_person_id);

    create table marketplace_listings (
      id bigint generated always as identity primary key,
      party_id bigint not null references marketplace_parties(id) on delete cascade,
      type text not null check (type in ('offer', 'request')),
      kind text not null check (kind in ('money', 'materials', 'people', 'rooms', 'expertise', 'other')),
      description text not null check (length(description) between 3 and 1000),
      value_cents integer check (value_cents between 0 and 100000000),
      -- What the party gives in return for a request: giving and giving.
      counter_offer text check (length(counter_offer) <= 1000),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      constraint marketplace_request_has_counter_offer check (type = 'offer' or length(btrim(coalesce(counter_offer, ''))) >= 3),
      check (type = 'request' or counter_offer is null)
    );
    create index marketplace_listings_party on marketplace_listings (party_id, type, id);

    create table marketplace_agreements (
      id bigint generated always as identity primary key,
      tenant_id bigint not null references tenants(id),
      event_id bigint not null references marketplace_events(id) on delete cascade,
      giver_party_id bigint not null,
      receiver_party_id bigint not null,
      listing_id bigint references marketplace_listings(id) on delete set null,
      kind text not null check (kind in ('money', 'materials', 'people', 'rooms', 'expertise', 'other')),
      description text not null check (length(description) between 3 and 1000),
      value_cents integer check (value_cents between 0 and 100000000),
      counter_performance text not null default '' check (length(counter_performance) <= 1000),
      recorded_by bigint references people(id),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      foreign key (giver_party_id, event_id) references marketplace_parties(id, event_id),
      foreign key (receiver_party_id, event_id) references marketplace_parties(id, event_id),
      check (giver_party_id <> receiver_party_id)
    );
    create index marketplace_agreements_event on marketplace_agreements (event_id, created_at desc);
    create index marketplace_agreements_created on marketplace_agreements (tenant_id, created_at);
    create index marketplace_agreements_giver on marketplace_agreements (giver_party_id);
    create index marketplace_agreements_receiver on marketplace_agreements (receiver_party_id);

    -- One follow-up per agreement and party, ever: the unique key is what makes "never twice" hold.
    create table marketplace_follow_ups (
      id bigint generated always as identity primary key,
      agreement_id bigint not null references marketplace_agreements(id) on delete cascade,
      party_id bigint not null references marketplace_parties(id) on delete cascade,
      token_hash text not null unique,
      sent_at timestamptz not null,
      answer text check (answer in ('kept', 'partly', 'notKept')),
      comment text not null default '' check (length(comment) <= 1000),
      answered_at timestamptz,
      unique (agreement_id, party_id),
      check ((answer is null) = (answered_at is null))
    );
  `.execute(db)
}
