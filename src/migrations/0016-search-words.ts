import { sql, type Kysely } from 'kysely'

/**
 * The vocabulary of the initiatives' titles and summaries: one row per distinct Dutch lexeme (the
 * stems the full-text index holds), kept by statement triggers. Typo tolerance looks a misspelled
 * word up here (a few thousand lexemes, with a trigram index) and then searches the full-text index
 * for the lexemes it resembles, instead of comparing the query with every initiative's text: the
 * cost grows with the vocabulary, not with the number of initiatives. Lexemes are never removed; one
 * that no longer occurs only yields a correction that finds nothing.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table search_words (
      tenant_id bigint not null references tenants(id),
      -- Byte order, so that "starts with" can use the primary key.
      word text collate "C" not null,
      primary key (tenant_id, word)
    );
    create index search_words_trgm on search_words using gin (word gin_trgm_ops);

    create function remember_search_words() returns trigger language plpgsql as $$
    begin
      insert into search_words (tenant_id, word)
      select distinct changed.tenant_id, t.lexeme
      from changed, unnest(to_tsvector('dutch', changed.title || ' ' || changed.summary)) as t(lexeme, positions, weights)
      where length(t.lexeme) <= 50
      on conflict do nothing;
      return null;
    end
    $$;
    create trigger initiatives_search_words_insert after insert on initiatives
      referencing new table as changed for each statement execute function remember_search_words();
    create trigger initiatives_search_words_update after update on initiatives
      referencing new table as changed for each statement execute function remember_search_words();

    insert into search_words (tenant_id, word)
    select distinct i.tenant_id, t.lexeme
    from initiatives i, unnest(to_tsvector('dutch', i.title || ' ' || i.summary)) as t(lexeme, positions, weights)
    where length(t.lexeme) <= 50
    on conflict do nothing;

    -- The trigram index on whole texts served the old typo search; the vocabulary replaces it.
    drop index initiatives_search_words;
  `.execute(db)
}
