import { openDatabase } from '../src/platform/db/database.ts'
import { migrateToLatest } from '../src/platform/db/migrator.ts'
import { buildApp } from '../src/platform/http/app.ts'
import { loadConfig } from '../src/platform/config/config.ts'
import { generateSyntheticData } from './synthetic-data.ts'
import pg from 'pg'
const admin = new pg.Client('postgres://postgres@127.0.0.1:5432/postgres'); await admin.connect()
await admin.query('drop database if exists noaber_cpu with (force)'); await admin.query('create database noaber_cpu'); await admin.end()
const database = await openDatabase({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/noaber_cpu' })
await migrateToLatest(database.db)
const data = await generateSyntheticData(database.db, 10000)
const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), BASE_URL: 'http://localhost:3000', LOG_LEVEL: 'warn' }), db: database.db, cookieSecret: 'x'.repeat(40) })
await app.ready()
const url = process.argv[2] ?? '/werk'
const headers = url.startsWith('/api') ? { authorization: `Bearer ${data.staffToken}` } : { cookie: data.brokerCookie }
const path = url.replace(':id', String(data.sampleInitiativeId))
for (let i = 0; i < 30; i++) await app.inject({ url: path, headers })
const { Session } = await import('node:inspector/promises')
const session = new Session(); session.connect(); await session.post('Profiler.enable'); await session.post('Profiler.start')
const t = performance.now()
await Promise.all(Array.from({ length: 10 }, async () => { for (let i = 0; i < 30; i++) await app.inject({ url: path, headers }) }))
console.log('per request', ((performance.now() - t) / 300).toFixed(2), 'ms')
const { profile } = await session.post('Profiler.stop')
const self = new Map<string, number>()
const nodes = new Map(profile.nodes.map((n: any) => [n.id, n]))
const dt = profile.timeDeltas as number[]; const samples = profile.samples as number[]
samples.forEach((id, i) => { const n: any = nodes.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').slice(-2).join('/')}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + (dt[i] ?? 0)) })
const total = [...self.values()].reduce((a, b) => a + b, 0)
for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / total * 100).toFixed(1).padStart(5), '%', k)
await app.close(); await database.close()
