import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { PageClient } from '../../support/page-client.ts'
import { appWithClock, person, placePost, signedInAs } from './support.ts'

describeEachDatabase('reporting and hiding neighbourhood posts', (context) => {
  const clock = fixedClock('2026-11-27T09:00:00Z')
  let app: FastifyInstance
  let tenantId: number
  let poster: number
  let reporter: number
  let neighbour: number
  let coordinator: number
  let broker: number

  const reports = async (postId: number) => context.database.db.selectFrom('neighbour_post_reports').selectAll().where('post_id', '=', postId).execute()

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    poster = await person(db, tenantId, 'piet.handel@buurt.example', 'Piet Handel')
    reporter = await person(db, tenantId, 'mien.meld@buurt.example', 'Mien Meld')
    neighbour = await person(db, tenantId, 'joop.buur@buurt.example', 'Joop Buur')
    coordinator = await person(db, tenantId, 'cora.coordinator@esveld.example', 'Cora Coördinator', { role: 'coordinator' })
    broker = await person(db, tenantId, 'bram.broker@esveld.example', 'Bram Broker', { role: 'broker' })
    app = await appWithClock(db, clock)
  })
  after(() => app.close())

  it('takes one report per person per post, with a reason from the list', async () => {
    const { db } = context.database
    const piet = await signedInAs(app, db, poster)
    const postId = await placePost(piet, { title: 'Goedkope dakgoten, bel mij', kind: 'offer' })
    const mien = await signedInAs(app, db, reporter)
    const page = await mien.get(`/buurtvragen/${postId}`)
    assert.match(page.body, /Klopt er iets niet\?/)

    const noReason = await mien.post(`/buurtvragen/${postId}/melden`, { reason: 'boring', note: '' })
    assert.equal(noReason.statusCode, 400)
    assert.match(noReason.body, /Kies wat er aan de hand is\./)
    const tooLong = await mien.post(`/buurtvragen/${postId}/melden`, { reason: 'commercial', note: 'x'.repeat(1001) })
    assert.equal(tooLong.statusCode, 400)
    assert.equal((await reports(postId)).length, 0)

    const reported = await mien.post(`/buurtvragen/${postId}/melden`, { reason: 'commercial', note: 'Dit is een bedrijf dat reclame maakt.' })
    assert.equal(reported.statusCode, 303)
    assert.match((await mien.get(String(reported.headers.location))).body, /Bedankt voor uw melding/)
    const twice = await mien.post(`/buurtvragen/${postId}/melden`, { reason: 'spam', note: '' })
    assert.equal(twice.statusCode, 409)
    assert.match(twice.body, /U heeft dit bericht al gemeld/)
    assert.equal((await reports(postId)).length, 1)

    await piet.get(`/buurtvragen/${postId}`)
    assert.equal((await piet.post(`/buurtvragen/${postId}/melden`, { reason: 'spam' })).statusCode, 403, 'not one’s own post')
  })

  it('shows coordinators the open reports; hiding makes the post a 404 for others while its poster sees it and why', async () => {
    const { db } = context.database
    const piet = await signedInAs(app, db, poster)
    const postId = await placePost(piet, { title: 'Klusjesman voor alles, vraag mijn tarief', kind: 'offer', area: 'de-marke' })
    const mien = await signedInAs(app, db, reporter)
    await mien.get(`/buurtvragen/${postId}`)
    await mien.post(`/buurtvragen/${postId}/melden`, { reason: 'commercial', note: 'Betaald werk.' })
    const joop = await signedInAs(app, db, neighbour)
    await joop.get(`/buurtvragen/${postId}`)
    await joop.post(`/buurtvragen/${postId}/melden`, { reason: 'spam', note: '' })

    const cora = await signedInAs(app, db, coordinator)
    const queue = await cora.get('/werk/meldingen')
    assert.equal(queue.statusCode, 200)
    assert.match(queue.body, /Klusjesman voor alles, vraag mijn tarief/)
    assert.match(queue.body, /Reclame of betaald werk, gemeld op vrijdag 27 november 2026/)
    assert.match(queue.body, /Betaald werk\./)
    assert.doesNotMatch(queue.body, /Mien Meld|mien\.meld/, 'who reported stays out of it')

    const short = await cora.post(`/werk/meldingen/${postId}/verbergen`, { reason: 'Nee.' })
    assert.equal(short.statusCode, 400)
    assert.match(short.body, new RegExp(`href="#hide-${postId}-reason">Dit is te kort`))
    const reason = 'Dit is betaald werk. Vraag en aanbod is voor hulp tussen buren, zonder geld.'
    const hidden = await cora.post(`/werk/meldingen/${postId}/verbergen`, { reason })
    assert.equal(hidden.statusCode, 303)
    assert.equal(hidden.headers.location, '/werk/meldingen?bericht=verborgen')
    assert.doesNotMatch((await cora.get('/werk/meldingen?bericht=verborgen')).body, /Klusjesman voor alles/)

    for (const [who, client] of [['anonymous', new PageClient(app)], ['a reporter', mien], ['a neighbour', joop]] as const) {
      assert.equal((await client.get(`/buurtvragen/${postId}`)).statusCode, 404, `${who} cannot open it by guessing its number`)
      assert.doesNotMatch((await client.get('/buurtvragen?wijk=de-marke')).body, /Klusjesman/, `${who} does not see it on the list`)
    }
    await joop.get('/buurtvragen/nieuw')
    assert.equal((await joop.post(`/buurtvragen/${postId}/reageren`, { message: 'Wat kost het?' })).statusCode, 404)
    assert.equal((await joop.post(`/buurtvragen/${postId}/melden`, { reason: 'spam' })).statusCode, 404)

    const own = await piet.get(`/buurtvragen/${postId}`)
    assert.equal(own.statusCode, 200)
    assert.match(own.body, /Dit bericht is verborgen/)
    assert.match(own.body, /Dit is betaald werk\. Vraag en aanbod is voor hulp tussen buren, zonder geld\./)
    assert.doesNotMatch(own.body, /\/wijzigen"/, 'a hidden post cannot be changed')
    assert.match((await piet.get('/mijn/buurtvragen')).body, /Klusjesman voor alles[\s\S]*Verborgen/)
    assert.equal((await cora.get(`/buurtvragen/${postId}`)).statusCode, 200, 'coordinators still see it')

    const mail = await db.selectFrom('mail_outbox').selectAll().where('recipient', '=', 'piet.handel@buurt.example').where('template', '=', 'neighbourPostHidden').executeTakeFirstOrThrow()
    assert.equal((mail.params as { reason: string }).reason, reason)
    assert.equal((mail.params as { link: string }).link, `http://localhost:3000/buurtvragen/${postId}`)
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'neighbourPost.hidden').where('object_id', '=', String(postId)).executeTakeFirstOrThrow()
    assert.equal(audit.actor_id, coordinator)
    assert.deepEqual((await reports(postId)).map((report) => report.status), ['upheld', 'upheld'])
  })

  it('lets a coordinator hide a post from its own page too, without a report', async () => {
    const { db } = context.database
    const piet = await signedInAs(app, db, poster)
    const postId = await placePost(piet, { title: 'Scheldpartij over de buren', category: 'other' })
    const cora = await signedInAs(app, db, coordinator)
    const page = await cora.get(`/buurtvragen/${postId}`)
    assert.match(page.body, /Bericht verbergen/)
    const short = await cora.post(`/werk/meldingen/${postId}/verbergen`, { reason: '', vanaf: 'bericht' })
    assert.equal(short.statusCode, 400)
    assert.match(short.body, /href="#hide-reason">Vul dit veld in\./)
    const hidden = await cora.post(`/werk/meldingen/${postId}/verbergen`, { reason: 'Dit bericht is kwetsend voor de buren.', vanaf: 'bericht' })
    assert.equal(hidden.headers.location, `/buurtvragen/${postId}?bericht=verborgen`)
    assert.equal((await new PageClient(app).get(`/buurtvragen/${postId}`)).statusCode, 404)
  })

  it('dismisses unfounded reports; the post stays for everyone', async () => {
    const { db } = context.database
    const piet = await signedInAs(app, db, poster)
    const postId = await placePost(piet, { title: 'Wie wil mijn oude fiets hebben?', kind: 'offer', category: 'other' })
    const mien = await signedInAs(app, db, reporter)
    await mien.get(`/buurtvragen/${postId}`)
    await mien.post(`/buurtvragen/${postId}/melden`, { reason: 'other', note: 'Mag dit wel?' })
    const cora = await signedInAs(app, db, coordinator)
    await cora.get('/werk/meldingen')
    const dismissed = await cora.post(`/werk/meldingen/${postId}/afwijzen`, {})
    assert.equal(dismissed.statusCode, 303)
    const queue = await cora.get('/werk/meldingen?bericht=afgewezen')
    assert.match(queue.body, /De meldingen zijn afgewezen/)
    assert.doesNotMatch(queue.body, /oude fiets/)
    assert.equal((await new PageClient(app).get(`/buurtvragen/${postId}`)).statusCode, 200)
    assert.deepEqual((await reports(postId)).map((report) => report.status), ['dismissed'])
    assert.ok(await db.selectFrom('audit_events').select('id').where('action', '=', 'neighbourPost.reportsDismissed').where('object_id', '=', String(postId)).executeTakeFirst())
    assert.equal((await cora.post('/werk/meldingen/999999/afwijzen', {})).statusCode, 404)
    assert.equal((await cora.post('/werk/meldingen/999999/verbergen', { reason: 'Een reden die lang genoeg is.' })).statusCode, 404)
  })

  it('keeps residents and brokers out of the reports queue', async () => {
    const { db } = context.database
    const mien = await signedInAs(app, db, reporter)
    assert.equal((await mien.get('/werk/meldingen')).statusCode, 403)
    await mien.get('/buurtvragen/nieuw')
    assert.equal((await mien.post('/werk/meldingen/1/verbergen', { reason: 'Ik wil dit weg hebben, echt.' })).statusCode, 403)
    assert.equal((await mien.post('/werk/meldingen/1/afwijzen', {})).statusCode, 403)
    const bram = await signedInAs(app, db, broker)
    assert.equal((await bram.get('/werk/meldingen')).statusCode, 403)
    assert.equal((await new PageClient(app).get('/werk/meldingen')).statusCode, 303)
    assert.equal((await db.selectFrom('neighbour_posts').select('id').where('hidden_at', 'is not', null).execute()).length, 2, 'only the coordinator’s two hides')
  })
})
