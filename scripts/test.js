#!/usr/bin/env node
// `npm test`: type-check, then every *.test.ts under test/ and src/ with Node's own test runner.
// Node 20's runner takes no glob patterns, so the files are listed here.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const only = process.argv.slice(2)

function testFiles(dir) {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : testFiles(full)
    return entry.name.endsWith('.test.ts') || entry.name.endsWith('.test.tsx') ? [full] : []
  })
}

const files = [...testFiles(path.join(root, 'test')), ...testFiles(path.join(root, 'src'))]
  .map((file) => path.relative(root, file))
  .filter((file) => only.length === 0 || only.some((pattern) => file.includes(pattern)))
  .sort()

if (only.length === 0) {
  const typecheck = spawnSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', root], { stdio: 'inherit' })
  if (typecheck.status !== 0) {
    console.error('Type check failed.')
    process.exit(typecheck.status ?? 1)
  }
}

const result = spawnSync(
  process.execPath,
  // Two files at a time: much of a file's time is waiting (a browser, a child process, the database),
  // and Node's default on a two-core machine is one.
  ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', '--test-timeout=600000', ...files],
  { stdio: 'inherit', cwd: root, env: { ...process.env, NODE_ENV: 'test' } },
)
process.exit(result.status ?? 1)
