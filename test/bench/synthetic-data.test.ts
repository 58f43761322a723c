import assert from 'node:assert/strict'
import { it } from 'node:test'
import { sql } from 'kysely'
import { generateSyntheticData } from '../../bench/synthetic-data.ts'
import { networkSizes } from '../../bench/synthetic-network.ts'
import { describeEachDatabase } from '../support/databases.ts'

describeEachDatabase('the benchmark data set', (context) => {
  it('builds the requested number of initiatives, each with a theme, a promise and journal entries, spread over every area', async () => {
    const { db } = context.database
    const data = await generateSyntheticData(db, 2000)
    const counts = await sql<{ initiatives: number; themed: number; promises: number; entries: number; areas: number; located: number }>`
      select count(*)::int as initiatives,
        (select count(distinct initiative_id)::int from initiative_themes t join initiatives i on i.id = t.initiative_id where i.submission_key like 'bench-%') as themed,
        (select count(*)::int from promises p join initiatives i on i.id = p.initiative_id where i.submission_key like 'bench-%') as promises,
        (select count(*)::int from journal_entries j join initiatives i on i.id = j.initiative_id where i.submission_key like 'bench-%') as entries,
        count(distinct area_id)::int as areas,
        count(*) filter (where longitude is not null)::int as located
      from initiatives where submission_key like 'bench-%'
    `.execute(db)
    const row = counts.rows[0]!
    assert.equal(row.initiatives, 2000)
    assert.equal(row.themed, 2000)
    assert.equal(row.promises, 2000)
    assert.equal(row.entries, 6000)
    assert.equal(row.located, 2000)
    const areaCount = await db.selectFrom('areas').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', data.tenantId).executeTakeFirstOrThrow()
    assert.equal(row.areas, Number(areaCount.n))
  })

  it('adds helpers, organisations and spaces in proportion, findable by the site search', async () => {
    const { db } = context.database
    const sizes = networkSizes(2000)
    const counts = await sql<{ helpers: number; skilled: number; placed: number; visibilities: number; organisations: number; offered: number; spaces: number; open: number }>`
      select
        (select count(*)::int from helper_profiles h join people p on p.id = h.person_id where p.email like 'helper%@bench.example') as helpers,
        (select count(distinct helper_id)::int from helper_skills s join helper_profiles h on h.id = s.helper_id join people p on p.id = h.person_id where p.email like 'helper%@bench.example') as skilled,
        (select count(distinct helper_id)::int from helper_areas a join helper_profiles h on h.id = a.helper_id join people p on p.id = h.person_id where p.email like 'helper%@bench.example') as placed,
        (select count(distinct visibility)::int from helper_profiles) as visibilities,
        (select count(*)::int from organisations where slug like 'bench-organisatie-%') as organisations,
        (select count(distinct organisation_id)::int from organisation_offers o join organisations g on g.id = o.organisation_id where g.slug like 'bench-organisatie-%') as offered,
        (select count(*)::int from spaces s join people p on p.id = s.owner_id where p.email like 'ruimte%@bench.example') as spaces,
        (select count(distinct space_id)::int from space_windows w join spaces s on s.id = w.space_id join people p on p.id = s.owner_id where p.email like 'ruimte%@bench.example') as open
    `.execute(db)
    assert.deepEqual(counts.rows[0], {
      helpers: sizes.helpers, skilled: sizes.helpers, placed: sizes.helpers, visibilities: 4,
      organisations: sizes.organisations, offered: sizes.organisations, spaces: sizes.spaces, open: sizes.spaces,
    })
    const documented = await sql<{ empty: number }>`select count(*)::int as empty from helper_profiles where search_document = ''::tsvector`.execute(db)
    assert.equal(documented.rows[0]!.empty, 0, 'every helper has a search document')
  })

  it('is the same on every run and on both databases: each row follows from a hash of its number', async () => {
    const { db } = context.database
    const titles = await db.selectFrom('initiatives').select('title').where('submission_key', 'in', ['bench-0000000000000001', 'bench-0000000000000002']).orderBy('submission_key').execute()
    assert.deepEqual(titles.map((row) => row.title), ['Jongerenhonk op het plein', 'Voedselbank-punt bij de haven'])
  })
})
