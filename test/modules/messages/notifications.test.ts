import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { startConversation } from '../../../src/modules/messages/conversations.ts'
import { renderMail } from '../../../src/platform/mail/templates.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { latestMailLink } from '../../support/outbox.ts'
import { PageClient } from '../../support/page-client.ts'
import { signInResident } from '../../support/residents.ts'
import { resident } from './residents.ts'

describeEachDatabase('mail about new messages', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let anna: number
  let bram: number
  let conversationId: number

  async function notificationsTo(email: string) {
    const { db } = context.database
    return db.selectFrom('mail_outbox').selectAll().where('recipient', '=', email).where('template', '=', 'messageReceived').orderBy('id').execute()
  }

  before(async () => {
    const { db } = context.database
    ;({ tenantId } = await seedDemo(db, { content: false }))
    anna = await resident(db, tenantId, 'anna@voorbeeld.nl', 'Anna Jansen')
    bram = await resident(db, tenantId, 'bram@voorbeeld.nl', 'Bram de Boer')
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  it('tells the recipient there is a message, with a link to it and nothing the sender wrote, nor their address', async () => {
    const started = await startConversation(
      context.database.db,
      { tenantId, fromPersonId: anna, toPersonId: bram, subject: 'Mijn diagnose', body: 'Ik ben net geopereerd en kan niet tillen.' },
      new Date(),
    )
    assert.ok(started.ok)
    conversationId = started.conversationId
    const mails = await notificationsTo('bram@voorbeeld.nl')
    assert.equal(mails.length, 1)
    assert.equal(mails[0]!.locale, 'nl', 'Dutch while the language is not known')
    const rendered = renderMail('messageReceived', 'nl', mails[0]!.params as never)
    assert.ok(rendered.text.includes(`http://localhost:3000/berichten/${conversationId}`))
    for (const secret of ['anna@voorbeeld.nl', 'Anna', 'diagnose', 'geopereerd']) {
      assert.ok(!rendered.text.includes(secret) && !rendered.html.includes(secret) && !rendered.subject.includes(secret), `the mail does not contain '${secret}'`)
    }
    assert.equal((await notificationsTo('anna@voorbeeld.nl')).length, 0, 'the sender gets no mail')

    // The link works for the recipient, through the sign-in page if need be.
    const link = await latestMailLink(context.database.db, 'bram@voorbeeld.nl')
    const signedOut = await new PageClient(app).get(link)
    assert.equal(signedOut.statusCode, 303)
    assert.equal(signedOut.headers.location, `/inloggen?terug=${encodeURIComponent(link)}`)
    const bramPages = await signInResident(app, context.database.db, 'bram@voorbeeld.nl')
    assert.equal((await bramPages.get(link)).statusCode, 200)
  })

  it('sends one mail per conversation until the recipient has read it, then the next message mails again', async () => {
    const { db } = context.database
    const annaPages = await signInResident(app, db, 'anna@voorbeeld.nl')
    await annaPages.get(`/berichten/${conversationId}`)
    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    await bramPages.get(`/berichten/${conversationId}`)

    for (const body of ['Eerste aanvulling', 'Tweede aanvulling', 'Derde aanvulling']) {
      assert.equal((await annaPages.post(`/berichten/${conversationId}`, { body })).statusCode, 303)
    }
    assert.equal((await notificationsTo('bram@voorbeeld.nl')).length, 2, 'one for the start, one for the three messages since Bram read it')

    // Bram reads in English; his next notification is in English.
    await bramPages.get('/taal/en')
    await bramPages.get(`/berichten/${conversationId}`)
    assert.equal((await annaPages.post(`/berichten/${conversationId}`, { body: 'Nog één ding' })).statusCode, 303)
    const mails = await notificationsTo('bram@voorbeeld.nl')
    assert.equal(mails.length, 3)
    assert.equal(mails[2]!.locale, 'en')
    assert.match(renderMail('messageReceived', 'en', mails[2]!.params as never).subject, /You have a new message/)
  })

  it('never mails someone who deleted their account', async () => {
    const { db } = context.database
    const bramPages = await signInResident(app, db, 'bram@voorbeeld.nl')
    await bramPages.get('/mijn/gegevens')
    await bramPages.post('/mijn/account-verwijderen', { confirm: 'yes' })
    const mailsBefore = (await db.selectFrom('mail_outbox').select('id').where('template', '=', 'messageReceived').execute()).length
    const annaPages = await signInResident(app, db, 'anna@voorbeeld.nl')
    await annaPages.get(`/berichten/${conversationId}`)
    assert.equal((await annaPages.post(`/berichten/${conversationId}`, { body: 'Ben je daar?' })).statusCode, 400)
    assert.equal((await db.selectFrom('mail_outbox').select('id').where('template', '=', 'messageReceived').execute()).length, mailsBefore)
  })
})
