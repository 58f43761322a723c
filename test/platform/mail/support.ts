import { sql } from 'kysely'
import type { Db } from '../../../src/platform/db/database.ts'
import type { OutboxMail } from '../../../src/platform/mail/outbox-table.ts'
import type { MailLogger } from '../../../src/platform/mail/worker.ts'

export interface LogEntry {
  level: 'info' | 'warn' | 'error'
  details: object
  message: string | undefined
}

/** A logger that keeps what it is told, so a test can read it and the output stays quiet. */
export function recordingLogger(): MailLogger & { entries: LogEntry[] } {
  const entries: LogEntry[] = []
  const at = (level: LogEntry['level']) => (details: object, message?: string) => void entries.push({ level, details, message })
  return { entries, info: at('info'), warn: at('warn'), error: at('error') }
}

export async function outboxRows(db: Db): Promise<OutboxMail[]> {
  return db.selectFrom('mail_outbox').selectAll().orderBy('id').execute()
}

/** Seconds from the database's now to each pending mail's next attempt. */
export async function secondsUntilNextAttempt(db: Db): Promise<number[]> {
  const { rows } = await sql<{ seconds: number }>`
    select extract(epoch from next_attempt_at - now())::double precision as seconds from mail_outbox order by id
  `.execute(db)
  return rows.map((row) => Number(row.seconds))
}

/** Lets time pass for the outbox: every pending mail becomes due now. */
export async function makeAllDue(db: Db): Promise<void> {
  await sql`update mail_outbox set next_attempt_at = now() where status = 'pending'`.execute(db)
}
