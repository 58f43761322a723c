import assert from 'node:assert/strict'
import { it } from 'node:test'
import { seedDemo } from '../../src/demo/seed.ts'
import { listAreaBoundaries } from '../../src/modules/areas/area-repository.ts'
import { listThemes } from '../../src/modules/themes/theme-repository.ts'
import { findTenantForHost } from '../../src/platform/tenancy/tenant-repository.ts'
import { getSetting } from '../../src/platform/settings/settings.ts'
import { describeEachDatabase } from '../support/databases.ts'

describeEachDatabase('the demo municipality', (context) => {
  it('is created with villages, neighbourhoods and the usual themes', async () => {
    const { db } = context.database
    const outcome = await seedDemo(db)
    assert.equal(outcome.created, true)
    const tenant = await findTenantForHost(db, 'localhost')
    assert.ok(tenant, 'answers on localhost')
    assert.match(tenant.name, /^Gemeente /)
    assert.match(tenant.logo_svg, /<svg/)
    const areas = await listAreaBoundaries(db, tenant.id)
    assert.ok(areas.length >= 7 && areas.length <= 10, `about eight areas, got ${areas.length}`)
    assert.ok(areas.some((area) => area.kind === 'village') && areas.some((area) => area.kind === 'neighbourhood'))
    for (const area of areas) {
      assert.equal(area.boundary.type, 'Polygon')
      assert.ok(area.population > 0)
      // somewhere in the east of the Netherlands
      assert.ok(area.min_lon > 6 && area.max_lon < 7.1 && area.min_lat > 51.8 && area.max_lat < 52.9, `${area.name} lies in the east`)
    }
    const themes = await listThemes(db, tenant.id)
    const names = themes.map((theme) => theme.name.en.toLowerCase())
    for (const expected of ['welfare', 'work', 'art', 'events', 'sustainab', 'sport', 'green']) {
      assert.ok(names.some((name) => name.includes(expected)), `a theme about ${expected}`)
    }
    assert.equal(await getSetting(db, tenant.id, 'contact.phone'), '14 0547')
  })

  it('is not added twice', async () => {
    const { db } = context.database
    const outcome = await seedDemo(db)
    assert.equal(outcome.created, false)
    const { count } = await db.selectFrom('tenants').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()
    assert.equal(Number(count), 1)
  })
})
