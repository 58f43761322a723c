import { sql } from 'kysely'
import type { Db } from '../src/platform/db/database.ts'
import { seedDemo } from '../src/demo/seed.ts'
import { grantRole } from '../src/modules/accounts/account-service.ts'
import { newSecretToken } from '../src/platform/auth/tokens.ts'
import { SESSION_ABSOLUTE_MS } from '../src/platform/auth/session.ts'
import { createApiToken } from '../src/platform/auth/api-tokens.ts'
import { generateSyntheticNetwork } from './synthetic-network.ts'

/** The moment the synthetic municipality is dated from: fixed, so every run builds the same data. */
export const BENCH_NOW = new Date('2026-11-01T10:00:00Z')

/** One broker per this many initiatives: about a hundred active cases each, as in a large city. */
const INITIATIVES_PER_BROKER = 1000

export interface SyntheticData {
  tenantId: number
  initiatives: number
  generationMs: number
  /** A signed-in broker's session cookie, for the inbox route. */
  brokerCookie: string
  /** A broker's API token, for the staff API routes. */
  staffToken: string
  /** An area and a theme a new initiative can be submitted with. */
  submitAreaId: number
  submitThemeId: number
  /** A published initiative with a location, for the public page. */
  sampleInitiativeId: number
  sampleThemeSlug: string
  sampleAreaSlug: string
  /** Bounding box of the whole municipality, for map clusters at municipality zoom. */
  municipalityBox: [number, number, number, number]
  /** A box of a few streets around the busiest point, for map clusters at street zoom. */
  streetBox: [number, number, number, number]
}

// Words our demo initiatives are made of: titles are "<what> <where>" pairs, so common words
// (moestuin, speeltuin) occur thousands of times and rare pairs only a few.
const subjects = [
  'Moestuin', 'Speeltuin', 'Buurtkamer', 'Repair café', 'Zwerfvuilploeg', 'Bloemenlint', 'Jeu de boules-baan',
  'Buurtbieb', 'Koffieochtend', 'Fietsenmakerij', 'Zonnedak', 'Wandelgroep', 'Jongerenhonk', 'Pluktuin',
  'Huiskamerconcert', 'Burenhulp', 'Voedselbank-punt', 'Boomfeestdag', 'Straatfeest', 'Taalcafé',
  'Schoolplein', 'Hondenuitlaatveld', 'Kunstroute', 'Dorpsfeest', 'Bijenhotel', 'Kledingruil', 'Computercafé',
  'Sportveldje', 'Buurtkeuken', 'Natuurspeelplaats',
]
const places = [
  'aan de Brink', 'bij de kerk', 'in het park', 'achter de school', 'aan de Dorpsstraat', 'op het plein',
  'in de oude bibliotheek', 'bij de molen', 'langs de Vecht', 'in de Esch', 'bij het dorpshuis',
  'aan de Kerkweg', 'in de Molenhoek', 'op het voetbalveld', 'bij de haven', 'aan de Beekstraat',
]
const summaries = [
  'Bewoners willen samen iets moois maken voor iedereen in de buurt en zoeken nog helpende handen.',
  'Een groep buren wil dit plan samen opzetten en onderhouden, met hulp van de gemeente waar nodig.',
  'We zoeken vrijwilligers, een ruimte en een klein budget om dit van de grond te krijgen.',
  'Ouderen en jongeren uit het dorp doen samen mee; we willen elke maand iets organiseren.',
  'Het idee komt uit de straat zelf; de eerste bijeenkomst was druk bezocht en enthousiast.',
]

function sqlTextArray(values: string[]) {
  return sql.raw(`array[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}]`)
}

/**
 * Builds the benchmark data set in the database: the demo municipality (areas, themes, staff,
 * its own initiatives), then `count` synthetic initiatives with themes, needs, journal entries and
 * promises, spread over areas by population, and helpers, organisations and spaces in proportion. Everything is derived from the row number by a
 * hash, so the same scale always gives the same data; rows are made by the database itself with
 * `insert … select … generate_series`, the fastest bulk insert both PostgreSQL and PGlite have.
 */
export async function generateSyntheticData(db: Db, count: number): Promise<SyntheticData> {
  const started = performance.now()
  const { tenantId } = await seedDemo(db, { now: BENCH_NOW })

  const brokerIds: number[] = []
  const brokerCount = Math.max(5, Math.round(count / INITIATIVES_PER_BROKER))
  for (let n = 1; n <= brokerCount; n++) {
    const { person } = await grantRole(db, tenantId, `broker${n}@bench.example`, 'broker', `Ruimtemaker ${n}`)
    brokerIds.push(person.id)
  }

  const areas = await db.selectFrom('areas').select(['id', 'slug', 'population', 'min_lon', 'min_lat', 'max_lon', 'max_lat']).where('tenant_id', '=', tenantId).orderBy('id').execute()
  // Each area appears in the pool in proportion to its population, so big neighbourhoods get more initiatives.
  const pool = areas.flatMap((area, index) => Array.from({ length: Math.max(1, Math.round(area.population / 500)) }, () => index))
  const themes = await db.selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', tenantId).orderBy('id').execute()

  await sql`
    with area_pool as (select area_index, ordinality - 1 as slot from unnest(${sql.raw(`array[${pool.join(',')}]::int[]`)}) with ordinality as t(area_index, ordinality)),
    area_list as (select row_number() over (order by id) - 1 as area_index, id, min_lon, min_lat, max_lon, max_lat from areas where tenant_id = ${tenantId}),
    numbered as (
      select g,
        hashint4(g) & 2147483647 as h1, hashint4(g + 7919) & 2147483647 as h2, hashint4(g + 104729) & 2147483647 as h3
      from generate_series(1, ${count}) g
    )
    insert into initiatives (tenant_id, title, summary, description, area_id, longitude, latitude, initiator_kind, status,
      publication, publish_description, broker_id, contact_name, contact_email, submission_key, created_at, confirmed_at, last_activity_at, government_role)
    select ${tenantId},
      (${sqlTextArray(subjects)})[1 + n.h1 % ${subjects.length}] || ' ' || (${sqlTextArray(places)})[1 + n.h2 % ${places.length}],
      (${sqlTextArray(summaries)})[1 + n.h3 % ${summaries.length}],
      'Een uitgebreidere beschrijving van het plan, met wie er meedoen en wat er nodig is.',
      a.id,
      a.min_lon + (a.max_lon - a.min_lon) * (0.15 + 0.7 * (n.h2 % 1000) / 1000.0),
      a.min_lat + (a.max_lat - a.min_lat) * (0.15 + 0.7 * (n.h3 % 1000) / 1000.0),
      (array['resident','residentGroup','entrepreneur','association','school','careOrganisation','other'])[1 + n.h1 % 7],
      -- Most initiatives of a mature platform are finished; about one in eight is active.
      (array['realised','realised','realised','stopped','referred','realised','withdrawn','inConversation','underWay','new',
             'realised','stopped','realised','realised','realised','realised'])[1 + n.h3 % 16],
      case when n.h1 % 10 < 9 then 'published' else 'private' end,
      n.h2 % 2 = 0,
      (${sql.raw(`array[${brokerIds.join(',')}]::bigint[]`)})[1 + n.g % ${brokerIds.length}],
      'Bewoner ' || n.g, 'bewoner' || n.g || '@bench.example', 'bench-' || lpad(n.g::text, 16, '0'),
      ${BENCH_NOW}::timestamptz - ((n.h1 % 2000) || ' days')::interval,
      ${BENCH_NOW}::timestamptz - ((n.h1 % 2000) || ' days')::interval + interval '1 hour',
      ${BENCH_NOW}::timestamptz - ((n.h1 % 200) || ' days')::interval,
      (array['letGo','facilitate','stimulate','direct','regulate'])[1 + n.h2 % 5]
    from numbered n
    join area_pool p on p.slot = n.h1 % ${pool.length}
    join area_list a on a.area_index = p.area_index
  `.execute(db)

  await sql`
    insert into initiative_themes (initiative_id, theme_id)
    select i.id, (${sql.raw(`array[${themes.map((theme) => theme.id).join(',')}]::bigint[]`)})[1 + (hashint4(i.id::int) & 2147483647) % ${themes.length}]
    from initiatives i where i.tenant_id = ${tenantId} and i.submission_key like 'bench-%'
  `.execute(db)
  await sql`
    insert into initiative_needs (initiative_id, kind, explanation, status)
    select i.id, k.kind, 'Wat we hiervoor nodig hebben, in een paar woorden.', case when i.status in ('new', 'inConversation', 'underWay') then 'open' else 'answered' end
    from initiatives i
    cross join lateral (select (array['contacts','advice','rules','space','money','volunteers','knowledge','materials','publicity'])[1 + ((hashint4(i.id::int) & 2147483647) + s) % 9] as kind
                        from generate_series(0, (hashint4(i.id::int + 31) & 2147483647) % 3) s) k
    where i.tenant_id = ${tenantId} and i.submission_key like 'bench-%'
    on conflict do nothing
  `.execute(db)
  await sql`
    insert into journal_entries (initiative_id, author_id, kind, visibility, body, created_at)
    select i.id, i.broker_id, (array['note','contact','message','update'])[1 + s], (array['internal','shared','shared','public'])[1 + s],
      'Gesproken met de initiatiefnemers over de volgende stap.', i.created_at + (s || ' days')::interval
    from initiatives i cross join generate_series(0, 2) s
    where i.tenant_id = ${tenantId} and i.submission_key like 'bench-%'
  `.execute(db)
  await sql`
    insert into promises (initiative_id, made_by, kind, description, due_on, status, created_at)
    select i.id, i.broker_id, 'firstContact', 'Binnen vijf werkdagen een eerste gesprek.', (i.created_at + interval '7 days')::date,
      case when i.status in ('new', 'inConversation') then 'open' else 'kept' end, i.created_at
    from initiatives i
    where i.tenant_id = ${tenantId} and i.submission_key like 'bench-%'
  `.execute(db)
  await generateSyntheticNetwork(db, tenantId, count)
  // As autovacuum would have by now: statistics, and a visibility map so index-only scans skip the heap.
  await sql`vacuum analyze`.execute(db)
  // And as the server would have by the time anyone visits: the bulk load written out, so the first
  // measured routes do not share the disk with a checkpoint of a million rows.
  await sql`checkpoint`.execute(db)

  const sample = await db
    .selectFrom('initiatives')
    .innerJoin('initiative_themes', 'initiative_themes.initiative_id', 'initiatives.id')
    .innerJoin('themes', 'themes.id', 'initiative_themes.theme_id')
    .innerJoin('areas', 'areas.id', 'initiatives.area_id')
    .select(['initiatives.id', 'themes.slug as themeSlug', 'areas.slug as areaSlug', 'initiatives.longitude', 'initiatives.latitude'])
    .where('initiatives.tenant_id', '=', tenantId)
    .where('initiatives.publication', '=', 'published')
    .where('initiatives.status', '=', 'underWay')
    .where('initiatives.longitude', 'is not', null)
    .orderBy('initiatives.id')
    .executeTakeFirstOrThrow()

  const { token, hash } = newSecretToken()
  await db.insertInto('sessions').values({ token_hash: hash, person_id: brokerIds[0]!, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()

  const box = areas.reduce(
    (acc, area) => [Math.min(acc[0], area.min_lon), Math.min(acc[1], area.min_lat), Math.max(acc[2], area.max_lon), Math.max(acc[3], area.max_lat)] as [number, number, number, number],
    [Infinity, Infinity, -Infinity, -Infinity] as [number, number, number, number],
  )
  const lon = sample.longitude!
  const lat = sample.latitude!
  const staffToken = await createApiToken(db, tenantId, 'benchmark', 'broker', brokerIds[0]!)
  return {
    tenantId,
    initiatives: count,
    generationMs: Math.round(performance.now() - started),
    brokerCookie: `noaber_session=${token}`,
    staffToken: staffToken.token,
    submitAreaId: areas[0]!.id,
    submitThemeId: themes[0]!.id,
    sampleInitiativeId: sample.id,
    sampleThemeSlug: sample.themeSlug,
    sampleAreaSlug: sample.areaSlug,
    municipalityBox: box.map((value) => Number(value.toFixed(5))) as [number, number, number, number],
    streetBox: [lon - 0.004, lat - 0.0025, lon + 0.004, lat + 0.0025].map((value) => Number(value.toFixed(5))) as [number, number, number, number],
  }
}
