import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { searchHelpers } from '../../../src/modules/network/network-search.ts'
import { suggestedSkills } from '../../../src/modules/network/skills.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import type { PageClient } from '../../support/page-client.ts'
import { clientFor, count, helper, person } from './fixtures.ts'
import { directoryMatch } from '../../../src/modules/search/directory-query.ts'

describeEachDatabase('the skills list at /beheer/vaardigheden', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let coordinator: PageClient

  before(async () => {
    const { db } = context.database
    ;({ tenantId } = await seedDemo(db, { content: false }))
    app = await testApp(db)
    await app.ready()
    coordinator = await clientFor(app, db, await person(db, tenantId, 'cora@gemeente.example', 'coordinator', 'Cora Coördinator'))
  })
  after(() => app.close())

  async function skill(nl: string) {
    const rows = await context.database.db.selectFrom('skills').selectAll().where('tenant_id', '=', tenantId).execute()
    return rows.find((row) => row.name.nl === nl)
  }

  it('offers a new municipality the suggested list, once', async () => {
    const { db } = context.database
    const empty = await coordinator.get('/beheer/vaardigheden')
    assert.match(empty.body, /Er zijn nog geen vaardigheden/)
    assert.equal((await coordinator.post('/beheer/vaardigheden/voorgestelde-lijst', {})).statusCode, 303)
    assert.equal(await count(db, 'skills'), suggestedSkills.length)
    await coordinator.get('/beheer/vaardigheden')
    await coordinator.post('/beheer/vaardigheden/voorgestelde-lijst', {})
    assert.equal(await count(db, 'skills'), suggestedSkills.length, 'a list already started is left alone')
    const audit = await db.selectFrom('audit_events').select('action').where('action', '=', 'skill.suggestedListAdded').execute()
    assert.equal(audit.length, 1)
  })

  it('adds a skill in Dutch and English, and refuses the same name twice or an empty one', async () => {
    const { db } = context.database
    await coordinator.get('/beheer/vaardigheden')
    assert.equal((await coordinator.post('/beheer/vaardigheden', { nl: 'Imkeren', en: 'Beekeeping' })).statusCode, 303)
    assert.deepEqual((await skill('Imkeren'))?.name, { nl: 'Imkeren', en: 'Beekeeping' })
    const before = await count(db, 'skills')
    const twice = await coordinator.post('/beheer/vaardigheden', { nl: 'imkeren', en: '' })
    assert.equal(twice.statusCode, 400)
    assert.match(twice.body, /Er is al een vaardigheid “imkeren”/)
    const empty = await coordinator.post('/beheer/vaardigheden', { nl: ' ', en: 'x'.repeat(61) })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /Vul dit veld in/)
    assert.match(empty.body, /maximaal 60 tekens/)
    assert.equal(await count(db, 'skills'), before)
  })

  it('renames a skill, and helpers are found by the new name', async () => {
    const { db } = context.database
    const bees = (await skill('Imkeren'))!
    const owner = await person(db, tenantId, 'bijen@hulp.example', 'resident', 'Bea Bijenhouder')
    const helperId = await helper(db, tenantId, owner, { skillIds: [bees.id], visibility: 'public', description: 'Ik vertel over honing en zet kasten neer.' })
    await coordinator.get('/beheer/vaardigheden')
    assert.equal((await coordinator.post(`/beheer/vaardigheden/${bees.id}`, { nl: 'Bijen houden', en: 'Keeping bees' })).statusCode, 303)
    assert.deepEqual((await db.selectFrom('skills').select('name').where('id', '=', bees.id).executeTakeFirstOrThrow()).name, { nl: 'Bijen houden', en: 'Keeping bees' })
    assert.deepEqual((await searchHelpers(db, tenantId, undefined, await directoryMatch(db, tenantId, 'bijen houden'), 5)).map((hit) => hit.id), [helperId])
    assert.match((await app.inject({ url: `/helpers/${helperId}` })).body, /Bijen houden/)
    const clash = await coordinator.post(`/beheer/vaardigheden/${bees.id}`, { nl: 'EHBO', en: '' })
    assert.equal(clash.statusCode, 400)
    assert.match(clash.body, /Er is al een vaardigheid “EHBO”/)
    assert.equal((await coordinator.post('/beheer/vaardigheden/999999', { nl: 'Spoken', en: '' })).statusCode, 404)
  })

  it('retires a skill and brings it back, recording both in the audit log', async () => {
    const { db } = context.database
    const bees = (await skill('Bijen houden'))!
    await coordinator.get('/beheer/vaardigheden')
    assert.equal((await coordinator.post(`/beheer/vaardigheden/${bees.id}/intrekken`, {})).statusCode, 303)
    assert.notEqual((await skill('Bijen houden'))!.retired_at, null)
    assert.match((await coordinator.get('/beheer/vaardigheden')).body, /Ingetrokken/)
    assert.equal((await coordinator.post(`/beheer/vaardigheden/${bees.id}/terugzetten`, {})).statusCode, 303)
    assert.equal((await skill('Bijen houden'))!.retired_at, null)
    const actions = (await db.selectFrom('audit_events').select('action').where('object_type', '=', 'skill').where('object_id', '=', String(bees.id)).orderBy('id').execute()).map((row) => row.action)
    assert.deepEqual(actions, ['skill.added', 'skill.renamed', 'skill.retired', 'skill.restored'])
    assert.equal((await coordinator.post('/beheer/vaardigheden/999999/intrekken', {})).statusCode, 404)
  })

  it('is for coordinators and admins only', async () => {
    const { db } = context.database
    const resident = await clientFor(app, db, await person(db, tenantId, 'rita@hulp.example', 'resident', 'Rita'))
    const broker = await clientFor(app, db, await person(db, tenantId, 'bob@gemeente.example', 'broker', 'Bob'))
    assert.equal((await resident.get('/beheer/vaardigheden')).statusCode, 403)
    assert.equal((await broker.get('/beheer/vaardigheden')).statusCode, 403)
    const admin = await clientFor(app, db, await person(db, tenantId, 'ad@gemeente.example', 'admin', 'Ad'))
    assert.equal((await admin.get('/beheer/vaardigheden')).statusCode, 200)
    assert.match((await admin.get('/beheer')).body, /href="\/beheer\/vaardigheden"/)
  })
})
