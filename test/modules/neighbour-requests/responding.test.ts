import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { blockPerson } from '../../../src/modules/messages/blocks.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { PageClient } from '../../support/page-client.ts'
import { appWithClock, person, placePost, signedInAs } from './support.ts'

describeEachDatabase('responding to a neighbourhood request or offer', (context) => {
  const clock = fixedClock('2026-11-27T09:00:00Z')
  let app: FastifyInstance
  let tenantId: number
  let poster: number
  let responder: number
  let third: number

  const responses = async (postId: number) => context.database.db.selectFrom('neighbour_post_responses').selectAll().where('post_id', '=', postId).execute()
  const mailsTo = async (email: string) => context.database.db.selectFrom('mail_outbox').selectAll().where('recipient', '=', email).execute()

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    poster = await person(db, tenantId, 'gerda.kast@buurt.example', 'Gerda Kast')
    responder = await person(db, tenantId, 'rob.sjouw@buurt.example', 'Rob Sjouw', { showName: false })
    third = await person(db, tenantId, 'nel.nieuwsgierig@buurt.example', 'Nel Nieuwsgierig')
    app = await appWithClock(db, clock)
  })
  after(() => app.close())

  it('starts a private conversation with the poster, who is mailed; only poster and responder read the response, others see a count', async () => {
    const { db } = context.database
    const gerda = await signedInAs(app, db, poster)
    const postId = await placePost(gerda, { title: 'Kast naar zolder dragen' })
    const mailsBefore = (await mailsTo('gerda.kast@buurt.example')).length

    const rob = await signedInAs(app, db, responder)
    const page = await rob.get(`/buurtvragen/${postId}`)
    assert.match(page.body, /Kunt u helpen\?/)
    const sent = await rob.post(`/buurtvragen/${postId}/reageren`, { message: 'Ik kan zaterdag om tien uur, met mijn broer erbij.' })
    assert.equal(sent.statusCode, 303)

    const mails = await mailsTo('gerda.kast@buurt.example')
    assert.equal(mails.length, mailsBefore + 1, 'the poster gets one mail')
    assert.equal(mails.at(-1)!.template, 'messageReceived')
    assert.doesNotMatch(JSON.stringify(mails.at(-1)!.params), /broer/, 'the mail carries no text a person wrote')

    const [response] = await responses(postId)
    assert.ok(response?.conversation_id, 'the response is the start of a conversation')
    const conversation = await db.selectFrom('conversations').selectAll().where('id', '=', response!.conversation_id!).executeTakeFirstOrThrow()
    assert.equal(conversation.context_url, `/buurtvragen/${postId}`)
    assert.equal(conversation.subject, 'Kast naar zolder dragen')

    const robSees = await rob.get(`/buurtvragen/${postId}?bericht=gereageerd`)
    assert.match(robSees.body, /Uw reactie is verstuurd/)
    assert.match(robSees.body, /Uw reactie/)
    assert.match(robSees.body, /met mijn broer erbij/)
    assert.match(robSees.body, new RegExp(`href="/berichten/${response!.conversation_id}"`))
    assert.match(robSees.body, /U heeft al op dit bericht gereageerd/)

    const gerdaSees = await gerda.get(`/buurtvragen/${postId}`)
    assert.match(gerdaSees.body, /1 reactie/)
    assert.match(gerdaSees.body, /met mijn broer erbij/)
    assert.match(gerdaSees.body, /Rob Sjouw/, 'the poster sees who responded to them')
    assert.match(gerdaSees.body, new RegExp(`href="/berichten/${response!.conversation_id}"`))
    assert.equal((await gerda.get(`/berichten/${response!.conversation_id}`)).statusCode, 200, 'the poster carries on in their messages')

    const nel = await signedInAs(app, db, third)
    const nelSees = await nel.get(`/buurtvragen/${postId}`)
    assert.match(nelSees.body, /1 reactie/)
    assert.match(nelSees.body, /Alleen de plaatser ziet wie er reageerde/)
    assert.doesNotMatch(nelSees.body, /broer|Rob Sjouw|rob\.sjouw/)
    const anonymous = await new PageClient(app).get(`/buurtvragen/${postId}`)
    assert.match(anonymous.body, /1 reactie/)
    assert.doesNotMatch(anonymous.body, /broer|Rob Sjouw/)

    const again = await rob.post(`/buurtvragen/${postId}/reageren`, { message: 'Nog een keer.' })
    assert.equal(again.statusCode, 409)
    assert.match(again.body, /U heeft al op dit bericht gereageerd/)
    assert.equal((await responses(postId)).length, 1)

    assert.match((await rob.get('/mijn/buurtvragen')).body, /Kast naar zolder dragen/, 'the responder finds it under their own page')
    assert.match((await gerda.get('/mijn/buurtvragen')).body, /Kast naar zolder dragen[\s\S]*1 reactie/)
  })

  it('refuses an empty or too long response with a message, and a response to one’s own post', async () => {
    const { db } = context.database
    const gerda = await signedInAs(app, db, poster)
    const postId = await placePost(gerda, { title: 'Iemand met een aanhanger?', category: 'transport' })
    const nel = await signedInAs(app, db, third)
    await nel.get(`/buurtvragen/${postId}`)
    const empty = await nel.post(`/buurtvragen/${postId}/reageren`, { message: '   ' })
    assert.equal(empty.statusCode, 400)
    assert.match(empty.body, /href="#respond-message">Vul dit veld in\./)
    const long = await nel.post(`/buurtvragen/${postId}/reageren`, { message: 'x'.repeat(1001) })
    assert.equal(long.statusCode, 400)
    assert.match(long.body, /maximaal 1000 tekens/)
    await gerda.get(`/buurtvragen/${postId}`)
    const own = await gerda.post(`/buurtvragen/${postId}/reageren`, { message: 'Ikzelf!' })
    assert.equal(own.statusCode, 403)
    assert.match(own.body, /Dit is uw eigen bericht/)
    assert.equal((await responses(postId)).length, 0)
  })

  it('takes no responses to a closed post', async () => {
    const { db } = context.database
    const gerda = await signedInAs(app, db, poster)
    const postId = await placePost(gerda, { title: 'Oppas voor de kat', category: 'other' })
    assert.equal((await gerda.post(`/buurtvragen/${postId}/sluiten`, { reason: 'noLongerNeeded' })).statusCode, 303)
    const rob = await signedInAs(app, db, responder)
    const page = await rob.get(`/buurtvragen/${postId}`)
    assert.match(page.body, /Dit bericht is afgesloten: niet meer nodig\./)
    assert.doesNotMatch(page.body, /\/reageren"/, 'no response form')
    const refused = await rob.post(`/buurtvragen/${postId}/reageren`, { message: 'Ik pas graag op!' })
    assert.equal(refused.statusCode, 409)
    assert.match(refused.body, /U kunt er niet meer op reageren/)
    assert.equal((await responses(postId)).length, 0)
  })

  it('refuses someone the poster blocked, with a clear message, and mails no one', async () => {
    const { db } = context.database
    const gerda = await signedInAs(app, db, poster)
    const postId = await placePost(gerda, { title: 'Wie gaat mee wandelen?', category: 'company' })
    await blockPerson(db, tenantId, poster, third, clock.now())
    const mailsBefore = (await mailsTo('gerda.kast@buurt.example')).length
    const nel = await signedInAs(app, db, third)
    const page = await nel.get(`/buurtvragen/${postId}`)
    assert.match(page.body, /berichten tussen u en de plaatser geblokkeerd zijn/)
    const refused = await nel.post(`/buurtvragen/${postId}/reageren`, { message: 'Ik loop graag mee.' })
    assert.equal(refused.statusCode, 403)
    assert.match(refused.body, /berichten tussen u en de plaatser geblokkeerd zijn/)
    assert.equal((await responses(postId)).length, 0)
    assert.equal((await mailsTo('gerda.kast@buurt.example')).length, mailsBefore)
  })

  it('sends visitors who are not signed in to sign in before they respond', async () => {
    const { db } = context.database
    const gerda = await signedInAs(app, db, poster)
    const postId = await placePost(gerda, { title: 'Appels plukken', category: 'garden' })
    const visitor = new PageClient(app)
    const page = await visitor.get(`/buurtvragen/${postId}`)
    assert.match(page.body, new RegExp(`href="/inloggen\\?terug=%2Fbuurtvragen%2F${postId}"`))
    await visitor.get('/inloggen')
    const refused = await visitor.post(`/buurtvragen/${postId}/reageren`, { message: 'Hallo' })
    assert.equal(refused.statusCode, 303)
    assert.match(String(refused.headers.location), /^\/inloggen/)
  })
})
