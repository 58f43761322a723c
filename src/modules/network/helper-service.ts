import type { Db } from '../../platform/db/database.ts'
import type { AreaBoundary } from '../areas/geometry.ts'
import { areaCentroid } from './centroid.ts'
import type { HelperInput } from './helper-form.ts'
import { refreshHelperSearch } from './search-documents.ts'
import { inTransaction } from './transaction.ts'

/** Where a helper is placed for distances: the centre of the first area they serve, or nowhere. */
async function helperLocation(db: Db, tenantId: number, input: HelperInput): Promise<{ latitude: number | null; longitude: number | null }> {
  const firstAreaId = input.wholeMunicipality ? undefined : input.areaIds[0]
  if (firstAreaId === undefined) return { latitude: null, longitude: null }
  const area = await db.selectFrom('areas').select('boundary').where('tenant_id', '=', tenantId).where('id', '=', firstAreaId).executeTakeFirst()
  const centre = area ? areaCentroid(area.boundary as AreaBoundary) : undefined
  return centre ?? { latitude: null, longitude: null }
}

/**
 * Creates or replaces the person's helper profile (one per person) with its skills and areas, all
 * or nothing. Skills and areas must already have been checked against the municipality's lists.
 */
export async function saveHelperProfile(db: Db, tenantId: number, personId: number, input: HelperInput, now: Date): Promise<number> {
  return inTransaction(db, async (trx) => {
    const location = await helperLocation(trx, tenantId, input)
    const values = {
      description: input.description,
      tags: input.tags,
      whole_municipality: input.wholeMunicipality,
      availability: input.availability,
      time_commitment: input.timeCommitment,
      hours_per_month: input.hoursPerMonth,
      visibility: input.visibility,
      show_contributions: input.showContributions,
      name_shown: input.nameShown,
      latitude: location.latitude,
      longitude: location.longitude,
      updated_at: now,
    }
    const { id } = await trx
      .insertInto('helper_profiles')
      .values({ tenant_id: tenantId, person_id: personId, created_at: now, ...values })
      .onConflict((oc) => oc.column('person_id').doUpdateSet(values))
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx.deleteFrom('helper_skills').where('helper_id', '=', id).execute()
    await trx.deleteFrom('helper_areas').where('helper_id', '=', id).execute()
    if (input.skillIds.length > 0) await trx.insertInto('helper_skills').values(input.skillIds.map((skillId) => ({ helper_id: id, skill_id: skillId }))).execute()
    if (!input.wholeMunicipality && input.areaIds.length > 0) {
      await trx.insertInto('helper_areas').values(input.areaIds.map((areaId, position) => ({ helper_id: id, area_id: areaId, position }))).execute()
    }
    await refreshHelperSearch(trx, { helperIds: [id] })
    return id
  })
}

/** Pauses the person's profile: nobody sees or finds it until they choose who may again. */
export async function pauseHelperProfile(db: Db, personId: number, now: Date): Promise<boolean> {
  const updated = await db.updateTable('helper_profiles').set({ visibility: 'hidden', updated_at: now }).where('person_id', '=', personId).executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1
}

/** Deletes the person's profile with its skills and areas; connections they helped with keep their history. */
export async function deleteHelperProfile(db: Db, personId: number): Promise<boolean> {
  const deleted = await db.deleteFrom('helper_profiles').where('person_id', '=', personId).executeTakeFirst()
  return Number(deleted.numDeletedRows) === 1
}
