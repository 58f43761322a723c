import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, it } from 'node:test'
import { sql } from 'kysely'
import pino from 'pino'
import { seedDemo } from '../../../src/demo/seed.ts'
import { openDatabase } from '../../../src/platform/db/database.ts'
import { enqueueMail } from '../../../src/platform/mail/outbox.ts'
import { createTransport, type MailTransport, type OutgoingMail } from '../../../src/platform/mail/transport.ts'
import { MAX_BACKOFF_MS, retryDelayMs, startMailWorker, type MailLogger } from '../../../src/platform/mail/worker.ts'
import { testConfig } from '../../support/app.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { freePort } from '../../support/server-process.ts'
import { addressText, startSmtpSink, type SmtpSink } from './smtp-sink.ts'
import { makeAllDue, outboxRows, recordingLogger, secondsUntilNextAttempt } from './support.ts'

describe('retry back-off', () => {
  it('doubles from the base with every failed attempt and stops growing at an hour', () => {
    assert.equal(retryDelayMs(0, 30_000), 30_000)
    assert.equal(retryDelayMs(1, 30_000), 60_000)
    assert.equal(retryDelayMs(3, 30_000), 240_000)
    assert.equal(retryDelayMs(7, 30_000), MAX_BACKOFF_MS)
    assert.equal(retryDelayMs(5000, 30_000), MAX_BACKOFF_MS)
    assert.equal(retryDelayMs(4, 0), 0)
  })

  it('takes a pino logger as it is', () => {
    const logger: MailLogger = pino({ level: 'silent' })
    assert.ok(logger)
  })
})

describeEachDatabase('the mail outbox and worker', (context) => {
  let tenantId: number
  let sink: SmtpSink

  before(async () => {
    tenantId = (await seedDemo(context.database.db)).tenantId
    sink = await startSmtpSink()
  })
  after(() => sink.close())
  beforeEach(async () => {
    await sql`delete from mail_outbox`.execute(context.database.db)
    sink.received.length = 0
  })

  const signIn = (to: string, locale: 'nl' | 'en' = 'nl') =>
    enqueueMail(context.database.db, {
      tenantId,
      to,
      template: 'signInLink',
      locale,
      params: { tenantName: 'Gemeente Esveld', link: `https://esveld.example/inloggen/bevestigen?token=${encodeURIComponent(to)}`, minutes: 15 },
    })

  it('delivers queued mail over SMTP: subject, Dutch and English text, HTML part, recipient', async () => {
    const db = context.database.db
    await signIn('inwoner@example.nl', 'nl')
    await enqueueMail(db, {
      tenantId,
      to: 'collega@example.com',
      template: 'staffInvitation',
      locale: 'en',
      params: { tenantName: 'Gemeente Esveld', inviterName: 'Anouk de Vries', link: 'https://esveld.example/wachtwoord-instellen?token=abc', roles: ['broker', 'coordinator'] },
    })
    const logger = recordingLogger()
    const worker = startMailWorker({ db, transport: createTransport(testConfig({ SMTP_URL: sink.url })), logger, loop: false })
    assert.equal(await worker.runOnce(), 2)
    await worker.stop()

    assert.equal(sink.received.length, 2)
    const dutch = sink.received.find((mail) => mail.envelopeTo.includes('inwoner@example.nl'))
    const english = sink.received.find((mail) => mail.envelopeTo.includes('collega@example.com'))
    assert.ok(dutch && english, 'one mail to each recipient')

    assert.equal(dutch.parsed.subject, 'Uw inloglink voor Gemeente Esveld')
    assert.equal(addressText(dutch.parsed.to), 'inwoner@example.nl')
    assert.deepEqual(dutch.parsed.from?.value.map(({ name, address }) => ({ name, address })), [{ name: 'Noaber', address: 'noreply@localhost' }])
    assert.match(dutch.parsed.text ?? '', /15 minuten geldig/)
    assert.match(dutch.parsed.text ?? '', /Heeft u niet om deze e-mail gevraagd\?/)
    assert.match(dutch.parsed.text ?? '', /https:\/\/esveld\.example\/inloggen\/bevestigen\?token=inwoner%40example\.nl/)
    assert.match(String(dutch.parsed.html), /<html lang="nl"/)
    assert.match(String(dutch.parsed.html), /<a href="https:\/\/esveld\.example\/inloggen\/bevestigen\?token=inwoner%40example\.nl"[^>]*>Inloggen<\/a>/)
    assert.equal(dutch.parsed.headers.get('auto-submitted'), 'auto-generated')

    assert.equal(english.parsed.subject, 'Invitation: join Gemeente Esveld on Noaber')
    assert.match(english.parsed.text ?? '', /Anouk de Vries invites you/)
    assert.match(english.parsed.text ?? '', /Your roles: broker and coordinator\./)
    assert.match(String(english.parsed.html), /<html lang="en"/)
    assert.match(String(english.parsed.html), /Choose a password/)

    const rows = await outboxRows(db)
    for (const row of rows) {
      assert.equal(row.status, 'sent')
      assert.equal(row.attempts, 1)
      assert.ok(row.sent_at instanceof Date)
      assert.equal(row.locked_until, null)
      assert.deepEqual(row.params, {}, 'the sign-in link is not kept after sending')
    }
    assert.equal(logger.entries.filter((entry) => entry.message === 'mail sent').length, 2)
    assert.ok(!JSON.stringify(logger.entries).includes('example.nl'), 'no addresses in the log')
  })

  it('sends from the background loop and stops cleanly', async () => {
    const db = context.database.db
    const worker = startMailWorker({ db, transport: createTransport(testConfig({ SMTP_URL: sink.url })), logger: recordingLogger(), pollIntervalMs: 10 })
    await signIn('lus@example.nl')
    await sink.waitFor(1)
    await worker.stop()
    await assert.rejects(worker.runOnce(), /stopped/)
    assert.equal((await outboxRows(db))[0]?.status, 'sent')
  })

  it('queues a mail only when the caller’s transaction commits', async () => {
    const db = context.database.db
    await assert.rejects(
      db.transaction().execute(async (trx) => {
        await enqueueMail(trx, { tenantId, to: 'terug@example.nl', template: 'signInLink', locale: 'nl', params: { tenantName: 'X', link: 'https://x.example/', minutes: 5 } })
        throw new Error('the change failed')
      }),
      /the change failed/,
    )
    assert.equal((await outboxRows(db)).length, 0)
    await db.transaction().execute((trx) =>
      enqueueMail(trx, { tenantId, to: 'door@example.nl', template: 'signInLink', locale: 'nl', params: { tenantName: 'X', link: 'https://x.example/', minutes: 5 } }),
    )
    const rows = await outboxRows(db)
    assert.equal(rows.length, 1)
    assert.equal(rows[0]!.status, 'pending')
    assert.equal(rows[0]!.attempts, 0)
  })

  it('refuses anything but one plain address', async () => {
    for (const to of ['a@example.nl, b@example.nl', 'a@example.nl\r\nBcc: b@example.nl', 'Naam <a@example.nl>', 'geen-adres', '']) {
      await assert.rejects(signIn(to), TypeError, JSON.stringify(to))
    }
    assert.equal((await outboxRows(context.database.db)).length, 0)
  })

  it('keeps mail while SMTP is down, backs off, and delivers when it comes up', async () => {
    const db = context.database.db
    const port = await freePort() // nothing listens here yet: connection refused
    const worker = startMailWorker({
      db,
      transport: createTransport(testConfig({ SMTP_URL: `smtp://127.0.0.1:${port}` })),
      logger: recordingLogger(),
      loop: false,
      baseBackoffMs: 60_000,
    })
    for (const to of ['een@example.nl', 'twee@example.nl', 'drie@example.nl']) await signIn(to)

    assert.equal(await worker.runOnce(), 3)
    let rows = await outboxRows(db)
    assert.deepEqual(rows.map((row) => [row.status, row.attempts, row.locked_until]), [['pending', 1, null], ['pending', 1, null], ['pending', 1, null]])
    for (const row of rows) assert.match(row.last_error ?? '', /ECONNREFUSED|connect/i)
    for (const seconds of await secondsUntilNextAttempt(db)) assert.ok(seconds > 30 && seconds <= 60, `first retry in about a minute, got ${seconds}s`)
    assert.equal(await worker.runOnce(), 0, 'nothing is due before the back-off has passed')

    await makeAllDue(db)
    assert.equal(await worker.runOnce(), 3)
    rows = await outboxRows(db)
    assert.deepEqual(rows.map((row) => [row.status, row.attempts]), [['pending', 2], ['pending', 2], ['pending', 2]])
    for (const seconds of await secondsUntilNextAttempt(db)) assert.ok(seconds > 90 && seconds <= 120, `second retry in about two minutes, got ${seconds}s`)
    await worker.stop()

    const late = await startSmtpSink({ port })
    try {
      const revived = startMailWorker({ db, transport: createTransport(testConfig({ SMTP_URL: late.url })), logger: recordingLogger(), loop: false, baseBackoffMs: 60_000 })
      await makeAllDue(db)
      assert.equal(await revived.runOnce(), 3)
      await revived.stop()
      assert.deepEqual(late.received.flatMap((mail) => mail.envelopeTo).sort(), ['drie@example.nl', 'een@example.nl', 'twee@example.nl'])
      rows = await outboxRows(db)
      assert.deepEqual(rows.map((row) => [row.status, row.attempts]), [['sent', 3], ['sent', 3], ['sent', 3]])
    } finally {
      await late.close()
    }
  })

  it('marks a mail failed after the last attempt', async () => {
    const db = context.database.db
    const port = await freePort()
    const logger = recordingLogger()
    const worker = startMailWorker({ db, transport: createTransport(testConfig({ SMTP_URL: `smtp://127.0.0.1:${port}` })), logger, loop: false, maxAttempts: 3, baseBackoffMs: 0 })
    await signIn('nooit@example.nl')
    for (let attempt = 1; attempt <= 3; attempt++) assert.equal(await worker.runOnce(), 1, `attempt ${attempt}`)
    assert.equal(await worker.runOnce(), 0, 'a failed mail is not tried again')
    await worker.stop()
    const [row] = await outboxRows(db)
    assert.equal(row!.status, 'failed')
    assert.equal(row!.attempts, 3)
    assert.match(row!.last_error ?? '', /ECONNREFUSED|connect/i)
    assert.deepEqual(row!.params, {})
    assert.equal(logger.entries.filter((entry) => entry.level === 'warn').length, 2)
    assert.equal(logger.entries.filter((entry) => entry.level === 'error').length, 1)
  })

  it('does not let a mail that cannot be rendered hold up the others', async () => {
    const db = context.database.db
    await db.insertInto('mail_outbox').values({ tenant_id: tenantId, recipient: 'oud@example.nl', template: 'removedTemplate', locale: 'nl', params: '{}' }).execute()
    await signIn('nieuw@example.nl')
    const worker = startMailWorker({ db, transport: createTransport(testConfig({ SMTP_URL: sink.url })), logger: recordingLogger(), loop: false, maxAttempts: 2, baseBackoffMs: 0 })
    assert.equal(await worker.runOnce(), 2)
    assert.equal(await worker.runOnce(), 1)
    await worker.stop()
    const rows = await outboxRows(db)
    assert.deepEqual(rows.map((row) => [row.recipient, row.status]), [['oud@example.nl', 'failed'], ['nieuw@example.nl', 'sent']])
    assert.match(rows[0]!.last_error ?? '', /unknown mail template 'removedTemplate'/)
    assert.deepEqual(sink.received.flatMap((mail) => mail.envelopeTo), ['nieuw@example.nl'])
  })

  it('sends a mail claimed by a worker that died once the claim expires', async () => {
    const db = context.database.db
    await signIn('wees@example.nl')
    // What a worker that claimed the mail and then died leaves behind.
    await sql`update mail_outbox set locked_until = now() + interval '1 hour'`.execute(db)
    const worker = startMailWorker({ db, transport: createTransport(testConfig({ SMTP_URL: sink.url })), logger: recordingLogger(), loop: false })
    assert.equal(await worker.runOnce(), 0, 'still claimed')
    await sql`update mail_outbox set locked_until = now() - interval '1 second'`.execute(db)
    assert.equal(await worker.runOnce(), 1)
    await worker.stop()
    assert.equal((await outboxRows(db))[0]!.status, 'sent')
    assert.deepEqual(sink.received.flatMap((mail) => mail.envelopeTo), ['wees@example.nl'])
  })

  it('lets several workers share the outbox without sending a mail twice', async () => {
    const db = context.database.db
    const recipients = Array.from({ length: 12 }, (_, index) => `bewoner${index}@example.nl`)
    for (const to of recipients) await signIn(to)
    // On PostgreSQL each worker has its own connection pool, as separate processes would.
    const url = context.database.url
    const databases = await Promise.all([1, 2, 3].map(() => (url ? openDatabase({ kind: 'postgres', url }) : undefined)))
    try {
      const workers = databases.map((own) =>
        startMailWorker({ db: own?.db ?? db, transport: createTransport(testConfig({ SMTP_URL: sink.url })), logger: recordingLogger(), loop: false, batchSize: 2 }),
      )
      const drain = async (worker: (typeof workers)[number]) => {
        while ((await worker.runOnce()) > 0) {
          /* next batch */
        }
      }
      await Promise.all(workers.map(drain))
      await Promise.all(workers.map((worker) => worker.stop()))
    } finally {
      await Promise.all(databases.map((own) => own?.close()))
    }
    const ids = sink.received.map((mail) => mail.parsed.headers.get('x-noaber-mail-id'))
    assert.equal(new Set(ids).size, ids.length, 'no mail id twice')
    assert.deepEqual(sink.received.flatMap((mail) => mail.envelopeTo).sort(), [...recipients].sort())
    assert.ok((await outboxRows(db)).every((row) => row.status === 'sent' && row.attempts === 1))
  })

  it('on stop, finishes the mail being sent and hands the rest of its batch back', async () => {
    const db = context.database.db
    for (const to of ['eerste@example.nl', 'tweede@example.nl', 'derde@example.nl']) await signIn(to)
    const sent: OutgoingMail[] = []
    let sending: () => void = () => {}
    const started = new Promise<void>((resolve) => (sending = resolve))
    let finish: () => void = () => {}
    const finished = new Promise<void>((resolve) => (finish = resolve))
    const slow: MailTransport = {
      kind: 'smtp',
      send: async (mail) => {
        sending()
        await finished
        sent.push(mail)
        return { messageId: `<${sent.length}@test>` }
      },
      close: () => {},
    }
    const worker = startMailWorker({ db, transport: slow, logger: recordingLogger(), pollIntervalMs: 10 })
    await started
    let stopped = false
    const stopping = worker.stop().then(() => (stopped = true))
    await new Promise((resolve) => setImmediate(resolve))
    assert.equal(stopped, false, 'stop waits for the mail in flight')
    finish()
    await stopping
    assert.deepEqual(sent.map((mail) => mail.to), ['eerste@example.nl'])
    const rows = await outboxRows(db)
    assert.deepEqual(rows.map((row) => [row.recipient, row.status, row.attempts, row.locked_until]), [
      ['eerste@example.nl', 'sent', 1, null],
      ['tweede@example.nl', 'pending', 0, null],
      ['derde@example.nl', 'pending', 0, null],
    ])
  })
})
