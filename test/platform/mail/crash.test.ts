import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { seedDemo } from '../../../src/demo/seed.ts'
import { openDatabase, type Database } from '../../../src/platform/db/database.ts'
import { migrateToLatest } from '../../../src/platform/db/migrator.ts'
import { enqueueMail } from '../../../src/platform/mail/outbox.ts'
import { createTransport } from '../../../src/platform/mail/transport.ts'
import { startMailWorker } from '../../../src/platform/mail/worker.ts'
import { testConfig } from '../../support/app.ts'
import { createTestDatabase, databaseKinds } from '../../support/databases.ts'
import { repoRoot } from '../../support/server-process.ts'
import { startSmtpSink } from './smtp-sink.ts'
import { outboxRows, recordingLogger } from './support.ts'

const workerScript = fileURLToPath(new URL('./worker-process.ts', import.meta.url))
const RECIPIENTS = ['een', 'twee', 'drie', 'vier', 'vijf'].map((name) => `${name}@example.nl`)
const LOCK_MS = 1500

/** Live processes whose parent is `pid` (zombies do not count: they hold no files). */
function childrenOf(pid: number): number[] {
  const children: number[] = []
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8')
      const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(parent) === pid && state !== 'Z') children.push(Number(entry))
    } catch {
      // gone meanwhile
    }
  }
  return children
}

function isLive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z'
  } catch {
    return false
  }
}

async function until(what: string, condition: () => boolean | Promise<boolean>, timeoutMs: number, output = () => ''): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}\n${output()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

function startWorkerProcess(target: string, smtpUrl: string): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, target, smtpUrl, String(LOCK_MS)], {
    cwd: repoRoot,
    env: { ...process.env, NODE_ENV: 'test' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  return { child, output: () => output }
}

describe('mail survives a worker process killed mid-way', () => {
  for (const kind of databaseKinds()) {
    it(`delivers every queued mail after SIGKILL and a restart [${kind}]`, async () => {
      // The database: a PGlite data directory on disk, or a fresh PostgreSQL database.
      const dataDir = kind === 'pglite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-crash-')) : undefined
      const testDatabase = kind === 'postgres' ? await createTestDatabase('postgres') : undefined
      const open = async (): Promise<Database> => {
        if (testDatabase) return testDatabase
        const database = await openDatabase({ kind: 'pglite', dataDir })
        await migrateToLatest(database.db)
        return database
      }
      const target = dataDir ? `pglite:${dataDir}` : testDatabase!.url!

      let database = await open()
      const { tenantId } = await seedDemo(database.db)
      for (const to of RECIPIENTS) {
        await enqueueMail(database.db, {
          tenantId,
          to,
          template: 'signInLink',
          locale: 'nl',
          params: { tenantName: 'Gemeente Esveld', link: `https://esveld.example/inloggen/bevestigen?token=${to}`, minutes: 15 },
        })
      }
      // PGlite's files belong to one process at a time: hand them to the worker process.
      if (dataDir) await database.close()

      // A server that accepts the first mail and then hangs on the second, as a slow SMTP server would.
      const hanging = await startSmtpSink({ hold: (index) => index === 1 })
      const { child, output } = startWorkerProcess(target, hanging.url)
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
      let good: Awaited<ReturnType<typeof startSmtpSink>> | undefined
      let timer: NodeJS.Timeout | undefined
      try {
        await Promise.race([
          hanging.held,
          exited.then(() => {
            throw new Error(`the worker process stopped before it was killed:\n${output()}`)
          }),
          new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`the worker sent nothing in time:\n${output()}`)), 60_000))),
        ])
        clearTimeout(timer)
        assert.equal(hanging.received.length, 1, 'the first mail got through before the hang')

        // Mid-way: one mail sent, the next being sent, the rest claimed. Kill it without warning.
        // Only the embedded database's process: tsx may also run an esbuild helper while its cache is cold.
        const commandLine = (pid: number) => {
          try {
            return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8')
          } catch {
            return ''
          }
        }
        const embeddedDatabase = childrenOf(child.pid!).filter((pid) => commandLine(pid).includes('server-process'))
        if (kind === 'pglite') assert.equal(embeddedDatabase.length, 1, 'the worker runs PGlite in a child process')
        const socketDirs = embeddedDatabase.map((pid) => path.dirname(fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).at(-1)!))
        child.kill('SIGKILL')
        await exited
        // The orphaned PGlite process notices its parent is gone, closes the data cleanly, and exits.
        await until('the killed worker’s database process has exited', () => embeddedDatabase.every((pid) => !isLive(pid)), 30_000)
        for (const dir of socketDirs) if (path.basename(dir).startsWith('noaber-db-')) fs.rmSync(dir, { recursive: true, force: true })
      } finally {
        clearTimeout(timer)
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
        await hanging.close()
      }

      try {
        // Restart with a working SMTP server; the dead worker's claims expire after LOCK_MS.
        good = await startSmtpSink()
        database = await open()
        const worker = startMailWorker({ db: database.db, transport: createTransport(testConfig({ SMTP_URL: good.url })), logger: recordingLogger(), loop: false })
        try {
          const db = database.db
          await until(
            'every mail is sent',
            async () => (await worker.runOnce()) >= 0 && (await outboxRows(db)).every((row) => row.status === 'sent'),
            60_000,
            output,
          )
        } finally {
          await worker.stop()
        }

        const arrived = [...hanging.received, ...good.received].flatMap((mail) => mail.envelopeTo)
        assert.deepEqual([...new Set(arrived)].sort(), [...RECIPIENTS].sort(), 'every mail arrived')
        assert.ok(good.received.length >= RECIPIENTS.length - 1, 'the rest arrived after the restart')
        for (const mail of good.received) assert.equal(mail.parsed.subject, 'Uw inloglink voor Gemeente Esveld')
        const rows = await outboxRows(database.db)
        assert.equal(rows.length, RECIPIENTS.length)
        assert.ok(rows.every((row) => row.status === 'sent' && row.locked_until === null))
      } finally {
        await good?.close()
        await database.close()
        if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
      }
    })
  }
})
