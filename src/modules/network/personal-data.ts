import type { Db } from '../../platform/db/database.ts'

/** A person's offer of help and their organisation roles, for their data download (GDPR right of access). */
export async function exportNetworkData(db: Db, personId: number) {
  const profile = await db
    .selectFrom('helper_profiles')
    .select(['id', 'description', 'tags', 'whole_municipality', 'availability', 'time_commitment', 'hours_per_month', 'visibility', 'show_contributions', 'name_shown', 'created_at', 'updated_at'])
    .where('person_id', '=', personId)
    .executeTakeFirst()
  const [skills, areas] = profile
    ? await Promise.all([
        db.selectFrom('helper_skills').innerJoin('skills', 'skills.id', 'helper_skills.skill_id').select('skills.name').where('helper_skills.helper_id', '=', profile.id).execute(),
        db.selectFrom('helper_areas').innerJoin('areas', 'areas.id', 'helper_areas.area_id').select('areas.name').where('helper_areas.helper_id', '=', profile.id).orderBy('helper_areas.position').execute(),
      ])
    : [[], []]
  const organisations = await db
    .selectFrom('organisation_contacts')
    .innerJoin('organisations', 'organisations.id', 'organisation_contacts.organisation_id')
    .select(['organisations.name', 'organisations.slug', 'organisation_contacts.role_title', 'organisation_contacts.invited_at', 'organisation_contacts.accepted_at'])
    .where('organisation_contacts.person_id', '=', personId)
    .orderBy('organisations.name')
    .execute()
  return {
    helperProfile: profile ? { ...profile, skills: skills.map((row) => row.name), areas: areas.map((row) => row.name) } : null,
    organisationContacts: organisations,
  }
}

/** When an account is deleted: its offer of help goes, and it is no one's contact person any more. Connections keep their history. */
export async function forgetNetworkData(db: Db, personId: number): Promise<void> {
  await db.deleteFrom('helper_profiles').where('person_id', '=', personId).execute()
  await db.deleteFrom('organisation_contacts').where('person_id', '=', personId).execute()
}
