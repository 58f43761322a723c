import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { LocalizedText } from '../../platform/i18n/localized-text.ts'
import type { HelperProfileRow } from './network-tables.ts'
import { visibleHelperLevels, type Viewer } from './visibility.ts'
import type { Availability, NameShown } from './vocabulary.ts'

export interface HelperSummary {
  profile: HelperProfileRow
  /** The name as the helper chose to show it; empty when they never gave one. */
  name: string
  skills: { id: number; name: LocalizedText; retired: boolean }[]
  areas: { id: number; slug: string; name: string }[]
}

export interface HelperFilters {
  skillId?: number
  areaId?: number
  availability?: Availability
}

/** The full name, or only the first word of it, as the helper chose. */
export function shownName(displayName: string, nameShown: NameShown): string {
  const name = displayName.trim()
  return nameShown === 'fullName' ? name : (name.split(/\s+/)[0] ?? '')
}

/** Profiles of people whose account still exists, in this municipality. */
function profiles(db: Db, tenantId: number) {
  return db
    .selectFrom('helper_profiles')
    .innerJoin('people', 'people.id', 'helper_profiles.person_id')
    .where('helper_profiles.tenant_id', '=', tenantId)
    .where('people.deleted_at', 'is', null)
}

async function withDetails(db: Db, rows: (HelperProfileRow & { display_name: string })[]): Promise<HelperSummary[]> {
  if (rows.length === 0) return []
  const ids = rows.map((row) => row.id)
  const [skills, areas] = await Promise.all([
    db
      .selectFrom('helper_skills')
      .innerJoin('skills', 'skills.id', 'helper_skills.skill_id')
      .select(['helper_skills.helper_id', 'skills.id', 'skills.name', 'skills.retired_at'])
      .where('helper_skills.helper_id', 'in', ids)
      .orderBy(sql`lower(skills.name->>'nl')`)
      .execute(),
    db
      .selectFrom('helper_areas')
      .innerJoin('areas', 'areas.id', 'helper_areas.area_id')
      .select(['helper_areas.helper_id', 'areas.id', 'areas.slug', 'areas.name'])
      .where('helper_areas.helper_id', 'in', ids)
      .orderBy('helper_areas.position')
      .execute(),
  ])
  return rows.map(({ display_name, ...profile }) => ({
    profile,
    name: shownName(display_name, profile.name_shown),
    skills: skills.filter((skill) => skill.helper_id === profile.id).map((skill) => ({ id: skill.id, name: skill.name, retired: skill.retired_at !== null })),
    areas: areas.filter((area) => area.helper_id === profile.id).map(({ id, slug, name }) => ({ id, slug, name })),
  }))
}

/** The helpers this viewer may see, newest change first, filtered and paged. */
export async function listHelpers(db: Db, tenantId: number, viewer: Viewer | undefined, filters: HelperFilters, page: number, pageSize: number): Promise<{ items: HelperSummary[]; total: number }> {
  let query = profiles(db, tenantId).where('helper_profiles.visibility', 'in', visibleHelperLevels(viewer))
  if (filters.skillId !== undefined) {
    const skillId = filters.skillId
    query = query.where(({ exists, selectFrom }) => exists(selectFrom('helper_skills').select('helper_id').whereRef('helper_skills.helper_id', '=', 'helper_profiles.id').where('helper_skills.skill_id', '=', skillId)))
  }
  if (filters.areaId !== undefined) {
    const areaId = filters.areaId
    query = query.where(({ or, eb, exists, selectFrom }) =>
      or([
        eb('helper_profiles.whole_municipality', '=', true),
        exists(selectFrom('helper_areas').select('helper_id').whereRef('helper_areas.helper_id', '=', 'helper_profiles.id').where('helper_areas.area_id', '=', areaId)),
      ]),
    )
  }
  if (filters.availability) query = query.where(sql<boolean>`${filters.availability} = any(helper_profiles.availability)`)
  const [rows, counted] = await Promise.all([
    query
      .selectAll('helper_profiles')
      .select('people.display_name')
      .orderBy('helper_profiles.updated_at', 'desc')
      .orderBy('helper_profiles.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
  ])
  return { items: await withDetails(db, rows), total: Number(counted.count) }
}

/**
 * One helper for this viewer. A profile the viewer may not see is undefined, exactly like an id
 * that does not exist. Owners always see their own profile, so they can check how it looks.
 */
export async function findVisibleHelper(db: Db, tenantId: number, viewer: Viewer | undefined, id: number): Promise<HelperSummary | undefined> {
  const row = await profiles(db, tenantId).selectAll('helper_profiles').select('people.display_name').where('helper_profiles.id', '=', id).executeTakeFirst()
  if (!row) return undefined
  const own = viewer !== undefined && viewer.id === row.person_id
  if (!own && !visibleHelperLevels(viewer).includes(row.visibility)) return undefined
  return (await withDetails(db, [row]))[0]
}

export async function findOwnHelperProfile(db: Db, tenantId: number, personId: number): Promise<HelperSummary | undefined> {
  const row = await profiles(db, tenantId).selectAll('helper_profiles').select('people.display_name').where('helper_profiles.person_id', '=', personId).executeTakeFirst()
  return row ? (await withDetails(db, [row]))[0] : undefined
}

export interface Contribution {
  initiativeId: number
  title: string
  /** When the most recent connection with this initiative was made. */
  connectedAt: Date
}

/** Public initiatives the person was connected to as a helper, most recent first. */
export async function helperContributions(db: Db, tenantId: number, personId: number): Promise<Contribution[]> {
  const rows = await db
    .selectFrom('connections')
    .innerJoin('initiatives', 'initiatives.id', 'connections.initiative_id')
    .select(['initiatives.id', 'initiatives.title', (eb) => eb.fn.max('connections.created_at').as('connected_at')])
    .where('connections.helper_person_id', '=', personId)
    .where('initiatives.tenant_id', '=', tenantId)
    .where('initiatives.publication', '=', 'published')
    .where('initiatives.status', 'not in', ['unconfirmed', 'withdrawn'])
    .groupBy(['initiatives.id', 'initiatives.title'])
    .orderBy('connected_at', 'desc')
    .limit(50)
    .execute()
  return rows.map((row) => ({ initiativeId: row.id, title: row.title, connectedAt: new Date(row.connected_at) }))
}
