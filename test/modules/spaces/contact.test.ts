import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { signInResident } from '../../support/residents.ts'
import { NOW, areaId, insertSpace, spacesApp, validSpace } from './support.ts'

describeEachDatabase('contacting the owner of a space', (context) => {
  let app: FastifyInstance
  let spaceId: number
  let ownerId: number

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    ownerId = (await grantRole(db, tenantId, 'koster@kerk.example', 'resident', 'Koster')).person.id
    spaceId = await insertSpace(db, tenantId, ownerId, validSpace(await areaId(db, tenantId, 'lutteveen'), { name: 'Zaal achter de kerk' }))
    app = await spacesApp(db, fixedClock(NOW))
  })
  after(() => app.close())

  it('sends a message through Noaber, about the space, without showing either e-mail address', async () => {
    const { db } = context.database
    const asker = await signInResident(app, db, 'vraag@voorbeeld.nl')
    const page = await asker.get(`/ruimtes/${spaceId}/contact`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /value="Vraag over Zaal achter de kerk"/)
    assert.doesNotMatch(page.body, /koster@kerk\.example/)

    const empty = await asker.post(`/ruimtes/${spaceId}/contact`, { subject: 'Vraag over Zaal achter de kerk', body: '' })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /Vul dit veld in/)
    assert.equal((await db.selectFrom('conversations').select('id').execute()).length, 0)

    const sent = await asker.post(`/ruimtes/${spaceId}/contact`, { subject: 'Vraag over Zaal achter de kerk', body: 'Mogen we er op zaterdag een ruilbeurs houden?' })
    assert.equal(sent.statusCode, 303)
    assert.match(sent.headers.location as string, /^\/berichten\/\d+$/)
    const conversation = await db.selectFrom('conversations').select(['context_kind', 'context_id', 'context_url']).executeTakeFirstOrThrow()
    assert.deepEqual(conversation, { context_kind: 'space', context_id: spaceId, context_url: `/ruimtes/${spaceId}` })
    const participants = await db.selectFrom('conversation_participants').select('person_id').execute()
    assert.ok(participants.some((row) => row.person_id === ownerId))
  })

  it('tells the owner they cannot write to themselves', async () => {
    const owner = await signInResident(app, context.database.db, 'koster@kerk.example')
    const page = await owner.get(`/ruimtes/${spaceId}/contact`)
    assert.equal(page.statusCode, 200)
    assert.doesNotMatch(page.body, /name="body"/)
  })
})
