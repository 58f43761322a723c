import { sql } from 'kysely'
import type { Db } from '../src/platform/db/database.ts'
import { refreshHelperSearch, refreshOrganisationSearch } from '../src/modules/network/search-documents.ts'

/** In proportion to the initiatives: a helper per 20, an organisation per 500, a space per 1,000 (never fewer than the demo has). */
export function networkSizes(initiatives: number) {
  return { helpers: Math.max(30, Math.round(initiatives / 20)), organisations: Math.max(12, Math.round(initiatives / 500)), spaces: Math.max(16, Math.round(initiatives / 1000)) }
}

const helperStories = [
  'Ik heb twee rechterhanden en help graag bij klussen in en om het huis of een buurthuis.',
  'Gepensioneerd boekhouder; ik denk graag mee over begrotingen, subsidies en de kas van een vereniging.',
  'Ik tuinier al jaren en wil best helpen een moestuin of bloemenlint op te zetten.',
  'Ik ben goed met mensen en help bij het organiseren van bijeenkomsten en buurtfeesten.',
  'Als grafisch ontwerper maak ik graag een flyer of affiche voor een goed buurtplan.',
  'Ik rijd een bus en kan spullen ophalen en wegbrengen, vooral in het weekend.',
]
const helperTags = ['steigerhout', 'fietsen', 'koken', 'bijen', 'websites', 'subsidies', 'vervoer', 'schilderen', 'muziek', 'taalles']
const organisationKinds = ['club', 'business', 'careAndWelfare', 'school', 'church', 'foundation', 'other']
const organisationNames = ['Voetbalvereniging', 'Bouwbedrijf', 'Zorgcentrum', 'Basisschool', 'Kerkgemeenschap', 'Stichting Dorpsbelang', 'Bakkerij', 'Installatiebedrijf', 'Muziekvereniging', 'Tennisclub']
const offerKinds = ['money', 'materials', 'people', 'rooms', 'expertise']
const spaceNames = ['Dorpshuis', 'Kantine', 'Zaal', 'Buurthuis', 'Kerkzaal', 'Gymzaal', 'Schuur', 'Leslokaal']

function textArray(values: string[]) {
  return sql.raw(`array[${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(',')}]::text[]`)
}

/**
 * Helpers (most visible to everyone, some to members or staff only, a few hidden) with skills and an
 * area, organisations with standing offers, and spaces with weekly opening hours, all derived from
 * the row number like the initiatives and made by the database in bulk.
 */
export async function generateSyntheticNetwork(db: Db, tenantId: number, initiatives: number): Promise<void> {
  const sizes = networkSizes(initiatives)
  const tenant = sql.lit(tenantId)
  const areaIds = sql.raw(`(select array_agg(id order by id) from areas where tenant_id = ${Number(tenantId)})`)
  const skillIds = sql.raw(`(select array_agg(id order by id) from skills where tenant_id = ${Number(tenantId)} and retired_at is null)`)

  await sql`
    insert into people (tenant_id, email, display_name)
    select ${tenant}, 'helper' || g || '@bench.example', 'Helper ' || g from generate_series(1, ${sizes.helpers}) g
    union all
    select ${tenant}, 'ruimte' || g || '@bench.example', 'Ruimtebeheer ' || g from generate_series(1, ${sizes.spaces}) g
  `.execute(db)
  await sql`
    with areas_of as (select ${areaIds} as ids)
    insert into helper_profiles (tenant_id, person_id, description, tags, whole_municipality, availability, time_commitment, visibility, name_shown, latitude, longitude)
    select ${tenant}, p.id, (${textArray(helperStories)})[1 + h % ${helperStories.length}],
      array[(${textArray(helperTags)})[1 + h % ${helperTags.length}], (${textArray(helperTags)})[1 + (h / 7) % ${helperTags.length}]],
      h % 10 = 0,
      case h % 3 when 0 then array['weekdayEvening'] when 1 then array['weekend'] else array['weekdayDaytime', 'weekend'] end,
      (array['once', 'nowAndThen', 'regularly'])[1 + (h / 3) % 3],
      (array['public', 'public', 'public', 'public', 'public', 'public', 'public', 'members', 'staff', 'hidden'])[1 + (h / 11) % 10],
      case when h % 2 = 0 then 'firstName' else 'fullName' end,
      a.min_lat + (a.max_lat - a.min_lat) * 0.5, a.min_lon + (a.max_lon - a.min_lon) * 0.5
    from (select id, hashint4(id::int) & 2147483647 as h from people where tenant_id = ${tenant} and email like 'helper%@bench.example') p
    cross join areas_of
    join areas a on a.id = areas_of.ids[1 + p.h % cardinality(areas_of.ids)]
  `.execute(db)
  await sql`
    insert into helper_skills (helper_id, skill_id)
    select distinct h.id, (${skillIds})[1 + ((hashint4(h.id::int) & 2147483647) + s * 5) % cardinality(${skillIds})]
    from helper_profiles h cross join generate_series(0, (hashint4(h.id::int + 3) & 2147483647) % 3) s
    where h.tenant_id = ${tenant} and h.person_id in (select id from people where email like 'helper%@bench.example')
  `.execute(db)
  // The same area the profile's point was placed in: the same hash of the person.
  await sql`
    insert into helper_areas (helper_id, area_id, position)
    select h.id, (${areaIds})[1 + (hashint4(h.person_id::int) & 2147483647) % cardinality(${areaIds})], 0
    from helper_profiles h
    where h.tenant_id = ${tenant} and h.person_id in (select id from people where email like 'helper%@bench.example')
  `.execute(db)
  await refreshHelperSearch(db, { tenantId })

  const organisations = await sql<{ id: number }>`
    insert into organisations (tenant_id, slug, name, kind, description, area_id, visibility)
    select ${tenant}, 'bench-organisatie-' || g, (${textArray(organisationNames)})[1 + h % ${organisationNames.length}] || ' ' || g,
      (${textArray(organisationKinds)})[1 + h % ${organisationKinds.length}],
      'Een organisatie uit de gemeente die graag bijdraagt aan plannen van bewoners.',
      (${areaIds})[1 + h % cardinality(${areaIds})], case when h % 20 = 0 then 'hidden' else 'public' end
    from (select g, hashint4(g + 17) & 2147483647 as h from generate_series(1, ${sizes.organisations}) g) n
    returning id
  `.execute(db)
  await sql`
    insert into organisation_offers (organisation_id, kind, description)
    select o.id, (${textArray(offerKinds)})[1 + ((hashint4(o.id::int) & 2147483647) + s) % ${offerKinds.length}],
      (array['Een dag met een paar collega''s aan de slag', 'Materiaal uit ons magazijn', 'Onze zaal op een doordeweekse avond', 'Advies over vergunningen en veiligheid'])[1 + s]
    from organisations o cross join generate_series(0, 1) s
    where o.slug like 'bench-organisatie-%' and o.tenant_id = ${tenant}
  `.execute(db)
  for (const { id } of organisations.rows) await refreshOrganisationSearch(db, id)

  await sql`
    insert into spaces (tenant_id, owner_id, name, description, address, area_id, latitude, longitude, capacity, accessibility, facilities, price_kind)
    select ${tenant}, p.id, (${textArray(spaceNames)})[1 + p.h % ${spaceNames.length}] || ' ' || p.n,
      'Een ruimte voor bijeenkomsten van bewoners, met tafels en stoelen en koffie.', 'Dorpsstraat ' || p.n, a.id,
      a.min_lat + (a.max_lat - a.min_lat) * 0.4, a.min_lon + (a.max_lon - a.min_lon) * 0.6,
      10 + p.h % 150, case when p.h % 2 = 0 then array['wheelchair'] else '{}' end, array['tablesAndChairs', 'coffeeAndTea'], 'free'
    from (select id, substring(email from '[0-9]+')::int as n, hashint4(id::int) & 2147483647 as h from people where tenant_id = ${tenant} and email like 'ruimte%@bench.example') p
    join areas a on a.id = (${areaIds})[1 + p.h % cardinality(${areaIds})]
  `.execute(db)
  await sql`
    insert into space_windows (space_id, weekday, start_minute, end_minute)
    select s.id, d, 9 * 60, 22 * 60
    from spaces s cross join generate_series(1, 6) d
    where s.tenant_id = ${tenant} and s.owner_id in (select id from people where email like 'ruimte%@bench.example')
  `.execute(db)
}
