import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { SlowQuery } from '../src/platform/db/database.ts'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}

/** Peak resident memory of a process and its descendants (the embedded database runs in a child), in bytes. */
function peakMemory(pid: number): { self: number; children: number } {
  const hwm = (id: number) => Number(/VmHWM:\s+(\d+) kB/.exec(safeRead(`/proc/${id}/status`))?.[1] ?? 0) * 1024
  const children = (id: number): number[] =>
    fs.readdirSync(`/proc/${id}/task`, { withFileTypes: true }).flatMap((task) => safeRead(`/proc/${id}/task/${task.name}/children`).split(/\s+/).filter(Boolean).map(Number))
  const descendants = (id: number): number[] => children(id).flatMap((child) => [child, ...descendants(child)])
  let others = 0
  try {
    for (const child of descendants(pid)) others += hwm(child)
  } catch {
    // A child that ended while we looked adds nothing.
  }
  return { self: hwm(pid), children: others }
}

function safeRead(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8')
  } catch {
    return ''
  }
}

export interface BenchServer {
  url: string
  readyMs: number
  /** Peak memory so far: the server process, and the embedded database child when there is one. */
  memory(): { self: number; children: number }
  slowQueries: SlowQuery[]
  stop(): Promise<void>
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server stopped before it was ready:\n${output()}`)
    try {
      const response = await fetch(`${url}/readyz`)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new Error(`The server was not ready within ${timeoutMs / 1000} s:\n${output()}`)
}

function stopper(child: ChildProcess): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref()
    })
}

/** Node's own options from `npm start` (the heap limit), so the benchmark runs the server exactly as it is started. */
function startOptions(): string[] {
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: { start: string } }
  return manifest.scripts.start.split(/\s+/).filter((word) => word.startsWith('--'))
}

/** Starts `noaber serve` as it runs in production, one process, and measures the time until /readyz answers. */
export async function startNoaber(env: Record<string, string>): Promise<BenchServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child = spawn(process.execPath, [...startOptions(), path.join(repoRoot, 'bin/noaber.js'), 'serve'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', NODE_ENV: 'production', PORT: String(port), HOST: '127.0.0.1', BASE_URL: url, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const slowQueries: SlowQuery[] = []
  let partial = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    partial += chunk.toString()
    const lines = partial.split('\n')
    partial = lines.pop() ?? ''
    for (const line of lines) {
      if (line.includes('"slowQuery"')) slowQueries.push((JSON.parse(line) as { slowQuery: SlowQuery }).slowQuery)
      else output += `${line}\n`
    }
  })
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  await waitUntilReady(url, child, () => output, 120_000)
  const readyMs = Math.round(performance.now() - started)
  return { url, readyMs, memory: () => peakMemory(child.pid!), slowQueries, stop: stopper(child) }
}

/** The baseline: a Fastify server that answers "hello world", measured the same way as Noaber. */
export async function startBaseline(): Promise<BenchServer> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child = spawn(process.execPath, [path.join(repoRoot, 'bench/hello-server.js'), String(port)], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] })
  await waitUntilReady(url, child, () => '', 30_000)
  return { url, readyMs: Math.round(performance.now() - started), memory: () => peakMemory(child.pid!), slowQueries: [], stop: stopper(child) }
}
