import type { Db } from '../../platform/db/database.ts'
import { recordMessage } from './message-writes.ts'

/*
 * The messages service other modules call to let people contact each other without ever seeing an
 * e-mail address. The caller decides whether the person may contact what they are looking at
 * (a helper profile, a space, a request); this service enforces what is true of any message:
 * nobody writes to themselves, to an unknown or deleted account, or across a block.
 */

export const MESSAGE_SUBJECT_MAX = 200
export const MESSAGE_BODY_MAX = 5000

export type StartConversationResult = { ok: true; conversationId: number } | { ok: false; reason: 'blocked' | 'self' | 'unknown-recipient' }

export interface ConversationContext {
  /** What the conversation is about, in code words: 'helper', 'space', 'neighbourRequest', … */
  kind: string
  id: number
  /** Where it is on this site: a path such as `/hulp/12`, never another site. */
  url: string
}

const CONTEXT_KIND = /^[a-z][a-zA-Z0-9-]{0,39}$/
/** A path on this site; '//host' and '/\host' are read by browsers as another site. */
const LOCAL_PATH = /^\/(?![/\\])[^\s\\]{0,499}$/

/**
 * Subject and body as they will be stored. Callers check what people type with the exported limits
 * first (see `readContactForm`), so a violation here is a programming error, not a person's mistake.
 */
function checkedText(subject: string, body: string): { subject: string; body: string } {
  const cleanSubject = subject.replace(/\s+/g, ' ').trim()
  const cleanBody = body.trim()
  if (cleanSubject.length < 1 || cleanSubject.length > MESSAGE_SUBJECT_MAX) throw new RangeError(`a message subject must be 1–${MESSAGE_SUBJECT_MAX} characters; check it before calling`)
  if (cleanBody.length < 1 || cleanBody.length > MESSAGE_BODY_MAX) throw new RangeError(`a message body must be 1–${MESSAGE_BODY_MAX} characters; check it before calling`)
  return { subject: cleanSubject, body: cleanBody }
}

function checkedContext(context: ConversationContext | undefined): ConversationContext | undefined {
  if (!context) return undefined
  if (!CONTEXT_KIND.test(context.kind)) throw new TypeError(`not a context kind: '${context.kind}'`)
  if (!Number.isSafeInteger(context.id) || context.id < 1) throw new TypeError(`not a context id: ${context.id}`)
  if (!LOCAL_PATH.test(context.url)) throw new TypeError(`a context url must be a path on this site, got '${context.url}'`)
  return context
}

/**
 * Starts a conversation with its first message and notifies the recipient by mail, all in one
 * transaction. The sender must be a person of the tenant.
 */
export async function startConversation(
  db: Db,
  input: { tenantId: number; fromPersonId: number; toPersonId: number; subject: string; body: string; context?: { kind: string; id: number; url: string } },
  now: Date,
): Promise<StartConversationResult> {
  const { subject, body } = checkedText(input.subject, input.body)
  const context = checkedContext(input.context)
  if (input.fromPersonId === input.toPersonId) return { ok: false, reason: 'self' }
  return db.transaction().execute(async (trx) => {
    const people = await trx
      .selectFrom('people')
      .select(['id', 'deleted_at'])
      .where('tenant_id', '=', input.tenantId)
      .where('id', 'in', [input.fromPersonId, input.toPersonId])
      .execute()
    const sender = people.find((person) => person.id === input.fromPersonId)
    if (!sender || sender.deleted_at) throw new Error(`person ${input.fromPersonId} cannot send messages in tenant ${input.tenantId}`)
    const recipient = people.find((person) => person.id === input.toPersonId)
    if (!recipient || recipient.deleted_at) return { ok: false, reason: 'unknown-recipient' } as const
    if (await isBlockedBetween(trx, input.fromPersonId, input.toPersonId)) return { ok: false, reason: 'blocked' } as const

    const { id } = await trx
      .insertInto('conversations')
      .values({
        tenant_id: input.tenantId,
        subject,
        context_kind: context?.kind ?? null,
        context_id: context?.id ?? null,
        context_url: context?.url ?? null,
        created_at: now,
        last_message_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('conversation_participants')
      .values([input.fromPersonId, input.toPersonId].map((personId) => ({ conversation_id: id, person_id: personId, last_message_at: now, last_read_at: null, unread_since: null, locale: null })))
      .execute()
    await recordMessage(trx, { tenantId: input.tenantId, conversationId: id, senderId: input.fromPersonId, body }, now)
    return { ok: true, conversationId: id } as const
  })
}

/** How many conversations have something the person has not read yet: one small index lookup. */
export async function unreadConversationCount(db: Db, personId: number): Promise<number> {
  const { count } = await db
    .selectFrom('conversation_participants')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('person_id', '=', personId)
    .where('unread_since', 'is not', null)
    .executeTakeFirstOrThrow()
  return Number(count)
}

/** Whether either person has blocked the other. */
export async function isBlockedBetween(db: Db, a: number, b: number): Promise<boolean> {
  const block = await db
    .selectFrom('message_blocks')
    .select('blocker_id')
    .where((eb) => eb.or([eb.and([eb('blocker_id', '=', a), eb('blocked_id', '=', b)]), eb.and([eb('blocker_id', '=', b), eb('blocked_id', '=', a)])]))
    .executeTakeFirst()
  return block !== undefined
}
