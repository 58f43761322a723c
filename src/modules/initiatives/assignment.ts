import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { openStatuses } from './vocabulary.ts'

/**
 * Picks the broker for a new initiative: one responsible for both its area and a theme if there is
 * one, else for its area, else for one of its themes, else any broker; among equals, the one with
 * the fewest open cases, then the longest-serving (lowest id), so the choice is stable.
 */
export async function chooseBroker(db: Db, tenantId: number, areaId: number | null, themeIds: number[]): Promise<number | undefined> {
  const candidates = await db
    .selectFrom('people')
    .innerJoin('role_assignments', (join) => join.onRef('role_assignments.person_id', '=', 'people.id').on('role_assignments.role', '=', 'broker'))
    .select('people.id')
    .select([
      (areaId === null
        ? sql<boolean>`false`
        : sql<boolean>`exists (select 1 from broker_areas where broker_areas.person_id = people.id and broker_areas.area_id = ${areaId})`
      ).as('coversArea'),
      (themeIds.length === 0
        ? sql<boolean>`false`
        : sql<boolean>`exists (select 1 from broker_themes where broker_themes.person_id = people.id and broker_themes.theme_id in (${sql.join(themeIds)}))`
      ).as('coversTheme'),
      sql<number>`(select count(*)::int from initiatives where initiatives.broker_id = people.id and initiatives.status in (${sql.join(openStatuses)}))`.as('openCases'),
    ])
    .where('people.tenant_id', '=', tenantId)
    .where('people.deleted_at', 'is', null)
    .execute()
  const rank = (c: { coversArea: boolean; coversTheme: boolean }) => (c.coversArea && c.coversTheme ? 0 : c.coversArea ? 1 : c.coversTheme ? 2 : 3)
  candidates.sort((a, b) => rank(a) - rank(b) || Number(a.openCases) - Number(b.openCases) || a.id - b.id)
  return candidates[0]?.id
}
