import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'
import { signInResident } from '../../support/residents.ts'

describeEachDatabase('following an initiative', (context) => {
  let app: FastifyInstance
  let publicId: number
  let privateId: number

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db)
    const { person } = await grantRole(db, tenantId, 'bart@voorbeeld.nl', 'resident', 'Bart')
    const base = {
      tenant_id: tenantId, summary: 'Samen de speeltuin opknappen met de buurt.', description: '', area_id: null, latitude: null, longitude: null,
      initiator_kind: 'resident' as const, publication_note: null, initiator_id: person.id, broker_id: null, contact_name: 'Bart', contact_email: 'bart@voorbeeld.nl',
      contact_phone: null, government_role: null, outcome: null, confirmed_at: new Date(), status: 'underWay' as const,
    }
    publicId = (await db.insertInto('initiatives').values({ ...base, title: 'Speeltuin Veldkamp opknappen', publication: 'published', submission_key: 'followers-test-public-1' }).returning('id').executeTakeFirstOrThrow()).id
    privateId = (await db.insertInto('initiatives').values({ ...base, title: 'Nog geheim plan', publication: 'private', submission_key: 'followers-test-private-1' }).returning('id').executeTakeFirstOrThrow()).id
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  it('mails followers when the initiator posts news, with a link to unsubscribe without signing in', async () => {
    const { db } = context.database
    const follower = await signInResident(app, db, 'fenna@voorbeeld.nl')
    await follower.get('/mijn')
    assert.equal((await follower.post(`/initiatieven/${publicId}/volgen`, {})).statusCode, 303)
    assert.equal((await follower.post(`/initiatieven/${privateId}/volgen`, {})).statusCode, 404, 'only public initiatives can be followed')

    const initiator = await signInResident(app, db, 'bart@voorbeeld.nl')
    await initiator.get(`/mijn/initiatieven/${publicId}`)
    const posted = await initiator.post(`/mijn/initiatieven/${publicId}/bericht`, { body: 'Zaterdag schilderen we de wipkip. Kom je ook?', public: 'yes' })
    assert.equal(posted.statusCode, 303)

    const mails = await db.selectFrom('mail_outbox').selectAll().where('template', '=', 'initiativeUpdate').execute()
    assert.equal(mails.length, 1)
    assert.equal(mails[0]!.recipient, 'fenna@voorbeeld.nl')
    const params = mails[0]!.params as { excerpt: string; unsubscribeLink: string }
    assert.match(params.excerpt, /wipkip/)

    const anonymous = new PageClient(app)
    const link = new URL(params.unsubscribeLink)
    assert.equal((await anonymous.get(link.pathname + link.search)).statusCode, 200)
    const done = await anonymous.post('/volgen/afmelden', { token: link.searchParams.get('token')! })
    assert.equal(done.statusCode, 200)
    assert.match(done.body, /U bent afgemeld/)
    assert.equal((await db.selectFrom('initiative_followers').select('person_id').execute()).length, 0)
    const again = await anonymous.post('/volgen/afmelden', { token: link.searchParams.get('token')! })
    assert.equal(again.statusCode, 400)
  })

  it('keeps news of a non-public initiative from mailing anyone', async () => {
    const { db } = context.database
    const initiator = await signInResident(app, db, 'bart@voorbeeld.nl')
    await initiator.get(`/mijn/initiatieven/${privateId}`)
    await initiator.post(`/mijn/initiatieven/${privateId}/bericht`, { body: 'Nog even stil houden.', public: 'yes' })
    assert.equal((await db.selectFrom('mail_outbox').select('id').where('template', '=', 'initiativeUpdate').execute()).length, 1, 'no new mail')
  })
})
