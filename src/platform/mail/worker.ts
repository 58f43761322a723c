import { sql } from 'kysely'
import type { Db } from '../db/database.ts'
import { isLocale } from '../i18n/locale.ts'
import { isMailTemplateName, renderMail } from './templates.ts'
import type { MailTransport } from './transport.ts'

/** The part of a pino logger the worker uses; Fastify's `app.log` fits. */
export interface MailLogger {
  info(details: object, message?: string): void
  warn(details: object, message?: string): void
  error(details: object, message?: string): void
}

export interface MailWorkerOptions {
  db: Db
  transport: MailTransport
  logger: MailLogger
  /** Pause between looks at the outbox when it had nothing (more) to send. Default 5 seconds. */
  pollIntervalMs?: number
  /** Wait after the first failed attempt; doubles with every further failure, up to an hour. Default 30 seconds. */
  baseBackoffMs?: number
  /** Attempts before a mail is marked failed. Default 8: with the default back-off, about an hour of trying. */
  maxAttempts?: number
  /** How long a claimed batch is reserved; a batch of a worker that died is sent by another after this. Default 5 minutes. */
  lockMs?: number
  /** Mails claimed at once. Default 5: with the SMTP timeouts a batch stays well within the lock. */
  batchSize?: number
  /** false: no background loop, only `runOnce` (tests, one-off commands). Default true. */
  loop?: boolean
}

export interface MailWorker {
  /** Stops the loop; waits for the message being sent, hands the rest of its batch back, and resolves. */
  stop(): Promise<void>
  /** Claims one batch of due mails and tries to send each; resolves to the number claimed. */
  runOnce(): Promise<number>
}

export const MAX_BACKOFF_MS = 60 * 60 * 1000

/** Wait before the next attempt, after a failure when `attemptsBefore` attempts had already been made. */
export function retryDelayMs(attemptsBefore: number, baseBackoffMs: number): number {
  return Math.min(baseBackoffMs * 2 ** Math.min(attemptsBefore, 30), MAX_BACKOFF_MS)
}

interface ClaimedMail {
  id: number
  recipient: string
  template: string
  locale: string
  params: unknown
  attempts: number
}

const milliseconds = (ms: number) => sql`${ms}::double precision * interval '1 millisecond'`

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.slice(0, 2000)
}

/**
 * The loop that delivers the mail outbox. Safe with several workers on one database: each claims a
 * batch with `for update skip locked` and reserves it until `locked_until`, in a statement that commits
 * before anything is sent. A worker that dies leaves its claim to expire, after which the mail is due
 * again: delivery is at least once. All times come from the database clock.
 */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, transport, logger } = options
  const pollIntervalMs = options.pollIntervalMs ?? 5_000
  const baseBackoffMs = options.baseBackoffMs ?? 30_000
  const maxAttempts = options.maxAttempts ?? 8
  const lockMs = options.lockMs ?? 5 * 60 * 1000
  const batchSize = options.batchSize ?? 5

  let stopping = false
  let timer: NodeJS.Timeout | undefined
  // Batches of one worker run one after the other, whether started by the loop or by runOnce.
  let current: Promise<unknown> = Promise.resolve()

  async function claim(): Promise<ClaimedMail[]> {
    const { rows } = await sql<ClaimedMail>`
      update mail_outbox set locked_until = now() + ${milliseconds(lockMs)}
      where id in (
        select id from mail_outbox
        where status = 'pending' and next_attempt_at <= now() and (locked_until is null or locked_until < now())
        order by next_attempt_at, id
        limit ${batchSize}
        for update skip locked
      )
      returning id, recipient, template, locale, params, attempts
    `.execute(db)
    return rows.sort((a, b) => a.id - b.id)
  }

  async function markSent(mail: ClaimedMail): Promise<void> {
    await db
      .updateTable('mail_outbox')
      // The parameters may hold a sign-in link: once sent, they are not kept.
      .set({ status: 'sent', sent_at: sql<Date>`now()`, attempts: sql<number>`attempts + 1`, locked_until: null, params: '{}' })
      .where('id', '=', mail.id)
      .where('status', '=', 'pending')
      .execute()
  }

  async function recordFailure(mail: ClaimedMail, error: unknown): Promise<void> {
    const attempts = mail.attempts + 1
    const failed = attempts >= maxAttempts
    const delayMs = retryDelayMs(mail.attempts, baseBackoffMs)
    const reason = describe(error)
    await db
      .updateTable('mail_outbox')
      .set({
        attempts: sql<number>`attempts + 1`,
        last_error: reason,
        locked_until: null,
        status: failed ? 'failed' : 'pending',
        // Given up: like a sent mail, a failed one keeps no parameters (they may hold a link that signs in).
        ...(failed ? { params: '{}' } : { next_attempt_at: sql<Date>`now() + ${milliseconds(delayMs)}` }),
      })
      .where('id', '=', mail.id)
      .where('status', '=', 'pending')
      .execute()
    const details = { mailId: mail.id, template: mail.template, attempts, reason }
    if (failed) logger.error(details, `mail not delivered; gave up after ${attempts} attempts`)
    else logger.warn({ ...details, retryInMs: delayMs }, 'mail not delivered; will try again')
  }

  async function deliver(mail: ClaimedMail): Promise<void> {
    try {
      if (!isMailTemplateName(mail.template)) throw new Error(`unknown mail template '${mail.template}'`)
      if (!isLocale(mail.locale)) throw new Error(`unknown locale '${mail.locale}'`)
      const rendered = renderMail(mail.template, mail.locale, mail.params as never)
      await transport.send({ to: mail.recipient, ...rendered, headers: { 'X-Noaber-Mail-Id': String(mail.id) } })
    } catch (error) {
      await recordFailure(mail, error)
      return
    }
    try {
      await markSent(mail)
    } catch (error) {
      logger.error({ mailId: mail.id, reason: describe(error) }, 'mail sent, but not marked sent; it will be sent again')
      throw error
    }
    logger.info({ mailId: mail.id, template: mail.template, attempts: mail.attempts + 1 }, 'mail sent')
  }

  async function processBatch(): Promise<number> {
    const batch = await claim()
    for (const [index, mail] of batch.entries()) {
      if (stopping) {
        // Hand the rest back at once rather than leaving it locked until the claim expires.
        const rest = batch.slice(index).map((m) => m.id)
        await db.updateTable('mail_outbox').set({ locked_until: null }).where('id', 'in', rest).where('status', '=', 'pending').execute()
        break
      }
      await deliver(mail)
    }
    return batch.length
  }

  function runOnce(): Promise<number> {
    if (stopping) return Promise.reject(new Error('the mail worker has stopped'))
    const run = current.then(processBatch)
    current = run.catch(() => {})
    return run
  }

  async function tick(): Promise<void> {
    timer = undefined
    if (stopping) return
    let claimed = 0
    try {
      claimed = await runOnce()
    } catch (error) {
      logger.error({ reason: describe(error) }, 'mail worker could not process the outbox; trying again later')
    }
    // A full batch suggests more is waiting: look again at once.
    if (!stopping) timer = setTimeout(() => void tick(), claimed >= batchSize ? 0 : pollIntervalMs)
  }

  if (options.loop !== false) timer = setTimeout(() => void tick(), 0)

  return {
    runOnce,
    stop: async () => {
      stopping = true
      if (timer) clearTimeout(timer)
      timer = undefined
      await current
    },
  }
}
