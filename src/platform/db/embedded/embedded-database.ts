import { fork, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export interface EmbeddedDatabase {
  /** Directory holding the `.s.PGSQL.5432` socket, as `pg` expects for its `host` option. */
  socketDir: string
  port: number
  stop(): Promise<void>
  /** Writes the data directory to a file that `startEmbeddedDatabase` can start a copy from. */
  dumpTo(file: string): Promise<void>
}

const PORT = 5432
const serverProcessFile = fileURLToPath(new URL('./server-process.ts', import.meta.url))

/**
 * Starts PGlite in a child process. `dataDir` undefined means an in-memory database (tests);
 * `startFrom` a dump to start from instead of an empty cluster (tests: migrated once, copied per suite).
 * The socket lives in a fresh private temp directory: a Unix socket path must stay short, and no
 * other local user may connect to a database that has no password.
 */
export async function startEmbeddedDatabase(dataDir: string | undefined, startFrom?: string): Promise<EmbeddedDatabase> {
  const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'noaber-db-'))
  const target = dataDir ?? 'memory://'
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true })
  const child = fork(serverProcessFile, [target, path.join(socketDir, `.s.PGSQL.${PORT}`), ...(startFrom ? [startFrom] : [])], {
    execArgv: ['--import', import.meta.resolve('tsx')],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  })

  await new Promise<void>((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`the embedded database process stopped while starting (exit code ${code})`))
    child.once('exit', onExit)
    child.once('error', reject)
    child.once('message', (message) => {
      child.off('exit', onExit)
      if (message === 'ready') resolve()
      else reject(new Error(`unexpected message from the embedded database: ${String(message)}`))
    })
  })

  return {
    socketDir,
    port: PORT,
    stop: () => stopChild(child, socketDir),
    dumpTo: (file) =>
      new Promise<void>((resolve, reject) => {
        child.once('message', (message) => (message === 'dumped' ? resolve() : reject(new Error(`unexpected message from the embedded database: ${String(message)}`))))
        child.send({ dumpTo: file })
      }),
  }
}

async function stopChild(child: ChildProcess, socketDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    child.send('stop')
    const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await exited
    clearTimeout(timeout)
  }
  fs.rmSync(socketDir, { recursive: true, force: true })
}
