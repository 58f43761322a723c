import { sql, type Kysely } from 'kysely'

/**
 * Villages and neighbourhoods set their own agenda: topics their own council puts first, kept by
 * area representatives. Brokers and council members can follow an area.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table role_assignments drop constraint role_assignments_role_check;
    alter table role_assignments add constraint role_assignments_role_check
      check (role in ('resident', 'broker', 'coordinator', 'admin', 'councilMember', 'areaRepresentative'));

    create table representative_areas (
      person_id bigint not null references people(id) on delete cascade,
      area_id bigint not null references areas(id) on delete cascade,
      primary key (person_id, area_id)
    );

    create table agenda_items (
      id bigint generated always as identity primary key,
      area_id bigint not null references areas(id) on delete cascade,
      title text not null check (length(title) between 3 and 150),
      description text not null default '' check (length(description) <= 3000),
      owner text not null default '' check (length(owner) <= 150),
      status text not null default 'planned' check (status in ('planned', 'inProgress', 'done')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create index agenda_items_area on agenda_items (area_id);

    create table agenda_item_initiatives (
      agenda_item_id bigint not null references agenda_items(id) on delete cascade,
      initiative_id bigint not null references initiatives(id) on delete cascade,
      primary key (agenda_item_id, initiative_id)
    );

    create table area_followers (
      area_id bigint not null references areas(id) on delete cascade,
      person_id bigint not null references people(id) on delete cascade,
      created_at timestamptz not null default now(),
      primary key (area_id, person_id)
    );
  `.execute(db)
}
