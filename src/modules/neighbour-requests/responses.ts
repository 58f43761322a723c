import type { Db } from '../../platform/db/database.ts'
import { isBlockedBetween, MESSAGE_SUBJECT_MAX, startConversation } from '../messages/conversations.ts'
import type { PostView } from './post-queries.ts'

/** Why someone cannot respond to a post; each has its own sentence on the page. */
export type RespondRefusal = 'own' | 'closed' | 'blocked' | 'already'

export interface ResponseView {
  id: number
  responderId: number
  /** The responder's name, or null ("a neighbour") when they have none or their account is gone. */
  responderName: string | null
  message: string
  createdAt: Date
  conversationId: number | null
}

export async function hasResponded(db: Db, postId: number, personId: number): Promise<boolean> {
  return !!(await db.selectFrom('neighbour_post_responses').select('id').where('post_id', '=', postId).where('responder_id', '=', personId).executeTakeFirst())
}

/** Whether this person may respond now, and if not, why not. */
export async function respondRefusal(db: Db, post: PostView, personId: number): Promise<RespondRefusal | undefined> {
  if (post.authorId === personId) return 'own'
  if (post.status !== 'open' || post.hiddenAt) return 'closed'
  if (await hasResponded(db, post.id, personId)) return 'already'
  if (await isBlockedBetween(db, post.authorId, personId)) return 'blocked'
  return undefined
}

/**
 * The responses this viewer may read: all of them for the poster and moderators, only their own for
 * a responder. Names are shown only to these people, never to the public.
 */
export async function listResponses(db: Db, postId: number, onlyResponderId?: number): Promise<ResponseView[]> {
  let query = db
    .selectFrom('neighbour_post_responses')
    .innerJoin('people', 'people.id', 'neighbour_post_responses.responder_id')
    .select([
      'neighbour_post_responses.id',
      'neighbour_post_responses.responder_id as responderId',
      'people.display_name as displayName',
      'people.deleted_at as deletedAt',
      'neighbour_post_responses.message',
      'neighbour_post_responses.created_at as createdAt',
      'neighbour_post_responses.conversation_id as conversationId',
    ])
    .where('neighbour_post_responses.post_id', '=', postId)
  if (onlyResponderId !== undefined) query = query.where('neighbour_post_responses.responder_id', '=', onlyResponderId)
  const rows = await query.orderBy('neighbour_post_responses.created_at').orderBy('neighbour_post_responses.id').execute()
  return rows.map(({ displayName, deletedAt, ...row }) => ({ ...row, responderName: deletedAt ? null : displayName.trim() || null }))
}

/** The subject of the conversation a response starts: the post's title, cut to what a subject may hold. */
function conversationSubject(post: PostView): string {
  return post.title.length > MESSAGE_SUBJECT_MAX ? `${post.title.slice(0, MESSAGE_SUBJECT_MAX - 1)}…` : post.title
}

/**
 * A response is the first message of a conversation between responder and poster, about the post;
 * the messages module mails the poster. The response row is written first: its unique key makes a
 * double click one response, and if the conversation cannot start (a block made a moment ago) the
 * row is taken back.
 */
export async function respondToPost(db: Db, tenantId: number, post: PostView, responderId: number, message: string, now: Date): Promise<{ ok: true } | { ok: false; reason: RespondRefusal }> {
  const refusal = await respondRefusal(db, post, responderId)
  if (refusal) return { ok: false, reason: refusal }
  const inserted = await db
    .insertInto('neighbour_post_responses')
    .values({ post_id: post.id, responder_id: responderId, message, conversation_id: null, created_at: now })
    .onConflict((oc) => oc.columns(['post_id', 'responder_id']).doNothing())
    .returning('id')
    .executeTakeFirst()
  if (!inserted) return { ok: false, reason: 'already' }
  let started: Awaited<ReturnType<typeof startConversation>>
  try {
    started = await startConversation(
      db,
      { tenantId, fromPersonId: responderId, toPersonId: post.authorId, subject: conversationSubject(post), body: message, context: { kind: 'neighbourRequest', id: post.id, url: `/buurtvragen/${post.id}` } },
      now,
    )
  } catch (error) {
    await db.deleteFrom('neighbour_post_responses').where('id', '=', inserted.id).execute()
    throw error
  }
  if (!started.ok) {
    await db.deleteFrom('neighbour_post_responses').where('id', '=', inserted.id).execute()
    return { ok: false, reason: started.reason === 'blocked' ? 'blocked' : 'closed' }
  }
  await db.updateTable('neighbour_post_responses').set({ conversation_id: started.conversationId }).where('id', '=', inserted.id).execute()
  return { ok: true }
}
