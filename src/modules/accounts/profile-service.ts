import type { Db } from '../../platform/db/database.ts'
import { endAllSessions } from '../../platform/auth/session.ts'
import { exportMessages } from '../messages/personal-data.ts'
import { exportNeighbourRequests } from '../neighbour-requests/personal-data.ts'
import { exportMarketplaceData } from '../marketplace/personal-data.ts'
import { exportNetworkData, forgetNetworkData } from '../network/personal-data.ts'
import { exportSpaceData, forgetSpaceData } from '../spaces/personal-data.ts'

export interface ProfileChanges {
  displayName: string
  phone: string | null
  showNamePublicly: boolean
}

export async function getProfile(db: Db, personId: number) {
  return db
    .selectFrom('people')
    .select(['id', 'email', 'display_name', 'phone', 'show_name_publicly', 'created_at'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow()
}

export async function updateProfile(db: Db, personId: number, changes: ProfileChanges): Promise<void> {
  await db
    .updateTable('people')
    .set({ display_name: changes.displayName, phone: changes.phone, show_name_publicly: changes.showNamePublicly })
    .where('id', '=', personId)
    .execute()
}

/** Everything Noaber holds about a person, for them to download (GDPR right of access). */
export async function exportPersonalData(db: Db, personId: number) {
  const profile = await getProfile(db, personId)
  const roles = await db.selectFrom('role_assignments').select(['role', 'granted_at']).where('person_id', '=', personId).execute()
  const sessions = await db.selectFrom('sessions').select(['created_at', 'last_seen_at', 'expires_at']).where('person_id', '=', personId).execute()
  const messages = await exportMessages(db, personId)
  const neighbourRequests = await exportNeighbourRequests(db, personId)
  const network = await exportNetworkData(db, personId)
  const spaces = await exportSpaceData(db, personId)
  const marketplace = await exportMarketplaceData(db, personId)
  return { exportedAt: new Date().toISOString(), profile, roles, sessions, messages, neighbourRequests, network, spaces, marketplace }
}

/**
 * Deletes an account by anonymising it: the row stays so that public contributions keep their
 * author reference, but nothing identifies the person any more, and they can no longer sign in.
 */
export async function deleteAccount(db: Db, personId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('people')
      .set({ email: `deleted-${personId}@invalid`, display_name: '', phone: null, password_hash: null, show_name_publicly: false, deleted_at: new Date() })
      .where('id', '=', personId)
      .execute()
    await trx.deleteFrom('role_assignments').where('person_id', '=', personId).execute()
    await forgetNetworkData(trx, personId)
    await forgetSpaceData(trx, personId, new Date())
    await endAllSessions(trx, personId)
  })
}
