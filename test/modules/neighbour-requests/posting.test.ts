import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { listAreas } from '../../../src/modules/areas/area-repository.ts'
import { createPost } from '../../../src/modules/neighbour-requests/post-service.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { PageClient } from '../../support/page-client.ts'
import { appWithClock, person, placePost, signedInAs } from './support.ts'

const DAY = 86_400_000

describeEachDatabase('placing and finding neighbourhood requests and offers', (context) => {
  const clock = fixedClock('2026-11-27T09:00:00Z')
  let app: FastifyInstance
  let tenantId: number
  let hennie: number
  let quiet: number
  let other: number

  const postCount = async () => (await context.database.db.selectFrom('neighbour_posts').select('id').execute()).length

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    hennie = await person(db, tenantId, 'hennie.ladder@buurt.example', 'Hennie Ladder')
    quiet = await person(db, tenantId, 'stille.buur@buurt.example', 'Stille Sietske', { showName: false })
    other = await person(db, tenantId, 'ander@buurt.example', 'Anders Ander')
    app = await appWithClock(db, clock)
  })
  after(() => app.close())

  it('lets a signed-in resident place a request that anyone can read, under the name they chose to show', async () => {
    const client = await signedInAs(app, context.database.db, hennie)
    const id = await placePost(client, { title: 'Ladder nodig voor de dakgoot', neededBy: '2026-12-05' })
    const own = await client.get(`/buurtvragen/${id}?bericht=geplaatst`)
    assert.match(own.body, /Uw bericht staat online/)

    const visitor = new PageClient(app)
    const list = await visitor.get('/buurtvragen')
    assert.equal(list.statusCode, 200)
    assert.match(list.body, /Ladder nodig voor de dakgoot/)
    assert.match(list.body, /Geplaatst door Hennie Ladder/)
    assert.match(list.body, /Graag uiterlijk zaterdag 5 december 2026/)
    const page = await visitor.get(`/buurtvragen/${id}`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Inloggen om te reageren/)
    assert.doesNotMatch(page.body, /hennie\.ladder@buurt\.example/, 'never an e-mail address')

    const download = JSON.parse((await client.get('/mijn/gegevens.json')).body) as { neighbourRequests: { posts: { title: string }[] } }
    assert.deepEqual(download.neighbourRequests.posts.map((post) => post.title), ['Ladder nodig voor de dakgoot'], 'in the person’s data download')
  })

  it('shows "a neighbour" for someone who does not want their name shown, and never their e-mail address', async () => {
    const client = await signedInAs(app, context.database.db, quiet)
    const id = await placePost(client, { title: 'Boodschappen op zaterdag', kind: 'offer', category: 'shopping' })
    const page = await new PageClient(app).get(`/buurtvragen/${id}`)
    assert.match(page.body, /een buurtbewoner/)
    assert.doesNotMatch(page.body, /Stille Sietske/)
    assert.doesNotMatch(page.body, /stille\.buur@/)
  })

  it('sends visitors who are not signed in to sign in before they place anything', async () => {
    const visitor = new PageClient(app)
    const form = await visitor.get('/buurtvragen/nieuw')
    assert.equal(form.statusCode, 303)
    assert.equal(form.headers.location, '/inloggen?terug=%2Fbuurtvragen%2Fnieuw')
    await visitor.get('/inloggen')
    const posted = await visitor.post('/buurtvragen/nieuw', { kind: 'request', title: 'Anoniem', description: 'x', area: 'oosterhof', category: 'chores' })
    assert.equal(posted.statusCode, 303)
    assert.match(String(posted.headers.location), /^\/inloggen/)
  })

  it('filters the list by request or offer, area and kind of help, newest first, in pages of twenty', async () => {
    const { db } = context.database
    const areaId = (slug: string) => areas.find((area) => area.slug === slug)!.id
    const areas = await listAreas(db, tenantId)
    const base = { kind: 'offer' as const, description: 'Mag een weekend mee.', category: 'lending' as const, neededBy: null }
    const start = clock.now().getTime()
    await createPost(db, { tenantId, personId: other }, { ...base, title: 'Aanhanger te leen', areaId: areaId('lutteveen') }, new Date(start - 3 * DAY))
    await createPost(db, { tenantId, personId: other }, { ...base, title: 'Boormachine te leen', areaId: areaId('lutteveen') }, new Date(start - 2 * DAY))
    await createPost(db, { tenantId, personId: other }, { ...base, title: 'Wie leent mij een steiger?', kind: 'request', areaId: areaId('lutteveen') }, new Date(start - DAY))
    await createPost(db, { tenantId, personId: other }, { ...base, title: 'Grasmaaier in Brinkhorst', areaId: areaId('brinkhorst') }, new Date(start - DAY))
    await createPost(db, { tenantId, personId: other }, { ...base, title: 'Samen naar de markt', category: 'shopping', areaId: areaId('lutteveen') }, new Date(start - DAY))

    const visitor = new PageClient(app)
    const filtered = await visitor.get('/buurtvragen?soort=offer&wijk=lutteveen&categorie=lending')
    assert.match(filtered.body, /2 berichten/)
    assert.ok(filtered.body.indexOf('Boormachine te leen') < filtered.body.indexOf('Aanhanger te leen'), 'newest first')
    for (const absent of ['Wie leent mij een steiger?', 'Grasmaaier in Brinkhorst', 'Samen naar de markt', 'Ladder nodig']) assert.ok(!filtered.body.includes(absent), absent)
    const unknown = await visitor.get('/buurtvragen?soort=alles&wijk=atlantis&categorie=%3Cscript%3E')
    assert.equal(unknown.statusCode, 200, 'choices that do not exist are ignored')

    for (let i = 1; i <= 21; i++) await createPost(db, { tenantId, personId: other }, { ...base, title: `Ravenesch leent uit nummer ${i}`, areaId: areaId('ravenesch') }, new Date(start - i * 60_000))
    const first = await visitor.get('/buurtvragen?wijk=ravenesch')
    assert.match(first.body, /21 berichten/)
    assert.match(first.body, /Pagina 1 van 2/)
    assert.match(first.body, /nummer 1</)
    assert.doesNotMatch(first.body, /nummer 21</)
    const second = await visitor.get('/buurtvragen?wijk=ravenesch&pagina=2')
    assert.match(second.body, /nummer 21</)
    assert.doesNotMatch(second.body, /nummer 1</)
  })

  it('refuses bad input with a clear message per field and stores nothing', async () => {
    const client = await signedInAs(app, context.database.db, hennie)
    const before = await postCount()
    await client.get('/buurtvragen/nieuw')
    const refused = await client.post('/buurtvragen/nieuw', { kind: 'request', title: '', description: 'x'.repeat(10_000), area: 'atlantis', category: 'chores', neededBy: '2026-11-26' })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Controleer het volgende/)
    assert.match(refused.body, /href="#field-title">Vul dit veld in\./)
    assert.match(refused.body, /Dit is te lang: maximaal 2000 tekens\./)
    assert.match(refused.body, /Kies een wijk of dorp uit de lijst\./)
    assert.match(refused.body, /Kies vandaag of een dag later\./)
    const odd = await client.post('/buurtvragen/nieuw', { kind: 'gift', title: 'Ladder', description: 'Een ladder.', area: 'oosterhof', category: 'weapons', neededBy: '31-02-2027' })
    assert.equal(odd.statusCode, 400)
    assert.match(odd.body, /Kies of het een vraag of een aanbod is\./)
    assert.match(odd.body, /Kies een soort hulp uit de lijst\./)
    assert.match(odd.body, /Vul een bestaande datum in/)
    client.cookies.set('lang', 'en')
    const english = await client.post('/buurtvragen/nieuw', { kind: 'request', title: 'Ladder', description: 'Een ladder.', area: 'oosterhof', category: 'chores', neededBy: '2020-01-01' })
    assert.equal(english.statusCode, 400)
    assert.match(english.body, /Choose today or a later day\./)
    assert.equal(await postCount(), before, 'nothing stored')
  })

  it('accepts a date typed the Dutch way and today as the "needed by" day', async () => {
    const client = await signedInAs(app, context.database.db, other)
    const typed = await placePost(client, { title: 'Hulp bij het opzetten van een tent', neededBy: '27-11-2026' })
    const row = await context.database.db.selectFrom('neighbour_posts').select('needed_by').where('id', '=', typed).executeTakeFirstOrThrow()
    assert.equal(row.needed_by, '2026-11-27')
  })

  it('lets a person place at most five posts a day', async () => {
    const { db } = context.database
    const busy = await person(db, tenantId, 'druk.baasje@buurt.example', 'Druk Baasje')
    const client = await signedInAs(app, db, busy)
    for (let i = 1; i <= 5; i++) await placePost(client, { title: `Klusje nummer ${i}` })
    await client.get('/buurtvragen/nieuw')
    const sixth = await client.post('/buurtvragen/nieuw', { kind: 'request', title: 'Klusje nummer 6', description: 'Nog eentje.', area: 'oosterhof', category: 'chores' })
    assert.equal(sixth.statusCode, 429)
    assert.match(sixth.body, /U heeft vandaag al 5 berichten geplaatst/)
    assert.match(sixth.body, /Klusje nummer 6/, 'what was typed is kept')
    assert.equal((await db.selectFrom('neighbour_posts').select('id').where('author_id', '=', busy).execute()).length, 5)
    clock.advance(DAY)
    try {
      await placePost(client, { title: 'Klusje van morgen' })
    } finally {
      clock.advance(-DAY)
    }
  })

  it('lets only the poster change and close a post; a closed post is listed as closed for 30 days, then only its poster finds it', async () => {
    const { db } = context.database
    const poster = await signedInAs(app, db, hennie)
    const id = await placePost(poster, { title: 'Hulp met mijn nieuwe telefoon', category: 'computer', area: 'veldkamp' })

    const stranger = await signedInAs(app, db, other)
    assert.equal((await stranger.get(`/buurtvragen/${id}/wijzigen`)).statusCode, 404)
    await stranger.get(`/buurtvragen/${id}`)
    assert.equal((await stranger.post(`/buurtvragen/${id}/sluiten`, { reason: 'workedOut' })).statusCode, 404)

    const form = await poster.get(`/buurtvragen/${id}/wijzigen`)
    assert.match(form.body, /value="Hulp met mijn nieuwe telefoon"/)
    const changed = await poster.post(`/buurtvragen/${id}/wijzigen`, { kind: 'request', title: 'Hulp met WhatsApp op mijn telefoon', description: 'Mijn kleinkinderen sturen foto’s.', area: 'veldkamp', category: 'computer', neededBy: '' })
    assert.equal(changed.statusCode, 303)
    assert.match((await poster.get(`/buurtvragen/${id}`)).body, /Hulp met WhatsApp op mijn telefoon/)

    const noReason = await poster.post(`/buurtvragen/${id}/sluiten`, {})
    assert.equal(noReason.statusCode, 400)
    assert.match(noReason.body, /Kies hoe het is gegaan\./)
    assert.equal((await poster.post(`/buurtvragen/${id}/sluiten`, { reason: 'workedOut' })).statusCode, 303)
    const closed = await poster.get(`/buurtvragen/${id}?bericht=afgesloten`)
    assert.match(closed.body, /Dit bericht is afgesloten: het is gelukt\./)
    assert.doesNotMatch(closed.body, /\/wijzigen"/, 'a closed post can no longer be changed')
    assert.equal((await poster.get(`/buurtvragen/${id}/wijzigen`)).statusCode, 303)

    const visitor = new PageClient(app)
    const listed = await visitor.get('/buurtvragen?wijk=veldkamp')
    assert.match(listed.body, /Hulp met WhatsApp op mijn telefoon/)
    assert.match(listed.body, /Afgesloten/)

    clock.advance(31 * DAY)
    try {
      assert.doesNotMatch((await visitor.get('/buurtvragen?wijk=veldkamp')).body, /Hulp met WhatsApp/)
      assert.equal((await visitor.get(`/buurtvragen/${id}`)).statusCode, 404)
      assert.equal((await poster.get(`/buurtvragen/${id}`)).statusCode, 200)
      assert.match((await poster.get('/mijn/buurtvragen')).body, /Hulp met WhatsApp op mijn telefoon/)
    } finally {
      clock.advance(-31 * DAY)
    }
  })

  it('answers 404 for a post that does not exist or an address that is not a post', async () => {
    const visitor = new PageClient(app)
    assert.equal((await visitor.get('/buurtvragen/999999')).statusCode, 404)
    assert.equal((await visitor.get('/buurtvragen/abc')).statusCode, 404)
    assert.equal((await visitor.get('/buurtvragen/1e5')).statusCode, 404)
  })
})
