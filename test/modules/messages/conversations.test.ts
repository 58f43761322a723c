import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { startConversation, unreadConversationCount } from '../../../src/modules/messages/conversations.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'
import { signInResident } from '../../support/residents.ts'
import { headerUnread, messageCount, resident } from './residents.ts'

describeEachDatabase('private conversations between residents', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let anna: number
  let bram: number
  let conversationId: number

  before(async () => {
    const { db } = context.database
    ;({ tenantId } = await seedDemo(db, { content: false }))
    anna = await resident(db, tenantId, 'anna@voorbeeld.nl', 'Anna Jansen')
    bram = await resident(db, tenantId, 'bram@voorbeeld.nl', 'Bram de Boer')
    await resident(db, tenantId, 'carla@voorbeeld.nl', 'Carla Smit')
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  it('starts a conversation that the recipient sees in the header and in their list, unread', async () => {
    const { db } = context.database
    const started = await startConversation(
      db,
      { tenantId, fromPersonId: anna, toPersonId: bram, subject: 'Ladder lenen', body: 'Hoi Bram, mag ik zaterdag je ladder lenen?', context: { kind: 'neighbourRequest', id: 7, url: '/buurtvragen/7' } },
      new Date(),
    )
    assert.ok(started.ok)
    conversationId = started.conversationId
    assert.equal(await unreadConversationCount(db, bram), 1)
    assert.equal(await unreadConversationCount(db, anna), 0, 'the sender has read her own message')

    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    const home = await bramPages.get('/mijn')
    assert.equal(headerUnread(home.body), 'Berichten, 1 ongelezen')
    const list = await bramPages.get('/berichten')
    assert.equal(list.statusCode, 200)
    assert.match(list.body, /Ladder lenen/)
    assert.match(list.body, /Met Anna Jansen/)
    assert.match(list.body, /1 nieuw bericht/)
    assert.match(list.body, /noaber-tag--new">Nieuw</)
    assert.doesNotMatch(list.body, /anna@voorbeeld\.nl/)
  })

  it('marks the conversation read when the recipient opens it, and the header no longer counts it', async () => {
    const { db } = context.database
    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    const thread = await bramPages.get(`/berichten/${conversationId}`)
    assert.equal(thread.statusCode, 200)
    assert.match(thread.body, /mag ik zaterdag je ladder lenen\?/)
    assert.match(thread.body, /Van Anna Jansen/)
    assert.match(thread.body, /href="\/buurtvragen\/7"/, 'links to what the conversation is about')
    assert.doesNotMatch(thread.body, /anna@voorbeeld\.nl/)
    assert.equal(headerUnread(thread.body), undefined, 'the page that reads it already shows it as read')
    assert.equal(await unreadConversationCount(db, bram), 0)
    const list = await bramPages.get('/berichten')
    assert.doesNotMatch(list.body, /noaber-tag--new/)
  })

  it('lets both sides reply, each reply turning the conversation unread for the other', async () => {
    const { db } = context.database
    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    await bramPages.get(`/berichten/${conversationId}`)
    const replied = await bramPages.post(`/berichten/${conversationId}`, { body: 'Natuurlijk, hij staat in de schuur.\nKom maar langs.' })
    assert.equal(replied.statusCode, 303)
    assert.equal(replied.headers.location, `/berichten/${conversationId}?bericht=verstuurd`)
    assert.match((await bramPages.get(replied.headers.location!)).body, /Uw bericht is verstuurd/)

    const annaPages = await signInResident(app, db, 'anna@voorbeeld.nl')
    assert.equal(headerUnread((await annaPages.get('/mijn')).body), 'Berichten, 1 ongelezen')
    const thread = await annaPages.get(`/berichten/${conversationId}`)
    assert.match(thread.body, /Van Bram de Boer/)
    assert.match(thread.body, /Natuurlijk, hij staat in de schuur\.\nKom maar langs\./)
    assert.equal((await annaPages.post(`/berichten/${conversationId}`, { body: 'Dank je!' })).statusCode, 303)
    assert.equal(await messageCount(db), 3)
    assert.equal(await unreadConversationCount(db, bram), 1)
  })

  it('answers 404 to anyone who is not in the conversation, whatever id they try, and stores nothing', async () => {
    const { db } = context.database
    const before = await messageCount(db)
    const carla = await signInResident(app, db, 'carla@voorbeeld.nl')
    await carla.get('/berichten')
    for (const id of [conversationId, conversationId + 1, 999999, 0]) {
      assert.equal((await carla.get(`/berichten/${id}`)).statusCode, 404, `GET ${id}`)
      assert.equal((await carla.post(`/berichten/${id}`, { body: 'Ik lees mee' })).statusCode, 404, `POST ${id}`)
      assert.equal((await carla.post(`/berichten/${id}/blokkeren`, {})).statusCode, 404, `block ${id}`)
    }
    assert.equal((await carla.get('/berichten/abc')).statusCode, 404)
    const notFound = await carla.get(`/berichten/${conversationId}`)
    assert.doesNotMatch(notFound.body, /Ladder lenen/)
    assert.equal(await messageCount(db), before)
    assert.equal((await db.selectFrom('message_blocks').select('blocker_id').execute()).length, 0)
    assert.equal((await new PageClient(app).get(`/berichten/${conversationId}`)).statusCode, 303, 'signed out: to the sign-in page')
  })

  it('lists conversations with the newest message first', async () => {
    const { db } = context.database
    const carla = (await db.selectFrom('people').select('id').where('email', '=', 'carla@voorbeeld.nl').executeTakeFirstOrThrow()).id
    await startConversation(db, { tenantId, fromPersonId: carla, toPersonId: anna, subject: 'Oud gesprek', body: 'Van vorig jaar.' }, new Date(Date.now() - 365 * 24 * 3600 * 1000))
    await startConversation(db, { tenantId, fromPersonId: carla, toPersonId: anna, subject: 'Nieuw gesprek', body: 'Van net.' }, new Date(Date.now() + 60_000))
    const annaPages = await signInResident(app, db, 'anna@voorbeeld.nl')
    const list = (await annaPages.get('/berichten')).body
    const order = ['Nieuw gesprek', 'Ladder lenen', 'Oud gesprek'].map((subject) => list.indexOf(subject))
    assert.ok(order.every((position) => position > 0))
    assert.deepEqual([...order].sort((a, b) => a - b), order)
    assert.match(list, /<dt>Gesprekken<\/dt><dd>3<\/dd>/)
    assert.match(list, /<dt>Met nieuwe berichten<\/dt><dd>2<\/dd>/)
    assert.equal(headerUnread(list), 'Berichten, 2 ongelezen')
  })

  it('puts the conversations in the person’s data download, without anyone’s e-mail address', async () => {
    const { db } = context.database
    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    const download = await bramPages.get('/mijn/gegevens.json')
    assert.equal(download.statusCode, 200)
    const data = JSON.parse(download.body) as { messages: { conversations: { subject: string; messages: { from: string; body: string }[] }[] } }
    const ladder = data.messages.conversations.find((conversation) => conversation.subject === 'Ladder lenen')
    assert.ok(ladder)
    assert.deepEqual(ladder.messages.map((message) => message.from), ['Anna Jansen', 'me', 'Anna Jansen'])
    assert.doesNotMatch(download.body, /anna@voorbeeld\.nl/)
  })

  it('keeps the conversation for the other side when an account is deleted, shown as a deleted account', async () => {
    const { db } = context.database
    const annaPages = await signInResident(app, db, 'anna@voorbeeld.nl')
    await annaPages.get('/mijn/gegevens')
    assert.equal((await annaPages.post('/mijn/account-verwijderen', { confirm: 'yes' })).statusCode, 303)

    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    const thread = await bramPages.get(`/berichten/${conversationId}`)
    assert.equal(thread.statusCode, 200)
    assert.match(thread.body, /Van Verwijderd account/)
    assert.match(thread.body, /mag ik zaterdag je ladder lenen\?/)
    assert.doesNotMatch(thread.body, /Anna Jansen/)
    const before = await messageCount(db)
    const refused = await bramPages.post(`/berichten/${conversationId}`, { body: 'Ben je er nog?' })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Dit account is verwijderd\. U kunt in dit gesprek niet meer antwoorden\./)
    assert.equal(await messageCount(db), before)
    assert.match((await bramPages.get('/berichten')).body, /Met Verwijderd account/)

    const again = await startConversation(db, { tenantId, fromPersonId: bram, toPersonId: anna, subject: 'Nog één vraag', body: 'Hallo?' }, new Date())
    assert.deepEqual(again, { ok: false, reason: 'unknown-recipient' })
  })
})
