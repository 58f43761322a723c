import type { Db } from '../../../src/platform/db/database.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'

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
