import assert from 'node:assert/strict'
import type { Db } from '../../../src/platform/db/database.ts'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { startConversation } from '../../../src/modules/messages/conversations.ts'

/** A resident with a name, as the messages tests need them; returns their person id. */
export async function resident(db: Db, tenantId: number, email: string, name: string): Promise<number> {
  const { person } = await grantRole(db, tenantId, email, 'resident', name)
  return person.id
}

export async function messageCount(db: Db): Promise<number> {
  const { count } = await db.selectFrom('conversation_messages').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return Number(count)
}

export async function conversationCount(db: Db): Promise<number> {
  const { count } = await db.selectFrom('conversations').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
  return Number(count)
}

/** The unread label the header's "Berichten" link carries, or undefined when nothing is unread. */
export function headerUnread(html: string): string | undefined {
  return /<a[^>]*href="\/berichten"[^>]*aria-label="([^"]*)"/.exec(html)?.[1]
}

/** The demo municipality with two neighbours, Anna and Bram, and a conversation Anna started with Bram. */
export async function neighboursInConversation(db: Db, subject: string, body: string): Promise<{ tenantId: number; anna: number; bram: number; conversationId: number }> {
  const { tenantId } = await seedDemo(db, { content: false })
  const anna = await resident(db, tenantId, 'anna@voorbeeld.nl', 'Anna Jansen')
  const bram = await resident(db, tenantId, 'bram@voorbeeld.nl', 'Bram de Boer')
  const started = await startConversation(db, { tenantId, fromPersonId: anna, toPersonId: bram, subject, body }, new Date())
  assert.ok(started.ok)
  return { tenantId, anna, bram, conversationId: started.conversationId }
}
