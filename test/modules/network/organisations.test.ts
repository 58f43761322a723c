import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { searchOrganisations } from '../../../src/modules/network/network-search.ts'
import { organisationSlug } from '../../../src/modules/network/organisation-service.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { latestMailLink } from '../../support/outbox.ts'
import type { PageClient } from '../../support/page-client.ts'
import { areaIdBySlug, clientFor, count, person } from './fixtures.ts'
import { directoryMatch } from '../../../src/modules/search/directory-query.ts'

const details = {
  name: 'Stichting Café Één',
  kind: 'foundation',
  description: 'Een buurtcafé dat door vrijwilligers wordt gerund en graag ruimte geeft.',
  website: 'www.cafe-een.example',
  address: 'Weverstraat 1, Esveld',
  area: '',
  latitude: '',
  longitude: '',
  roleTitle: 'voorzitter',
}

describeEachDatabase('organisations and who may change them', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let olga: PageClient
  let nina: PageClient
  let cora: PageClient
  let slug: string

  before(async () => {
    const { db } = context.database
    ;({ tenantId } = await seedDemo(db, { content: false }))
    app = await testApp(db)
    await app.ready()
    olga = await clientFor(app, db, await person(db, tenantId, 'olga@org.example', 'resident', 'Olga Oprichter'))
    nina = await clientFor(app, db, await person(db, tenantId, 'nina@org.example', 'resident', 'Nina Nieuwsgierig'))
    cora = await clientFor(app, db, await person(db, tenantId, 'cora@gemeente.example', 'coordinator', 'Cora Coördinator'))
    await person(db, tenantId, 'ivo@org.example', 'resident', 'Ivo Invité')
  })
  after(() => app.close())

  it('lets anyone signed in add an organisation and makes them its first contact person', async () => {
    const { db } = context.database
    assert.equal((await app.inject({ url: '/organisaties/nieuw' })).statusCode, 303, 'sign in first')
    await olga.get('/organisaties/nieuw')
    const created = await olga.post('/organisaties/nieuw', details)
    assert.equal(created.statusCode, 303)
    assert.equal(created.headers.location, '/organisaties/stichting-cafe-een?bericht=toegevoegd')
    slug = 'stichting-cafe-een'
    const organisation = await db.selectFrom('organisations').selectAll().executeTakeFirstOrThrow()
    assert.equal(organisation.website, 'https://www.cafe-een.example')
    const contacts = await db.selectFrom('organisation_contacts').selectAll().execute()
    assert.equal(contacts.length, 1)
    assert.equal(contacts[0]!.role_title, 'voorzitter')
    assert.notEqual(contacts[0]!.accepted_at, null)
    const page = await app.inject({ url: `/organisaties/${slug}` })
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Stichting Café Één/)
    assert.match(page.body, /voorzitter/)
    assert.ok(!page.body.includes('Olga Oprichter'), 'her name only with her consent to show it')
    assert.ok(!page.body.includes('olga@org.example'))
    await olga.get('/organisaties/nieuw')
    assert.equal((await olga.post('/organisaties/nieuw', details)).headers.location, '/organisaties/stichting-cafe-een-2?bericht=toegevoegd', 'a second one of the same name gets its own address')
    await db.deleteFrom('organisations').where('slug', '=', 'stichting-cafe-een-2').execute()
  })

  it('makes slugs from names', () => {
    assert.equal(organisationSlug('  Vereniging Dorpsbelang ’t Hoekje!  '), 'vereniging-dorpsbelang-t-hoekje')
    assert.equal(organisationSlug('***'), 'organisatie')
  })

  it('refuses bad details with clear messages and stores nothing', async () => {
    const { db } = context.database
    const before = await count(db, 'organisations')
    await nina.get('/organisaties/nieuw')
    const empty = await nina.post('/organisaties/nieuw', {})
    assert.equal(empty.statusCode, 400)
    for (const message of [/Vul dit veld in/, /Kies wat voor organisatie het is/]) assert.match(empty.body, message)
    const bad = await nina.post('/organisaties/nieuw', { ...details, kind: 'sect', website: 'javascript:alert(1)', description: 'x'.repeat(3001), roleTitle: 'r'.repeat(81) })
    assert.equal(bad.statusCode, 400)
    for (const message of [/Kies een van de mogelijkheden/, /Vul een webadres in/, /maximaal 3000 tekens/, /maximaal 80 tekens/]) assert.match(bad.body, message)
    const outside = await nina.post('/organisaties/nieuw', { ...details, latitude: '52.0', longitude: '5.0' })
    assert.match(outside.body, /Dit punt ligt niet in de gemeente/)
    const half = await nina.post('/organisaties/nieuw', { ...details, latitude: '52.3', longitude: '' })
    assert.match(half.body, /Vul de breedtegraad en de lengtegraad allebei in/)
    const area = await nina.post('/organisaties/nieuw', { ...details, area: '999999' })
    assert.match(area.body, /Kies wijken of dorpen uit de lijst/)
    assert.equal(await count(db, 'organisations'), before)
  })

  it('takes the area from a point on the map', async () => {
    const { db } = context.database
    await nina.get('/organisaties/nieuw')
    const created = await nina.post('/organisaties/nieuw', { ...details, name: 'Bakkerij Aan De Brink', kind: 'business', latitude: '52,3002', longitude: '6,6420', area: String(await areaIdBySlug(db, tenantId, 'ravenesch')) })
    assert.equal(created.statusCode, 303)
    const organisation = await db.selectFrom('organisations').selectAll().where('slug', '=', 'bakkerij-aan-de-brink').executeTakeFirstOrThrow()
    assert.equal(organisation.area_id, await areaIdBySlug(db, tenantId, 'esveld-centrum'))
    assert.equal(organisation.latitude, 52.3002)
  })

  it('refuses changes by someone who is not a contact person, and lets coordinators in', async () => {
    const { db } = context.database
    const before = await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow()
    await nina.get(`/organisaties/${slug}`)
    assert.doesNotMatch(nina.lastBody, /bijwerken/)
    assert.equal((await nina.get(`/organisaties/${slug}/bewerken`)).statusCode, 403)
    await nina.get('/organisaties/nieuw')
    assert.equal((await nina.post(`/organisaties/${slug}/bewerken`, { ...details, name: 'Overgenomen!' })).statusCode, 403)
    assert.equal((await nina.post(`/organisaties/${slug}/aanbod`, { kind: 'money', description: 'Gratis geld' })).statusCode, 403)
    assert.equal((await nina.post(`/organisaties/${slug}/contactpersonen`, { email: 'nina@org.example' })).statusCode, 403)
    assert.equal((await nina.post(`/organisaties/${slug}/zichtbaarheid`, { visibility: 'hidden' })).statusCode, 403)
    assert.equal((await nina.post('/organisaties/bestaat-niet/bewerken', details)).statusCode, 404)
    assert.equal((await app.inject({ method: 'POST', url: `/organisaties/${slug}/bewerken`, payload: {} })).statusCode, 403, 'no CSRF token, no change')
    assert.deepEqual(await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow(), before)
    assert.equal(await count(db, 'organisation_offers'), 0)

    await cora.get(`/organisaties/${slug}/bewerken`)
    const changed = await cora.post(`/organisaties/${slug}/bewerken`, { ...details, name: 'Buurtcafé Eén', address: '' })
    assert.equal(changed.statusCode, 303)
    const after = await db.selectFrom('organisations').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow()
    assert.equal(after.name, 'Buurtcafé Eén', 'renamed, at the same address')
    const audit = await db.selectFrom('audit_events').select(['action', 'actor_label']).where('action', '=', 'organisation.changed').execute()
    assert.match(audit[0]!.actor_label, /cora@gemeente\.example/)
  })

  it('keeps standing offers: add, change, make inactive, delete', async () => {
    const { db } = context.database
    await olga.get(`/organisaties/${slug}/bewerken`)
    assert.equal((await olga.post(`/organisaties/${slug}/aanbod`, { kind: 'rooms', description: 'De achterzaal voor dertig mensen, op doordeweekse avonden.', active: 'yes' })).statusCode, 303)
    const refused = await olga.post(`/organisaties/${slug}/aanbod`, { kind: 'gold', description: 'x' })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Kies een van de mogelijkheden/)
    assert.match(refused.body, /Dit is te kort: minstens 3 tekens/)
    assert.equal(await count(db, 'organisation_offers'), 1)
    const offer = await db.selectFrom('organisation_offers').selectAll().executeTakeFirstOrThrow()
    assert.match((await app.inject({ url: `/organisaties/${slug}` })).body, /De achterzaal voor dertig mensen/)

    await olga.get(`/organisaties/${slug}/bewerken`)
    assert.equal((await olga.post(`/organisaties/${slug}/aanbod/${offer.id}`, { kind: 'rooms', description: 'De achterzaal, tijdelijk niet.' })).statusCode, 303)
    const page = await app.inject({ url: `/organisaties/${slug}` })
    assert.doesNotMatch(page.body, /De achterzaal/, 'an inactive offer is not shown')
    assert.match(page.body, /nog geen vast aanbod/)

    const other = await db.selectFrom('organisations').select('slug').where('slug', '=', 'bakkerij-aan-de-brink').executeTakeFirstOrThrow()
    await nina.get(`/organisaties/${other.slug}/bewerken`)
    assert.equal((await nina.post(`/organisaties/${other.slug}/aanbod/${offer.id}`, { kind: 'money', description: 'Niet van jou' })).statusCode, 404, 'an offer of another organisation')
    assert.equal((await nina.post(`/organisaties/${other.slug}/aanbod/${offer.id}/verwijderen`, {})).statusCode, 404)
    await olga.get(`/organisaties/${slug}/bewerken`)
    assert.equal((await olga.post(`/organisaties/${slug}/aanbod/${offer.id}/verwijderen`, {})).statusCode, 303)
    assert.equal(await count(db, 'organisation_offers'), 0)
  })

  it('invites only people who have an account, and makes them a contact once they accept', async () => {
    const { db } = context.database
    await olga.get(`/organisaties/${slug}/bewerken`)
    const unknown = await olga.post(`/organisaties/${slug}/contactpersonen`, { email: 'niemand@org.example', roleTitle: 'penningmeester' })
    assert.equal(unknown.statusCode, 400)
    assert.match(unknown.body, /Er is geen account met dit e-mailadres/)
    assert.equal(await db.selectFrom('people').select('id').where('email', '=', 'niemand@org.example').executeTakeFirst(), undefined, 'no account is made behind anyone’s back')
    const invalid = await olga.post(`/organisaties/${slug}/contactpersonen`, { email: 'geen adres' })
    assert.match(invalid.body, /Vul een geldig e-mailadres in/)

    assert.equal((await olga.post(`/organisaties/${slug}/contactpersonen`, { email: 'IVO@org.example', roleTitle: 'penningmeester' })).statusCode, 303)
    const again = await olga.post(`/organisaties/${slug}/contactpersonen`, { email: 'ivo@org.example' })
    assert.match(again.body, /al contactpersoon, of is al uitgenodigd/)
    const link = await latestMailLink(db, 'ivo@org.example')
    assert.equal(link, `/organisaties/${slug}`)

    const ivoId = (await db.selectFrom('people').select('id').where('email', '=', 'ivo@org.example').executeTakeFirstOrThrow()).id
    const ivo = await clientFor(app, db, ivoId)
    assert.equal((await ivo.get(`/organisaties/${slug}/bewerken`)).statusCode, 403, 'not a contact before accepting')
    const invitation = await ivo.get(link)
    assert.match(invitation.body, /U bent uitgenodigd om contactpersoon te worden/)
    assert.equal((await ivo.post(`/organisaties/${slug}/uitnodiging/aannemen`, {})).statusCode, 303)
    assert.equal((await ivo.get(`/organisaties/${slug}/bewerken`)).statusCode, 200)
    assert.equal((await nina.post(`/organisaties/${slug}/uitnodiging/aannemen`, {})).statusCode, 404, 'no invitation, nothing to accept')

    // Ivo leaves again; Olga, the last one, cannot.
    await ivo.get(`/organisaties/${slug}/bewerken`)
    const left = await ivo.post(`/organisaties/${slug}/contactpersonen/${ivoId}/verwijderen`, {})
    assert.equal(left.headers.location, `/organisaties/${slug}?bericht=verlaten`)
    const olgaId = (await db.selectFrom('people').select('id').where('email', '=', 'olga@org.example').executeTakeFirstOrThrow()).id
    await olga.get(`/organisaties/${slug}/bewerken`)
    const last = await olga.post(`/organisaties/${slug}/contactpersonen/${olgaId}/verwijderen`, {})
    assert.equal(last.statusCode, 400)
    assert.match(last.body, /altijd minstens één contactpersoon/)
    assert.equal(await count(db, 'organisation_contacts'), 2, 'Olga here and Nina at the bakery')
  })

  it('hides an organisation on a coordinator’s word: gone for everyone but its contacts and coordinators', async () => {
    const { db } = context.database
    await cora.get(`/organisaties/${slug}/bewerken`)
    assert.equal((await cora.post(`/organisaties/${slug}/zichtbaarheid`, { visibility: 'hidden' })).statusCode, 303)
    assert.equal((await app.inject({ url: `/organisaties/${slug}` })).statusCode, 404)
    assert.equal((await nina.get(`/organisaties/${slug}`)).statusCode, 404)
    assert.equal((await nina.get(`/organisaties/${slug}/contact`)).statusCode, 404)
    assert.doesNotMatch((await app.inject({ url: '/organisaties' })).body, /Buurtcafé Eén/)
    assert.equal((await app.inject({ url: `/api/v1/organisations/${slug}` })).statusCode, 404)
    assert.ok(!(await app.inject({ url: '/api/v1/organisations' })).json().items.some((item: { slug: string }) => item.slug === slug))
    assert.ok(!(await searchOrganisations(db, tenantId, await directoryMatch(db, tenantId, 'buurtcafé'), 10)).some((hit) => hit.url === `/organisaties/${slug}`))
    assert.match((await olga.get(`/organisaties/${slug}`)).body, /verborgen door de gemeente/)
    assert.equal((await cora.get(`/organisaties/${slug}`)).statusCode, 200)
    await cora.get(`/organisaties/${slug}/bewerken`)
    assert.equal((await cora.post(`/organisaties/${slug}/zichtbaarheid`, { visibility: 'shown' })).statusCode, 400)
    await cora.post(`/organisaties/${slug}/zichtbaarheid`, { visibility: 'public' })
    assert.equal((await app.inject({ url: `/organisaties/${slug}` })).statusCode, 200)
    assert.deepEqual((await db.selectFrom('audit_events').select('action').where('action', 'like', 'organisation.%n').orderBy('id').execute()).map((row) => row.action), ['organisation.hidden', 'organisation.shown'])
  })

  it('filters the directory by kind, offer and area', async () => {
    const page = await app.inject({ url: '/organisaties?soort=business' })
    assert.match(page.body, /Bakkerij Aan De Brink/)
    assert.doesNotMatch(page.body, /Buurtcafé Eén/)
    assert.match((await app.inject({ url: '/organisaties?aanbod=money' })).body, /0 organisaties gevonden/)
    assert.match((await app.inject({ url: '/organisaties?wijk=esveld-centrum&soort=nonsense' })).body, /1 organisatie gevonden/)
  })
})
