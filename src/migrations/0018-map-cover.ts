import { sql, type Kysely } from 'kysely'

/**
 * Clustering reads only a point, an id and a status per public initiative: with those in the index
 * itself, the map is an index-only scan and never touches the table rows. The predicate is the
 * map's own filter, word for word, so the planner can prove the index applies.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop index initiatives_map_points;
    create index initiatives_map_points on initiatives (tenant_id, longitude, latitude) include (id, status, area_id)
      where publication = 'published' and status not in ('unconfirmed', 'withdrawn') and longitude is not null and latitude is not null;
  `.execute(db)
}
