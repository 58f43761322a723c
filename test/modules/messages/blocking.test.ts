import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { isBlockedBetween, startConversation } from '../../../src/modules/messages/conversations.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { signInResident } from '../../support/residents.ts'
import { conversationCount, messageCount, neighboursInConversation } from './residents.ts'

describeEachDatabase('blocking in messages', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let anna: number
  let bram: number
  let conversationId: number

  before(async () => {
    const { db } = context.database
    ;({ tenantId, anna, bram, conversationId } = await neighboursInConversation(db, 'Tuinafval', 'Zullen we samen een container huren?'))
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  it('lets a person block the other side from the thread; then neither can reply or start, with a clear message and nothing stored', async () => {
    const { db } = context.database
    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    const thread = await bramPages.get(`/berichten/${conversationId}`)
    assert.match(thread.body, /Geen berichten meer van Anna Jansen\?/)
    const blocked = await bramPages.post(`/berichten/${conversationId}/blokkeren`, {})
    assert.equal(blocked.statusCode, 303)
    assert.match((await bramPages.get(blocked.headers.location!)).body, /Anna Jansen is geblokkeerd\./)
    assert.equal(await isBlockedBetween(db, anna, bram), true)
    assert.equal(await isBlockedBetween(db, bram, anna), true, 'either direction')

    const messagesBefore = await messageCount(db)
    const conversationsBefore = await conversationCount(db)
    const mailsBefore = (await db.selectFrom('mail_outbox').select('id').where('template', '=', 'messageReceived').execute()).length

    const annaPages = await signInResident(app, db, 'anna@voorbeeld.nl')
    const annaThread = await annaPages.get(`/berichten/${conversationId}`)
    assert.match(annaThread.body, /U kunt in dit gesprek niet meer antwoorden: Bram de Boer wil geen berichten meer van u ontvangen\./)
    assert.doesNotMatch(annaThread.body, /name="body"/, 'no reply form')
    const annaReply = await annaPages.post(`/berichten/${conversationId}`, { body: 'Hallo?' })
    assert.equal(annaReply.statusCode, 400)
    assert.match(annaReply.body, /wil geen berichten meer van u ontvangen/)

    const bramReply = await bramPages.post(`/berichten/${conversationId}`, { body: 'Toch nog even dit.' })
    assert.equal(bramReply.statusCode, 400)
    assert.match(bramReply.body, /U heeft Anna Jansen geblokkeerd\. U kunt elkaar pas weer berichten sturen als u Anna Jansen deblokkeert\./)

    assert.deepEqual(await startConversation(db, { tenantId, fromPersonId: anna, toPersonId: bram, subject: 'Nieuw', body: 'Nog een keer' }, new Date()), { ok: false, reason: 'blocked' })
    assert.deepEqual(await startConversation(db, { tenantId, fromPersonId: bram, toPersonId: anna, subject: 'Nieuw', body: 'Nog een keer' }, new Date()), { ok: false, reason: 'blocked' })

    assert.equal(await messageCount(db), messagesBefore)
    assert.equal(await conversationCount(db), conversationsBefore)
    assert.equal((await db.selectFrom('mail_outbox').select('id').where('template', '=', 'messageReceived').execute()).length, mailsBefore)
  })

  it('lists the people someone blocked, and unblocking there restores messaging', async () => {
    const { db } = context.database
    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    const list = await bramPages.get('/berichten')
    assert.match(list.body, /Geblokkeerd/)
    assert.match(list.body, new RegExp(`action="/berichten/geblokkeerd/${anna}/deblokkeren"`))
    const unblocked = await bramPages.post(`/berichten/geblokkeerd/${anna}/deblokkeren`, {})
    assert.equal(unblocked.statusCode, 303)
    assert.match((await bramPages.get(unblocked.headers.location!)).body, /De blokkade is opgeheven/)
    assert.equal(await isBlockedBetween(db, anna, bram), false)

    const annaPages = await signInResident(app, db, 'anna@voorbeeld.nl')
    await annaPages.get(`/berichten/${conversationId}`)
    assert.equal((await annaPages.post(`/berichten/${conversationId}`, { body: 'Fijn dat het weer kan.' })).statusCode, 303)
  })

  it('lets only the person who blocked lift the block, also from the thread', async () => {
    const { db } = context.database
    const annaPages = await signInResident(app, db, 'anna@voorbeeld.nl')
    await annaPages.get(`/berichten/${conversationId}`)
    assert.equal((await annaPages.post(`/berichten/${conversationId}/blokkeren`, {})).statusCode, 303)

    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    await bramPages.get('/berichten')
    await bramPages.post(`/berichten/${conversationId}/deblokkeren`, {})
    await bramPages.post(`/berichten/geblokkeerd/${anna}/deblokkeren`, {})
    assert.equal(await isBlockedBetween(db, anna, bram), true, 'Bram cannot lift the block Anna made')

    const thread = await annaPages.get(`/berichten/${conversationId}`)
    assert.match(thread.body, /Bram de Boer is geblokkeerd/)
    const lifted = await annaPages.post(`/berichten/${conversationId}/deblokkeren`, {})
    assert.equal(lifted.headers.location, `/berichten/${conversationId}?bericht=gedeblokkeerd`)
    assert.match((await annaPages.get(lifted.headers.location!)).body, /Bram de Boer is niet meer geblokkeerd/)
    assert.equal(await isBlockedBetween(db, anna, bram), false)
  })
})

describeEachDatabase('bad input in messages', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let anna: number
  let bram: number
  let conversationId: number

  before(async () => {
    const { db } = context.database
    ;({ tenantId, anna, bram, conversationId } = await neighboursInConversation(db, 'Buurtfeest', 'Doe je mee?'))
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  it('refuses an empty reply and one of 10,000 characters with a message, storing nothing', async () => {
    const { db } = context.database
    const before = await messageCount(db)
    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    await bramPages.get(`/berichten/${conversationId}`)
    const empty = await bramPages.post(`/berichten/${conversationId}`, { body: '   \n  ' })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /Controleer het volgende:/)
    assert.match(empty.body, /href="#reply-body">Vul dit veld in\./)
    const long = 'x'.repeat(10_000)
    const tooLong = await bramPages.post(`/berichten/${conversationId}`, { body: long })
    assert.equal(tooLong.statusCode, 400)
    assert.match(tooLong.body, /Dit is te lang: maximaal 5000 tekens\./)
    assert.ok(tooLong.body.includes(long), 'the text is kept in the form to shorten')
    assert.equal(await messageCount(db), before)
  })

  it('refuses writing to oneself or to someone unknown, and guards its limits against callers that do not check', async () => {
    const { db } = context.database
    const conversationsBefore = await conversationCount(db)
    assert.deepEqual(await startConversation(db, { tenantId, fromPersonId: anna, toPersonId: anna, subject: 'Ik', body: 'Aan mezelf' }, new Date()), { ok: false, reason: 'self' })
    assert.deepEqual(await startConversation(db, { tenantId, fromPersonId: anna, toPersonId: 999999, subject: 'Wie', body: 'Hallo' }, new Date()), { ok: false, reason: 'unknown-recipient' })
    await assert.rejects(startConversation(db, { tenantId, fromPersonId: anna, toPersonId: bram, subject: 'Lang', body: 'x'.repeat(10_000) }, new Date()), RangeError)
    await assert.rejects(startConversation(db, { tenantId, fromPersonId: anna, toPersonId: bram, subject: '  ', body: 'Hallo' }, new Date()), RangeError)
    await assert.rejects(
      startConversation(db, { tenantId, fromPersonId: anna, toPersonId: bram, subject: 'Kijk', body: 'Hier', context: { kind: 'space', id: 1, url: '//elders.example/val' } }, new Date()),
      TypeError,
      'a context link must stay on this site',
    )
    assert.equal(await conversationCount(db), conversationsBefore)
  })
})
