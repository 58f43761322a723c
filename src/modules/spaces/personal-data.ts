import type { Db } from '../../platform/db/database.ts'

/** The spaces a person offers and the bookings they asked for, for their data download (GDPR right of access). */
export async function exportSpaceData(db: Db, personId: number) {
  const spaces = await db
    .selectFrom('spaces')
    .select(['id', 'name', 'description', 'address', 'capacity', 'accessibility', 'facilities', 'price_kind', 'price_cents', 'price_note', 'visibility', 'hidden_at', 'created_at', 'updated_at'])
    .where('owner_id', '=', personId)
    .orderBy('id')
    .execute()
  const bookings = await db
    .selectFrom('space_bookings')
    .innerJoin('spaces', 'spaces.id', 'space_bookings.space_id')
    .select(['spaces.name as space', 'space_bookings.starts_at', 'space_bookings.ends_at', 'space_bookings.people_count', 'space_bookings.purpose', 'space_bookings.status', 'space_bookings.decision_reason', 'space_bookings.created_at'])
    .where('space_bookings.requester_id', '=', personId)
    .orderBy('space_bookings.starts_at', 'desc')
    .execute()
  return { spaces, bookingRequests: bookings }
}

/**
 * When an account is deleted: its spaces leave the listing (nobody is left to answer for them), their
 * open requests are declined, and the person's own open requests are called off. Past bookings keep
 * their history.
 */
export async function forgetSpaceData(db: Db, personId: number, now: Date): Promise<void> {
  const owned = db.selectFrom('spaces').select('id').where('owner_id', '=', personId)
  await db
    .updateTable('space_bookings')
    .set({ status: 'declined', decided_at: now })
    .where('space_id', 'in', owned)
    .where('status', '=', 'pending')
    .execute()
  await db
    .updateTable('spaces')
    .set({ hidden_at: now, hidden_reason: 'Account van de eigenaar opgeheven.', hidden_by: null })
    .where('owner_id', '=', personId)
    .where('hidden_at', 'is', null)
    .execute()
  await db
    .updateTable('space_bookings')
    .set({ status: 'cancelled', cancelled_at: now })
    .where('requester_id', '=', personId)
    .where('status', 'in', ['pending', 'accepted'])
    .where('ends_at', '>', now)
    .execute()
}
