import { sql, type Kysely } from 'kysely'

/**
 * Full-text search over initiatives with the Dutch stemmer, weighted title > summary > description.
 * The description only counts when the initiator agreed to publish it, so search never reveals it.
 * A trigram index on title and summary catches misspellings the stemmer cannot.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table initiatives add column search_document tsvector generated always as (
      setweight(to_tsvector('dutch', title), 'A') ||
      setweight(to_tsvector('dutch', summary), 'B') ||
      setweight(to_tsvector('dutch', case when publish_description then description else '' end), 'C')
    ) stored;
    create index initiatives_search_document on initiatives using gin (search_document);
    create index initiatives_search_words on initiatives using gin ((title || ' ' || summary) gin_trgm_ops);
  `.execute(db)
}
