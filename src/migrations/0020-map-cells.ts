import { sql, type Kysely } from 'kysely'

/**
 * The map's clusters, counted ahead. Grouping the points inside a box costs as much as there are
 * points, so a municipality-wide view of a million initiatives took seconds. Here every grid cell
 * of every clustering zoom level keeps its count, the sums of its points' coordinates (for the
 * centre) and the sum of their ids (which is the id itself when a cell holds one point). A map then
 * reads as many rows as it shows clusters.
 *
 * A cell is counted once per facet, so that one filter is also a read of counted cells: '' is every
 * public initiative, 's:<status>', 'a:<area id>', 't:<theme id>' and 'n:<need kind>' the ones with
 * that status, area, theme or need. Statement triggers keep the cells in step with the initiatives,
 * their themes and their needs, from the rows each statement changed; the sums only ever add, so
 * bulk loads aggregate before they write. Cells are computed at the finest level and shifted to the
 * coarser ones: at zoom z a cell is floor(longitude / (90 / 2^z)), the same float arithmetic as the
 * query that groups raw points, so both agree to the cell.
 */
const FINEST_ZOOM = 17

const visible = (row: string) =>
  `${row}.publication = 'published' and ${row}.status not in ('unconfirmed', 'withdrawn') and ${row}.longitude is not null and ${row}.latitude is not null`

/** The facet rows of initiatives, each with its sign: +1 to count them in, -1 to count them out. */
const initiativeDeltas = (rows: string, sign: number) => `
  select r.tenant_id, f.facet, r.longitude, r.latitude, r.id as initiative_id, ${sign} as sign
  from ${rows} r
  cross join lateral (
    select '' as facet
    union all select 's:' || r.status
    union all select 'a:' || r.area_id where r.area_id is not null
    union all select 't:' || it.theme_id from initiative_themes it where it.initiative_id = r.id
    union all select 'n:' || n.kind from initiative_needs n where n.initiative_id = r.id
  ) f
  where ${visible('r')}`

/** Theme or need rows that came or went, as facet rows of their (still public) initiative. */
const linkDeltas = (rows: string, facet: string, sign: number) => `
  select i.tenant_id, ${facet} as facet, i.longitude, i.latitude, i.id as initiative_id, ${sign} as sign
  from ${rows} l join initiatives i on i.id = l.initiative_id
  where ${visible('i')}`

/** Adds the signed facet rows to every zoom level's cells, in key order so that writers queue rather than deadlock. */
const applyDeltas = (deltas: string) => `
  with deltas as (${deltas}),
  finest as (
    select tenant_id, facet,
      floor(longitude * ${2 ** FINEST_ZOOM} / 90)::int as cell_x, floor(latitude * ${2 ** FINEST_ZOOM} / 90)::int as cell_y,
      sum(sign)::int as count, sum(sign * longitude) as sum_longitude, sum(sign * latitude) as sum_latitude, sum(sign * initiative_id)::bigint as sum_id
    from deltas
    group by 1, 2, 3, 4
  )
  insert into map_cells (tenant_id, zoom, facet, cell_x, cell_y, count, sum_longitude, sum_latitude, sum_id)
  select tenant_id, z.zoom, facet, cell_x >> (${FINEST_ZOOM} - z.zoom), cell_y >> (${FINEST_ZOOM} - z.zoom),
    sum(count), sum(sum_longitude), sum(sum_latitude), sum(sum_id)
  from finest cross join generate_series(0, ${FINEST_ZOOM}) as z(zoom)
  group by 1, 2, 3, 4, 5
  order by 1, 2, 3, 4, 5
  on conflict (tenant_id, zoom, facet, cell_x, cell_y) do update set
    count = map_cells.count + excluded.count,
    sum_longitude = map_cells.sum_longitude + excluded.sum_longitude,
    sum_latitude = map_cells.sum_latitude + excluded.sum_latitude,
    sum_id = map_cells.sum_id + excluded.sum_id;
  -- Cells whose last point left.
  delete from map_cells where count = 0;`

const mapRelevantChange = `o.tenant_id is distinct from n.tenant_id or o.longitude is distinct from n.longitude or o.latitude is distinct from n.latitude
  or o.status is distinct from n.status or o.publication is distinct from n.publication or o.area_id is distinct from n.area_id`

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table map_cells (
      tenant_id bigint not null references tenants(id) on delete cascade,
      zoom smallint not null,
      facet text not null,
      cell_x int not null,
      cell_y int not null,
      count int not null,
      sum_longitude double precision not null,
      sum_latitude double precision not null,
      sum_id bigint not null,
      primary key (tenant_id, zoom, facet, cell_x, cell_y)
    );
    create index map_cells_empty on map_cells (tenant_id) where count = 0;
  `.execute(db)

  await sql.raw(`
    create function map_cells_initiatives_inserted() returns trigger language plpgsql as $$
    begin
      ${applyDeltas(initiativeDeltas('new_rows', 1))}
      return null;
    end
    $$;
    create trigger initiatives_map_cells_insert after insert on initiatives
      referencing new table as new_rows for each statement execute function map_cells_initiatives_inserted();

    create function map_cells_initiatives_updated() returns trigger language plpgsql as $$
    begin
      ${applyDeltas(`
        ${initiativeDeltas(`(select o.* from old_rows o join new_rows n on n.id = o.id where ${mapRelevantChange})`, -1)}
        union all
        ${initiativeDeltas(`(select n.* from old_rows o join new_rows n on n.id = o.id where ${mapRelevantChange})`, 1)}`)}
      return null;
    end
    $$;
    create trigger initiatives_map_cells_update after update on initiatives
      referencing old table as old_rows new table as new_rows for each statement execute function map_cells_initiatives_updated();

    -- Before the row goes, while its themes and needs (deleted with it by cascade) can still be read.
    -- The content version is taken first, as every other writer of public data does, so that two
    -- transactions lock the shared counter and the cells in the same order.
    create function map_cells_initiative_deleted() returns trigger language plpgsql as $$
    begin
      update content_version set version = version + 1;
      ${applyDeltas(initiativeDeltas('(select (old).*)', -1))}
      return old;
    end
    $$;
    create trigger initiatives_map_cells_delete before delete on initiatives
      for each row execute function map_cells_initiative_deleted();
  `).execute(db)

  for (const [table, facet] of [['initiative_themes', `'t:' || l.theme_id`], ['initiative_needs', `'n:' || l.kind`]] as const) {
    await sql.raw(`
      create function map_cells_${table}_changed() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' then
          ${applyDeltas(linkDeltas('new_rows', facet, 1))}
        elsif tg_op = 'DELETE' then
          ${applyDeltas(linkDeltas('old_rows', facet, -1))}
        else
          ${applyDeltas(`${linkDeltas('old_rows', facet, -1)} union all ${linkDeltas('new_rows', facet, 1)}`)}
        end if;
        return null;
      end
      $$;
      create trigger ${table}_map_cells_insert after insert on ${table}
        referencing new table as new_rows for each statement execute function map_cells_${table}_changed();
      create trigger ${table}_map_cells_update after update on ${table}
        referencing old table as old_rows new table as new_rows for each statement execute function map_cells_${table}_changed();
      create trigger ${table}_map_cells_delete after delete on ${table}
        referencing old table as old_rows for each statement execute function map_cells_${table}_changed();
    `).execute(db)
  }

  // Initiatives already stored are counted in one go, as a bulk insert would be.
  await sql.raw(`do $$ begin ${applyDeltas(initiativeDeltas('initiatives', 1))} end $$;`).execute(db)
}
