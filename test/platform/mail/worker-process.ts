/**
 * A mail worker on its own, as a separate process would run it in production: the crash test starts
 * it, lets it claim mail, and kills it with SIGKILL. Usage:
 *   node --import tsx worker-process.ts <pglite:DATA_DIR | postgres://…> <SMTP_URL> <lockMs>
 */
import { loadConfig } from '../../../src/platform/config/config.ts'
import { openDatabase } from '../../../src/platform/db/database.ts'
import { createTransport } from '../../../src/platform/mail/transport.ts'
import { startMailWorker } from '../../../src/platform/mail/worker.ts'

const [target, smtpUrl, lockMs] = process.argv.slice(2)
if (!target || !smtpUrl || !lockMs) {
  console.error('usage: worker-process.ts <pglite:DATA_DIR | postgres://…> <SMTP_URL> <lockMs>')
  process.exit(2)
}

const database = target.startsWith('pglite:')
  ? await openDatabase({ kind: 'pglite', dataDir: target.slice('pglite:'.length) })
  : await openDatabase({ kind: 'postgres', url: target })
const config = loadConfig({ NODE_ENV: 'test', SMTP_URL: smtpUrl, BASE_URL: 'http://localhost:3000' })
const line = (level: string) => (details: object, message?: string) => console.log(JSON.stringify({ level, message, ...details }))
startMailWorker({
  db: database.db,
  transport: createTransport(config),
  logger: { info: line('info'), warn: line('warn'), error: line('error') },
  pollIntervalMs: 50,
  lockMs: Number(lockMs),
})
console.log(JSON.stringify({ level: 'info', message: 'worker started', pid: process.pid }))
