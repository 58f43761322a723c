import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { RouteResult } from './load.ts'
import type { TargetCheck } from './targets.ts'

export interface RunReport {
  date: string
  scale: string
  initiatives: number
  database: 'pglite' | 'postgres'
  machine: { cpus: number; model: string; memoryGiB: number; node: string }
  settings: { connections: number; warmUpSeconds: number; measureSeconds: number }
  generationMs: number
  startupMs: number
  serverPeakMemoryMB: number
  databaseChildPeakMemoryMB: number
  baseline: RouteResult
  routes: (RouteResult & { ratioToBaseline: number })[]
  targets: TargetCheck[]
  notes: string[]
}

export function machine(): RunReport['machine'] {
  const cpus = os.cpus()
  return { cpus: cpus.length, model: cpus[0]?.model ?? 'unknown', memoryGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version }
}

function pad(value: string | number, width: number, right = false): string {
  const text = String(value)
  return right ? text.padStart(width) : text.padEnd(width)
}

function routeRows(report: RunReport): string[][] {
  const row = (route: RouteResult, ratio: string) => [route.diagnostic ? `${route.route} *` : route.route, String(route.requestsPerSecond), String(route.p50Ms), String(route.p99Ms), String(route.errors + route.timeouts), ratio]
  return [row(report.baseline, '1.00'), ...report.routes.map((route) => row(route, route.ratioToBaseline.toFixed(2)))]
}

const HEADERS = ['route', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'vs baseline']

export function printTable(report: RunReport): void {
  const rows = routeRows(report)
  const widths = HEADERS.map((header, index) => Math.max(header.length, ...rows.map((row) => row[index]!.length)))
  const line = (cells: string[]) => cells.map((cell, index) => pad(cell, widths[index]!, index > 0)).join('  ')
  console.log(`\n${report.database} · ${report.initiatives.toLocaleString('en')} initiatives · ${report.settings.connections} connections · ${report.settings.measureSeconds} s per route`)
  console.log(line(HEADERS))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of rows) console.log(line(row))
  console.log('* without the public cache: every request asks something not asked before; not checked against the targets')
  console.log(`data generation ${(report.generationMs / 1000).toFixed(1)} s · start-up to ready ${(report.startupMs / 1000).toFixed(2)} s · server peak memory ${report.serverPeakMemoryMB} MB` +
    (report.databaseChildPeakMemoryMB ? ` (+ embedded database ${report.databaseChildPeakMemoryMB} MB)` : ''))
  for (const check of report.targets) console.log(`${check.met ? 'met    ' : 'MISSED '} ${check.target}: ${check.measured}`)
}

export function markdown(report: RunReport): string {
  const rows = routeRows(report)
  return [
    `# ${report.date} · ${report.scale} · ${report.database}`,
    '',
    `${report.initiatives.toLocaleString('en')} initiatives; ${report.settings.connections} connections, ${report.settings.warmUpSeconds} s warm-up and ${report.settings.measureSeconds} s measured per route; ` +
      `${report.machine.cpus} × ${report.machine.model}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}.`,
    '',
    `| ${HEADERS.join(' | ')} |`,
    `|${HEADERS.map((_, index) => (index === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Data generation ${(report.generationMs / 1000).toFixed(1)} s; start-up to ready ${(report.startupMs / 1000).toFixed(2)} s; server peak memory ${report.serverPeakMemoryMB} MB` +
      (report.databaseChildPeakMemoryMB ? `, embedded database process ${report.databaseChildPeakMemoryMB} MB.` : '.'),
    '',
    '| target | measured | met |',
    '|---|---|---|',
    ...report.targets.map((check) => `| ${check.target} | ${check.measured} | ${check.met ? 'yes' : '**no**'} |`),
    '',
    '\\* without the public cache: every request asks something not asked before; reported, not checked against the targets.',
    ...(report.notes.length > 0 ? ['', ...report.notes.map((note) => `- ${note}`)] : []),
    '',
  ].join('\n')
}

/** Writes `<date>-<scale>-<db>.json`, `.md` and `-plans.md` to the results directory; returns the base path. */
export function writeReport(directory: string, report: RunReport, plans: string): string {
  fs.mkdirSync(directory, { recursive: true })
  const base = path.join(directory, `${report.date}-${report.scale}-${report.database}`)
  fs.writeFileSync(`${base}.json`, `${JSON.stringify(report, null, 2)}\n`)
  fs.writeFileSync(`${base}.md`, markdown(report))
  fs.writeFileSync(`${base}-plans.md`, `# Query plans · ${report.date} · ${report.scale} · ${report.database}\n\nThe slowest distinct read queries logged during the run, explained with their parameters.\n\n${plans}`)
  return base
}
