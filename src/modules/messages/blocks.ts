import type { Db } from '../../platform/db/database.ts'
import type { Party } from './threads.ts'

/*
 * A block works both ways: neither person can start a conversation with the other or write in one
 * they share (see `isBlockedBetween`). Only the person who blocked can lift it.
 */

export async function blockPerson(db: Db, tenantId: number, blockerId: number, blockedId: number, now: Date): Promise<void> {
  await db
    .insertInto('message_blocks')
    .values({ tenant_id: tenantId, blocker_id: blockerId, blocked_id: blockedId, created_at: now })
    .onConflict((oc) => oc.columns(['blocker_id', 'blocked_id']).doNothing())
    .execute()
}

export async function unblockPerson(db: Db, tenantId: number, blockerId: number, blockedId: number): Promise<void> {
  await db.deleteFrom('message_blocks').where('tenant_id', '=', tenantId).where('blocker_id', '=', blockerId).where('blocked_id', '=', blockedId).execute()
}

/** The people this person has blocked, most recent first. */
export async function listBlocked(db: Db, tenantId: number, blockerId: number): Promise<(Party & { since: Date })[]> {
  const rows = await db
    .selectFrom('message_blocks')
    .innerJoin('people', 'people.id', 'message_blocks.blocked_id')
    .select(['people.id', 'people.display_name', 'people.deleted_at', 'message_blocks.created_at'])
    .where('message_blocks.tenant_id', '=', tenantId)
    .where('message_blocks.blocker_id', '=', blockerId)
    .orderBy('message_blocks.created_at', 'desc')
    .execute()
  return rows.map((row) => ({ id: row.id, name: row.display_name, deleted: row.deleted_at !== null, since: row.created_at }))
}
