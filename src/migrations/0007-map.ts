import { sql, type Kysely } from 'kysely'

/** The map asks for public initiatives inside a bounding box: an index on the point keeps that a range scan. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index initiatives_map_points on initiatives (tenant_id, longitude, latitude)
      where publication = 'published' and longitude is not null and latitude is not null;
  `.execute(db)
}
