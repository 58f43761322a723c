import type { Db } from '../../src/platform/db/database.ts'

/** The link in the newest queued mail to this address: what the person would click. */
export async function latestMailLink(db: Db, to: string): Promise<string> {
  const row = await db.selectFrom('mail_outbox').selectAll().where('recipient', '=', to).orderBy('id', 'desc').executeTakeFirst()
  const link = (row?.params as { link?: string } | undefined)?.link
  if (!link) throw new Error(`no mail with a link was queued for ${to}`)
  const url = new URL(link)
  return url.pathname + url.search
}

export async function mailCount(db: Db, to: string): Promise<number> {
  const rows = await db.selectFrom('mail_outbox').select('id').where('recipient', '=', to).execute()
  return rows.length
}
