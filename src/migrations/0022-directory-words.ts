import { sql, type Kysely } from 'kysely'

/**
 * The vocabulary of the directory (helpers, organisations, spaces), as search_words is for the
 * initiatives: one row per distinct lexeme of their search documents, kept by statement triggers.
 * A misspelled word is looked up here and stands for the few known lexemes it most resembles; the
 * profiles are then found through their full-text indexes alone. Before, every word was also
 * compared by trigrams with every profile's text, which cost a second at 50,000 helpers. One
 * vocabulary for the three: it only ever widens a query, and what is found still follows each
 * profile's own visibility. Lexemes are never removed, as in search_words.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table directory_words (
      tenant_id bigint not null references tenants(id),
      -- Byte order, so that "starts with" can use the primary key.
      word text collate "C" not null,
      primary key (tenant_id, word)
    );
    create index directory_words_trgm on directory_words using gin (word gin_trgm_ops);

    create function remember_directory_words() returns trigger language plpgsql as $$
    begin
      insert into directory_words (tenant_id, word)
      select distinct changed.tenant_id, t.lexeme
      from changed, unnest(changed.search_document) as t(lexeme, positions, weights)
      where length(t.lexeme) <= 50
      on conflict do nothing;
      return null;
    end
    $$;
    create trigger helper_profiles_directory_words_insert after insert on helper_profiles
      referencing new table as changed for each statement execute function remember_directory_words();
    create trigger helper_profiles_directory_words_update after update on helper_profiles
      referencing new table as changed for each statement execute function remember_directory_words();
    create trigger organisations_directory_words_insert after insert on organisations
      referencing new table as changed for each statement execute function remember_directory_words();
    create trigger organisations_directory_words_update after update on organisations
      referencing new table as changed for each statement execute function remember_directory_words();
    create trigger spaces_directory_words_insert after insert on spaces
      referencing new table as changed for each statement execute function remember_directory_words();
    create trigger spaces_directory_words_update after update on spaces
      referencing new table as changed for each statement execute function remember_directory_words();

    insert into directory_words (tenant_id, word)
    select distinct d.tenant_id, t.lexeme
    from (
      select tenant_id, search_document from helper_profiles
      union all select tenant_id, search_document from organisations
      union all select tenant_id, search_document from spaces
    ) d, unnest(d.search_document) as t(lexeme, positions, weights)
    where length(t.lexeme) <= 50
    on conflict do nothing;

    -- The trigram indexes on whole texts served the old typo search; the vocabulary replaces them.
    drop index helper_profiles_search_words;
    drop index organisations_search_words;
    drop index spaces_search_words;
    alter table helper_profiles drop column search_words;
    alter table organisations drop column search_words;
  `.execute(db)
}
