import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { MESSAGE_BODY_MAX, isBlockedBetween } from './conversations.ts'
import { recordMessage } from './message-writes.ts'

/** Someone in a conversation, as the other side may see them: a name, never an e-mail address. */
export interface Party {
  id: number
  /** Empty when the person has not set a name. */
  name: string
  /** The account was deleted; the conversation stays for the other side. */
  deleted: boolean
}

export interface ConversationSummary {
  id: number
  subject: string
  lastMessageAt: Date
  unread: boolean
  messageCount: number
  /** Messages from the other side since the reader last opened the conversation. */
  newCount: number
  other: Party
}

export interface ThreadMessage {
  id: number
  fromMe: boolean
  sender: Party
  body: string
  createdAt: Date
  /** Written by the other side after the reader last opened the conversation. */
  isNew: boolean
}

export interface Thread {
  id: number
  subject: string
  context: { kind: string; id: number; url: string } | null
  unread: boolean
  other: Party
  messages: ThreadMessage[]
  blockedByMe: boolean
  blockedMe: boolean
}

export const CONVERSATIONS_PER_PAGE = 25

/** The person's conversations, the one with the newest message first. */
export async function listConversations(db: Db, tenantId: number, personId: number, page: number): Promise<{ items: ConversationSummary[]; total: number }> {
  const rows = await db
    .selectFrom('conversation_participants as mine')
    .innerJoin('conversations', 'conversations.id', 'mine.conversation_id')
    .innerJoin('conversation_participants as theirs', (join) => join.onRef('theirs.conversation_id', '=', 'mine.conversation_id').onRef('theirs.person_id', '<>', 'mine.person_id'))
    .innerJoin('people', 'people.id', 'theirs.person_id')
    .select(['conversations.id', 'conversations.subject', 'mine.last_message_at', 'mine.unread_since', 'people.id as otherId', 'people.display_name', 'people.deleted_at'])
    .select((eb) => [
      eb.selectFrom('conversation_messages').whereRef('conversation_messages.conversation_id', '=', 'conversations.id').select(eb.fn.countAll<number>().as('n')).as('messageCount'),
      eb
        .selectFrom('conversation_messages')
        .whereRef('conversation_messages.conversation_id', '=', 'conversations.id')
        .whereRef('conversation_messages.sender_id', '<>', 'mine.person_id')
        .where(sql<boolean>`conversation_messages.created_at > coalesce(mine.last_read_at, '-infinity'::timestamptz)`)
        .select(eb.fn.countAll<number>().as('n'))
        .as('newCount'),
    ])
    .where('mine.person_id', '=', personId)
    .where('conversations.tenant_id', '=', tenantId)
    .orderBy('mine.last_message_at', 'desc')
    .orderBy('conversations.id', 'desc')
    .limit(CONVERSATIONS_PER_PAGE)
    .offset((page - 1) * CONVERSATIONS_PER_PAGE)
    .execute()
  const { total } = await db
    .selectFrom('conversation_participants')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .where('person_id', '=', personId)
    .executeTakeFirstOrThrow()
  return {
    total: Number(total),
    items: rows.map((row) => ({
      id: row.id,
      subject: row.subject,
      lastMessageAt: row.last_message_at,
      unread: row.unread_since !== null,
      messageCount: Number(row.messageCount ?? 0),
      newCount: Number(row.newCount ?? 0),
      other: { id: row.otherId, name: row.display_name, deleted: row.deleted_at !== null },
    })),
  }
}

/** A conversation as one of its participants sees it; undefined for anyone else, whatever the id. */
export async function loadThread(db: Db, tenantId: number, personId: number, conversationId: number): Promise<Thread | undefined> {
  const conversation = await db
    .selectFrom('conversations')
    .innerJoin('conversation_participants as mine', 'mine.conversation_id', 'conversations.id')
    .select(['conversations.id', 'conversations.subject', 'conversations.context_kind', 'conversations.context_id', 'conversations.context_url', 'mine.last_read_at', 'mine.unread_since'])
    .where('conversations.id', '=', conversationId)
    .where('conversations.tenant_id', '=', tenantId)
    .where('mine.person_id', '=', personId)
    .executeTakeFirst()
  if (!conversation) return undefined
  const people = await db
    .selectFrom('conversation_participants')
    .innerJoin('people', 'people.id', 'conversation_participants.person_id')
    .select(['people.id', 'people.display_name', 'people.deleted_at'])
    .where('conversation_participants.conversation_id', '=', conversationId)
    .execute()
  const parties = new Map(people.map((person) => [person.id, { id: person.id, name: person.display_name, deleted: person.deleted_at !== null }]))
  const other = people.find((person) => person.id !== personId)
  if (!other) throw new Error(`conversation ${conversationId} has no other participant`)
  const messages = await db
    .selectFrom('conversation_messages')
    .select(['id', 'sender_id', 'body', 'created_at'])
    .where('conversation_id', '=', conversationId)
    .orderBy('id')
    .execute()
  const blocks = await db
    .selectFrom('message_blocks')
    .select('blocker_id')
    .where((eb) => eb.or([eb.and([eb('blocker_id', '=', personId), eb('blocked_id', '=', other.id)]), eb.and([eb('blocker_id', '=', other.id), eb('blocked_id', '=', personId)])]))
    .execute()
  const readUntil = conversation.last_read_at?.getTime() ?? Number.NEGATIVE_INFINITY
  return {
    id: conversation.id,
    subject: conversation.subject,
    context: conversation.context_kind && conversation.context_id !== null && conversation.context_url ? { kind: conversation.context_kind, id: conversation.context_id, url: conversation.context_url } : null,
    unread: conversation.unread_since !== null,
    other: parties.get(other.id)!,
    messages: messages.map((message) => ({
      id: message.id,
      fromMe: message.sender_id === personId,
      sender: parties.get(message.sender_id) ?? { id: message.sender_id, name: '', deleted: true },
      body: message.body,
      createdAt: message.created_at,
      isNew: message.sender_id !== personId && message.created_at.getTime() > readUntil,
    })),
    blockedByMe: blocks.some((block) => block.blocker_id === personId),
    blockedMe: blocks.some((block) => block.blocker_id === other.id),
  }
}

/** The participant has seen everything in the conversation; their language is kept for their next notification. */
export async function markRead(db: Db, conversationId: number, personId: number, locale: Locale, now: Date): Promise<void> {
  await db
    .updateTable('conversation_participants')
    .set({ last_read_at: now, unread_since: null, locale })
    .where('conversation_id', '=', conversationId)
    .where('person_id', '=', personId)
    .execute()
}

export type ReplyResult = { ok: true } | { ok: false; reason: 'not-found' | 'blocked' | 'recipient-deleted' }

/** A participant writes in an existing conversation; nothing is stored when it is refused. */
export async function replyInConversation(
  db: Db,
  input: { tenantId: number; conversationId: number; senderId: number; body: string; locale: Locale },
  now: Date,
): Promise<ReplyResult> {
  const body = input.body.trim()
  if (body.length < 1 || body.length > MESSAGE_BODY_MAX) throw new RangeError(`a message body must be 1–${MESSAGE_BODY_MAX} characters; check it before calling`)
  return db.transaction().execute(async (trx) => {
    const participants = await trx
      .selectFrom('conversation_participants')
      .innerJoin('conversations', 'conversations.id', 'conversation_participants.conversation_id')
      .innerJoin('people', 'people.id', 'conversation_participants.person_id')
      .select(['people.id', 'people.deleted_at'])
      .where('conversations.id', '=', input.conversationId)
      .where('conversations.tenant_id', '=', input.tenantId)
      .execute()
    if (!participants.some((person) => person.id === input.senderId)) return { ok: false, reason: 'not-found' } as const
    const others = participants.filter((person) => person.id !== input.senderId)
    if (others.some((person) => person.deleted_at !== null)) return { ok: false, reason: 'recipient-deleted' } as const
    for (const other of others) if (await isBlockedBetween(trx, input.senderId, other.id)) return { ok: false, reason: 'blocked' } as const
    await recordMessage(trx, { tenantId: input.tenantId, conversationId: input.conversationId, senderId: input.senderId, body, senderLocale: input.locale }, now)
    return { ok: true } as const
  })
}
