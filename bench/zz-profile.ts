import { openDatabase } from '../src/platform/db/database.ts'
import { migrateToLatest } from '../src/platform/db/migrator.ts'
import { buildApp } from '../src/platform/http/app.ts'
import { loadConfig } from '../src/platform/config/config.ts'
import { generateSyntheticData } from './synthetic-data.ts'
import pg from 'pg'
const usePglite = process.argv[3] === 'pglite'
if (!usePglite) { const admin = new pg.Client('postgres://postgres@127.0.0.1:5432/postgres'); await admin.connect()
await admin.query('drop database if exists noaber_prof with (force)'); await admin.query('create database noaber_prof'); await admin.end() }
const database = usePglite ? await openDatabase({ kind: 'pglite', dataDir: undefined, slowQueries: { thresholdMs: 0, report: (q) => { if ((globalThis as any).trace) console.log(q.ms, q.sql.slice(0, 150).replace(/\s+/g, ' ')) } } }) : await openDatabase({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/noaber_prof' })
await migrateToLatest(database.db)
const data = await generateSyntheticData(database.db, Number(process.argv[2] ?? 10000))
const { logQueries } = await import('./zz-log.ts'); logQueries(database.db)
const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40), BASE_URL: 'http://localhost:3000', LOG_LEVEL: 'warn' }), db: database.db, cookieSecret: 'x'.repeat(40) })
await app.ready()
const [a,b,c,d] = data.municipalityBox
const routes: Record<string, { url: string; headers?: Record<string,string> }> = {
  home: { url: '/' }, initiative: { url: `/initiatieven/${data.sampleInitiativeId}` }, list: { url: `/initiatieven?thema=${data.sampleThemeSlug}&wijk=${data.sampleAreaSlug}` },
  searchCommon: { url: '/api/v1/search?q=moestuin' }, searchTypo: { url: '/api/v1/search?q=speeltiun' }, searchTwo: { url: '/api/v1/search?q=repair%20brink' },
  mapCity: { url: `/api/v1/map/clusters?bbox=${a},${b},${c},${d}&zoom=12` }, mapStreet: { url: `/api/v1/map/clusters?bbox=${data.streetBox.join(',')}&zoom=17` },
  inbox: { url: '/werk', headers: { cookie: data.brokerCookie } },
  inboxAnon: { url: '/werk' }, suggestions: { url: `/api/v1/initiatives/${data.sampleInitiativeId}/suggestions`, headers: { authorization: `Bearer ${data.staffToken}` } },
}
;for (let i = 0; i < 10; i++) await app.inject({ url: '/werk', headers: { cookie: data.brokerCookie } }); (globalThis as any).trace = true; await app.inject({ url: '/werk', headers: { cookie: data.brokerCookie } }); (globalThis as any).trace = false
for (const [name, route] of Object.entries(routes)) {
  for (let i = 0; i < 5; i++) await app.inject({ url: route.url, headers: route.headers })
  const times: number[] = []
  let status = 0
  for (let i = 0; i < 40; i++) { const t = performance.now(); const r = await app.inject({ url: route.url, headers: route.headers }); status = r.statusCode; times.push(performance.now() - t) }
  times.sort((x, y) => x - y)
  console.log(name.padEnd(14), status, 'p50', times[20]!.toFixed(1), 'ms  p90', times[36]!.toFixed(1))
}
await app.close(); await database.close()
