import type { Db } from '../../platform/db/database.ts'
import type { PostInput } from './post-form.ts'
import type { CloseReason } from './vocabulary.ts'

export interface Poster {
  tenantId: number
  personId: number
}

export async function createPost(db: Db, poster: Poster, input: PostInput, now: Date): Promise<number> {
  const row = await db
    .insertInto('neighbour_posts')
    .values({
      tenant_id: poster.tenantId,
      author_id: poster.personId,
      kind: input.kind,
      category: input.category,
      title: input.title,
      description: input.description,
      area_id: input.areaId,
      needed_by: input.neededBy,
      close_reason: null,
      closed_at: null,
      hidden_at: null,
      hidden_reason: null,
      hidden_by: null,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/** Only the poster changes a post, and only while it is open and not hidden. */
export async function updatePost(db: Db, poster: Poster, postId: number, input: PostInput, now: Date): Promise<'saved' | 'notEditable'> {
  const result = await db
    .updateTable('neighbour_posts')
    .set({ kind: input.kind, category: input.category, title: input.title, description: input.description, area_id: input.areaId, needed_by: input.neededBy, updated_at: now })
    .where('id', '=', postId)
    .where('tenant_id', '=', poster.tenantId)
    .where('author_id', '=', poster.personId)
    .where('status', '=', 'open')
    .where('hidden_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1 ? 'saved' : 'notEditable'
}

export async function closePost(db: Db, poster: Poster, postId: number, reason: CloseReason, now: Date): Promise<'closed' | 'notOpen'> {
  const result = await db
    .updateTable('neighbour_posts')
    .set({ status: 'closed', close_reason: reason, closed_at: now, updated_at: now })
    .where('id', '=', postId)
    .where('tenant_id', '=', poster.tenantId)
    .where('author_id', '=', poster.personId)
    .where('status', '=', 'open')
    .where('hidden_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1 ? 'closed' : 'notOpen'
}
