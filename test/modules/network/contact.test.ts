import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { createOrganisation } from '../../../src/modules/network/organisation-service.ts'
import { addSuggestedSkills } from '../../../src/modules/network/skills.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import type { PageClient } from '../../support/page-client.ts'
import { clientFor, count, helper, person, skillIdByName } from './fixtures.ts'

describeEachDatabase('contacting a helper or an organisation through Noaber', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let helperId: number
  let henk: number
  let rita: number
  let ritaClient: PageClient
  let firstContact: number

  before(async () => {
    const { db } = context.database
    ;({ tenantId } = await seedDemo(db, { content: false }))
    await addSuggestedSkills(db, tenantId)
    henk = await person(db, tenantId, 'henk@contact.example', 'resident', 'Henk Bruggink')
    helperId = await helper(db, tenantId, henk, { skillIds: [await skillIdByName(db, tenantId, 'Timmeren en klussen')], visibility: 'members' })
    rita = await person(db, tenantId, 'rita@contact.example', 'resident', 'Rita Vraag')
    firstContact = await person(db, tenantId, 'voorzitter@contact.example', 'resident', 'Vera Voorzitter')
    const second = await person(db, tenantId, 'secretaris@contact.example', 'resident', 'Sam Secretaris')
    const { id } = await createOrganisation(db, { tenantId, personId: firstContact, label: 'Vera' }, { name: 'Harmonie Brinkhorst', kind: 'club', description: 'Muziek bij elke opening in het dorp.', website: null, address: '', areaId: null, latitude: null, longitude: null }, 'voorzitter', new Date())
    await db.insertInto('organisation_contacts').values({ organisation_id: id, person_id: second, role_title: 'secretaris', invited_by: firstContact, accepted_at: new Date() }).execute()
    // An organisation whose only other person never accepted: nobody to write to once its creator has left.
    const lonely = await createOrganisation(db, { tenantId, personId: second, label: 'Sam' }, { name: 'Stichting Zonder Mensen', kind: 'foundation', description: 'Een stichting zonder contactpersoon.', website: null, address: '', areaId: null, latitude: null, longitude: null }, '', new Date())
    await db.deleteFrom('organisation_contacts').where('organisation_id', '=', lonely.id).execute()
    app = await testApp(db)
    await app.ready()
    ritaClient = await clientFor(app, db, rita)
  })
  after(() => app.close())

  it('starts a conversation with the helper about their offer and opens it', async () => {
    const { db } = context.database
    const page = await ritaClient.get(`/helpers/${helperId}/contact`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Bericht aan Henk Bruggink/)
    const sent = await ritaClient.post(`/helpers/${helperId}/contact`, { subject: 'Bankje voor het plein', body: 'Hoi Henk, zou je willen helpen met een bankje?' })
    assert.equal(sent.statusCode, 303)
    const conversation = await db.selectFrom('conversations').selectAll().executeTakeFirstOrThrow()
    assert.equal(sent.headers.location, `/berichten/${conversation.id}`)
    assert.deepEqual([conversation.context_kind, conversation.context_id, conversation.context_url], ['helper', helperId, `/helpers/${helperId}`])
    const participants = (await db.selectFrom('conversation_participants').select('person_id').where('conversation_id', '=', conversation.id).execute()).map((row) => row.person_id).sort()
    assert.deepEqual(participants, [henk, rita].sort())
    assert.ok(!sent.body.includes('henk@contact.example'))
  })

  it('refuses an empty or too long message with clear messages, and sends nothing', async () => {
    const { db } = context.database
    const before = await count(db, 'conversations')
    await ritaClient.get(`/helpers/${helperId}/contact`)
    const empty = await ritaClient.post(`/helpers/${helperId}/contact`, { subject: '', body: '' })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /Vul dit veld in/)
    const long = await ritaClient.post(`/helpers/${helperId}/contact`, { subject: 'Te lang', body: 'x'.repeat(5001) })
    assert.equal(long.statusCode, 400)
    assert.match(long.body, /maximaal 5000 tekens/)
    assert.equal(await count(db, 'conversations'), before)
  })

  it('does not let someone write to a helper who blocked them, nor a helper to themselves', async () => {
    const { db } = context.database
    await db.insertInto('message_blocks').values({ tenant_id: tenantId, blocker_id: henk, blocked_id: rita }).execute()
    const before = await count(db, 'conversations')
    await ritaClient.get(`/helpers/${helperId}/contact`)
    const blocked = await ritaClient.post(`/helpers/${helperId}/contact`, { subject: 'Nog een vraag', body: 'Mag ik nog iets vragen?' })
    assert.equal(blocked.statusCode, 400)
    assert.match(blocked.body, /een van u beiden de ander heeft geblokkeerd/)
    await db.deleteFrom('message_blocks').execute()
    const self = await clientFor(app, db, henk)
    assert.match((await self.get(`/helpers/${helperId}/contact`)).body, /U kunt uzelf geen bericht sturen/)
    const own = await self.post(`/helpers/${helperId}/contact`, { subject: 'Aan mezelf', body: 'Hallo mij.' })
    assert.equal(own.statusCode, 400)
    assert.equal(await count(db, 'conversations'), before)
  })

  it('writes to an organisation’s first contact person', async () => {
    const { db } = context.database
    await ritaClient.get('/organisaties/harmonie-brinkhorst/contact')
    const sent = await ritaClient.post('/organisaties/harmonie-brinkhorst/contact', { subject: 'Muziek bij onze opening', body: 'Zou de harmonie willen spelen bij de opening van de speeltuin?' })
    assert.equal(sent.statusCode, 303)
    const id = Number(/\/berichten\/(\d+)$/.exec(sent.headers.location as string)![1])
    const conversation = await db.selectFrom('conversations').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    assert.equal(conversation.context_kind, 'organisation')
    assert.equal(conversation.context_url, '/organisaties/harmonie-brinkhorst')
    const participants = (await db.selectFrom('conversation_participants').select('person_id').where('conversation_id', '=', id).execute()).map((row) => row.person_id).sort()
    assert.deepEqual(participants, [firstContact, rita].sort())
  })

  it('says so when an organisation has nobody to answer', async () => {
    const { db } = context.database
    const before = await count(db, 'conversations')
    const page = await ritaClient.get('/organisaties/stichting-zonder-mensen/contact')
    assert.match(page.body, /geen contactpersoon die berichten kan ontvangen/)
    const sent = await ritaClient.post('/organisaties/stichting-zonder-mensen/contact', { subject: 'Hallo', body: 'Is daar iemand?' })
    assert.equal(sent.statusCode, 400)
    assert.equal(await count(db, 'conversations'), before)
  })

  it('sends anonymous visitors to sign in first, and back afterwards', async () => {
    const response = await app.inject({ url: `/helpers/${helperId}/contact` })
    assert.equal(response.statusCode, 303)
    assert.equal(response.headers.location, `/inloggen?terug=${encodeURIComponent(`/helpers/${helperId}/contact`)}`)
    assert.equal((await app.inject({ url: '/organisaties/bestaat-niet/contact' })).statusCode, 303)
  })
})
