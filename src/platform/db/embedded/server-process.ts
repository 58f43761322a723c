/**
 * Child process that owns the embedded PGlite database and speaks the PostgreSQL wire protocol on a
 * private Unix socket. PGlite runs every query on the thread that calls it; keeping it out of the web
 * server's process keeps the event loop free while a heavy query runs.
 */
import fs from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'

const [dataDir, socketPath, startFrom] = process.argv.slice(2)
if (!dataDir || !socketPath || !process.send) {
  console.error('usage: forked with <dataDir|memory://> <socketPath> [<dump to start from>] and an IPC channel')
  process.exit(2)
}

const db = await PGlite.create(dataDir, { extensions: { pg_trgm }, loadDataDir: startFrom ? new Blob([fs.readFileSync(startFrom)]) : undefined })
const server = new PGLiteSocketServer({ db, path: socketPath })
await server.start()

let stopping = false
async function stop(): Promise<void> {
  if (stopping) return
  stopping = true
  await server.stop()
  await db.close()
  process.exit(0)
}

process.on('message', (message) => {
  if (message === 'stop') void stop()
  else if (typeof message === 'object' && message !== null && 'dumpTo' in message) void dump(String(message.dumpTo))
})

/** Writes the whole data directory to a file, from which another embedded database can start. */
async function dump(file: string): Promise<void> {
  const contents = await db.dumpDataDir('none')
  fs.writeFileSync(file, Buffer.from(await contents.arrayBuffer()))
  process.send!('dumped')
}
// The parent died without asking: close PGlite cleanly so the data directory stays consistent.
process.on('disconnect', () => void stop())
process.on('SIGTERM', () => void stop())
process.on('SIGINT', () => {
  /* the parent decides when we stop */
})

process.send('ready')
