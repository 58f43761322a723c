import { openDatabase } from '../src/platform/db/database.ts'
import { searchInitiatives } from '../src/modules/search/search-service.ts'
import { clusterInitiatives } from '../src/modules/map/clusters.ts'
const database = await openDatabase({ kind: 'postgres', url: 'postgres://postgres@127.0.0.1:5432/noaber_prof' })
const db = database.db
const box = await db.selectFrom('areas').select((eb) => [eb.fn.min('min_lon').as('a'), eb.fn.min('min_lat').as('b'), eb.fn.max('max_lon').as('c'), eb.fn.max('max_lat').as('d')]).executeTakeFirstOrThrow()
const time = async (name: string, f: () => Promise<unknown>) => { for (let i = 0; i < 3; i++) await f(); const t: number[] = []; for (let i = 0; i < 15; i++) { const s = performance.now(); await f(); t.push(performance.now() - s) } t.sort((x, y) => x - y); console.log(name.padEnd(20), t[7]!.toFixed(1), 'ms') }
await time('search common', () => searchInitiatives(db, 1, 'moestuin', {}))
await time('search typo', () => searchInitiatives(db, 1, 'speeltiun', {}))
await time('search two', () => searchInitiatives(db, 1, 'repair brink', {}))
await time('search empty', () => searchInitiatives(db, 1, '', {}))
await time('map city', () => clusterInitiatives(db, 1, { minLon: Number(box.a), minLat: Number(box.b), maxLon: Number(box.c), maxLat: Number(box.d) }, 12, {}))
await database.close()
