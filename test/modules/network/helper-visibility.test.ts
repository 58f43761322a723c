import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { deleteAccount } from '../../../src/modules/accounts/profile-service.ts'
import { searchHelpers } from '../../../src/modules/network/network-search.ts'
import { addSuggestedSkills } from '../../../src/modules/network/skills.ts'
import type { HelperVisibility } from '../../../src/modules/network/vocabulary.ts'
import type { Role } from '../../../src/modules/accounts/person-table.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { clientFor, helper, person, skillIdByName } from './fixtures.ts'
import { directoryMatch } from '../../../src/modules/search/directory-query.ts'

type Looker = 'anonymous' | 'resident' | 'broker' | 'coordinator' | 'admin' | 'councilMember'
const lookers: Looker[] = ['anonymous', 'resident', 'broker', 'coordinator', 'admin', 'councilMember']

/** Who may see a profile of each visibility: the rule under test, written out once. */
const maySee: Record<HelperVisibility, Looker[]> = {
  public: lookers,
  members: ['resident', 'broker', 'coordinator', 'admin', 'councilMember'],
  staff: ['broker', 'coordinator', 'admin'],
  hidden: [],
}

const names: Record<HelperVisibility, string> = { public: 'Paula Publiek', members: 'Lisa Leden', staff: 'Stefan Staf', hidden: 'Vera Verborgen' }

describeEachDatabase('who sees which helper', (context) => {
  let app: FastifyInstance
  let tenantId: number
  const helperIds = {} as Record<HelperVisibility, number>
  const lookerIds = new Map<Looker, number>()

  before(async () => {
    const { db } = context.database
    ;({ tenantId } = await seedDemo(db, { content: false }))
    await addSuggestedSkills(db, tenantId)
    const photography = await skillIdByName(db, tenantId, 'Fotografie en film')
    for (const visibility of ['public', 'members', 'staff', 'hidden'] as const) {
      const owner = await person(db, tenantId, `${visibility}@helpers.example`, 'resident', names[visibility])
      helperIds[visibility] = await helper(db, tenantId, owner, { skillIds: [photography], visibility, description: `Ik maak foto’s van buurtfeesten (${visibility}).` })
    }
    for (const looker of lookers) {
      if (looker !== 'anonymous') lookerIds.set(looker, await person(db, tenantId, `${looker.toLowerCase()}@lookers.example`, looker as Role, `Kijker ${looker}`))
    }
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  async function get(looker: Looker, url: string) {
    if (looker === 'anonymous') return app.inject({ url })
    const client = await clientFor(app, context.database.db, lookerIds.get(looker)!)
    return client.get(url)
  }

  it('lists in the directory exactly the helpers each kind of visitor may see, and never a paused one', async () => {
    for (const looker of lookers) {
      const page = await get(looker, '/helpers')
      assert.equal(page.statusCode, 200)
      for (const visibility of ['public', 'members', 'staff', 'hidden'] as const) {
        assert.equal(page.body.includes(names[visibility]), sees(looker, visibility), `${looker} and a ${visibility} helper in the directory`)
      }
      assert.match(page.body, new RegExp(`${visibleCount(looker)} buren gevonden|1 buur gevonden`))
    }
  })

  it('filters cannot bring a helper into view', async () => {
    const photography = await skillIdByName(context.database.db, tenantId, 'Fotografie en film')
    for (const looker of ['anonymous', 'resident', 'broker'] as const) {
      const page = await get(looker, `/helpers?vaardigheid=${photography}&wijk=oosterhof&beschikbaar=weekend`)
      assert.ok(!page.body.includes(names.hidden), `${looker} filtering`)
      assert.equal(page.body.includes(names.staff), looker === 'broker')
    }
  })

  it('shows a helper’s page only to those who may see it; to anyone else it is the same 404 as an id that does not exist', async () => {
    const unknownId = helperIds.hidden + 1000
    const normalise = (body: string, id: number) => body.replaceAll(`/helpers/${id}`, '/helpers/ID').replaceAll(`%2Fhelpers%2F${id}`, '%2Fhelpers%2FID').replace(/name="_csrf" value="[^"]+"/g, '')
    for (const looker of lookers) {
      const missing = await get(looker, `/helpers/${unknownId}`)
      assert.equal(missing.statusCode, 404)
      for (const visibility of ['public', 'members', 'staff', 'hidden'] as const) {
        const page = await get(looker, `/helpers/${helperIds[visibility]}`)
        if (sees(looker, visibility)) {
          assert.equal(page.statusCode, 200, `${looker} sees the ${visibility} helper`)
          assert.match(page.body, new RegExp(names[visibility]))
        } else {
          assert.equal(page.statusCode, 404, `${looker} does not see the ${visibility} helper`)
          assert.ok(normalise(page.body, helperIds[visibility]) === normalise(missing.body, unknownId), `${looker}: a ${visibility} helper looks like nothing at all`)
        }
      }
    }
    for (const bad of ['abc', '-1', '1.5', '99999999999999999999']) assert.equal((await app.inject({ url: `/helpers/${bad}` })).statusCode, 404)
  })

  it('keeps the contact page of a helper one may not see as closed as the helper itself', async () => {
    for (const looker of ['resident', 'broker', 'coordinator'] as const) {
      for (const visibility of ['members', 'staff', 'hidden'] as const) {
        const page = await get(looker, `/helpers/${helperIds[visibility]}/contact`)
        assert.equal(page.statusCode, sees(looker, visibility) ? 200 : 404, `${looker} writing to a ${visibility} helper`)
      }
    }
    const anonymous = await app.inject({ url: `/helpers/${helperIds.public}/contact` })
    assert.equal(anonymous.statusCode, 303, 'anonymous visitors are asked to sign in first')
  })

  it('lets the site search find only what the viewer may see', async () => {
    const { db } = context.database
    for (const looker of lookers) {
      const viewer = looker === 'anonymous' ? undefined : { id: lookerIds.get(looker)!, roles: [looker] }
      const found = new Set((await searchHelpers(db, tenantId, viewer, await directoryMatch(db, tenantId, 'fotografie'), 20)).map((hit) => hit.id))
      for (const visibility of ['public', 'members', 'staff', 'hidden'] as const) {
        assert.equal(found.has(helperIds[visibility]), sees(looker, visibility), `${looker} searching finds a ${visibility} helper`)
      }
    }
  })

  it('shows owners their own paused profile, and nobody else', async () => {
    const { db } = context.database
    const ownerId = (await db.selectFrom('helper_profiles').select('person_id').where('id', '=', helperIds.hidden).executeTakeFirstOrThrow()).person_id
    const owner = await clientFor(app, db, ownerId)
    const page = await owner.get(`/helpers/${helperIds.hidden}`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Dit is uw eigen aanbod/)
    assert.ok(!(await owner.get('/helpers')).body.includes(`href="/helpers/${helperIds.hidden}"`), 'the directory follows the rules, also for the owner')
    assert.deepEqual(await searchHelpers(db, tenantId, { id: ownerId, roles: ['resident'] }, await directoryMatch(db, tenantId, 'fotografie verborgen'), 5), [])
  })

  it('hides a profile from everyone, staff included, the moment its owner pauses it', async () => {
    const { db } = context.database
    const ownerId = (await db.selectFrom('helper_profiles').select('person_id').where('id', '=', helperIds.staff).executeTakeFirstOrThrow()).person_id
    const owner = await clientFor(app, db, ownerId)
    await owner.get('/mijn/hulpaanbod')
    assert.equal((await owner.post('/mijn/hulpaanbod/pauzeren', {})).statusCode, 303)
    assert.equal((await get('broker', `/helpers/${helperIds.staff}`)).statusCode, 404)
    assert.ok(!(await get('coordinator', '/helpers')).body.includes(names.staff))
    assert.equal((await searchHelpers(db, tenantId, { id: lookerIds.get('broker')!, roles: ['broker'] }, await directoryMatch(db, tenantId, 'fotografie'), 20)).some((hit) => hit.id === helperIds.staff), false)
    await db.updateTable('helper_profiles').set({ visibility: 'staff' }).where('id', '=', helperIds.staff).execute()
  })

  it('forgets the profile of someone who deleted their account', async () => {
    const { db } = context.database
    const ownerId = (await db.selectFrom('helper_profiles').select('person_id').where('id', '=', helperIds.public).executeTakeFirstOrThrow()).person_id
    await deleteAccount(db, ownerId)
    assert.equal((await app.inject({ url: `/helpers/${helperIds.public}` })).statusCode, 404)
    assert.ok(!(await app.inject({ url: '/helpers' })).body.includes(names.public))
    assert.deepEqual(await searchHelpers(db, tenantId, undefined, await directoryMatch(db, tenantId, 'fotografie'), 20), [])
  })
})

function sees(looker: Looker, visibility: HelperVisibility): boolean {
  return maySee[visibility].includes(looker)
}

function visibleCount(looker: Looker): number {
  return (['public', 'members', 'staff', 'hidden'] as const).filter((visibility) => sees(looker, visibility)).length
}
