import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

/*
 * The search documents of helpers and organisations draw on other tables (skills, offers), so the
 * service rewrites them after every change instead of the database generating them. Weights follow
 * what a searcher means: a helper's skills before their tags before their story; an organisation's
 * name before its offers before its description. Their lexemes join the directory's vocabulary
 * (migration 0022), where typo tolerance looks misspelled words up.
 */

/** Rewrites the search documents of the given helper profiles, of every profile with the given skill, or of a whole municipality's (after a bulk load). */
export async function refreshHelperSearch(db: Db, target: { helperIds: number[] } | { skillId: number } | { tenantId: number }): Promise<void> {
  const which =
    'helperIds' in target
      ? target.helperIds.length > 0
        ? sql`p.id in (${sql.join(target.helperIds)})`
        : undefined
      : 'skillId' in target
        ? sql`p.id in (select helper_id from helper_skills where skill_id = ${target.skillId})`
        : sql`p.tenant_id = ${target.tenantId}`
  if (!which) return
  await sql`
    update helper_profiles h set
      search_document = setweight(to_tsvector('dutch', n.skills), 'A')
        || setweight(to_tsvector('dutch', array_to_string(h.tags, ' ')), 'B')
        || setweight(to_tsvector('dutch', h.description), 'C')
    from (
      select p.id, coalesce(string_agg(concat_ws(' ', s.name->>'nl', s.name->>'en'), ' '), '') as skills
      from helper_profiles p
      left join helper_skills hs on hs.helper_id = p.id
      left join skills s on s.id = hs.skill_id
      where ${which}
      group by p.id
    ) n
    where n.id = h.id
  `.execute(db)
}

/** Rewrites the search document of one organisation from its name, active offers and description. */
export async function refreshOrganisationSearch(db: Db, organisationId: number): Promise<void> {
  await sql`
    update organisations o set
      search_document = setweight(to_tsvector('dutch', o.name), 'A')
        || setweight(to_tsvector('dutch', n.offers), 'B')
        || setweight(to_tsvector('dutch', o.description), 'C')
    from (
      select coalesce(string_agg(description, ' '), '') as offers
      from organisation_offers where organisation_id = ${organisationId} and active
    ) n
    where o.id = ${organisationId}
  `.execute(db)
}
