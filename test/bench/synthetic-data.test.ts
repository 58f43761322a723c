import assert from 'node:assert/strict'
import { it } from 'node:test'
import { sql } from 'kysely'
import { generateSyntheticData } from '../../bench/synthetic-data.ts'
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

  it('is the same on every run and on both databases: each row follows from a hash of its number', async () => {
    const { db } = context.database
    const titles = await db.selectFrom('initiatives').select('title').where('submission_key', 'in', ['bench-0000000000000001', 'bench-0000000000000002']).orderBy('submission_key').execute()
    assert.deepEqual(titles.map((row) => row.title), ['Jongerenhonk op het plein', 'Voedselbank-punt bij de haven'])
  })
})
