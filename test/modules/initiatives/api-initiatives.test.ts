import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { insertAreas } from '../../../src/modules/areas/area-repository.ts'
import { insertThemes } from '../../../src/modules/themes/theme-repository.ts'
import { createApiToken } from '../../../src/platform/auth/api-tokens.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { insertTenant } from '../../../src/platform/tenancy/tenant-repository.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'

const HOST = 'api.noaber.test'
const OTHER_HOST = 'elders.noaber.test'
const SECRET_CONTACT = { name: 'Geheime Gerda', email: 'gerda@geheim.example', phone: '0612 345 678' }

async function municipality(db: Db, slug: string, host: string) {
  const tenant = await insertTenant(db, {
    slug, name: `Gemeente ${slug}`, hostNames: [host], logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>', contactEmail: `info@${host}`,
    colours: { primary: '#1d5b34', primaryHover: '#154427', onPrimary: '#ffffff', accentBackground: '#eef5f0' }, welcome: { nl: 'Welkom', en: 'Welcome' },
  })
  const square = (lon: number, lat: number) => ({ type: 'Polygon' as const, coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]] as [number, number][][] })
  await insertAreas(db, tenant.id, [
    { slug: 'noord', name: 'Noord', kind: 'neighbourhood', population: 1000, description: { nl: '', en: '' }, boundary: square(6.8, 52.3) },
    { slug: 'zuid', name: 'Zuid', kind: 'village', population: 500, description: { nl: '', en: '' }, boundary: square(6.8, 52.2) },
  ])
  await insertThemes(db, tenant.id, [
    { slug: 'groen', name: { nl: 'Groen', en: 'Green' }, description: { nl: '', en: '' } },
    { slug: 'sport', name: { nl: 'Sport', en: 'Sport' }, description: { nl: '', en: '' } },
  ])
  const areas = await db.selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenant.id).execute()
  const themes = await db.selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', tenant.id).execute()
  return { tenantId: tenant.id, area: (slug: string) => areas.find((a) => a.slug === slug)!.id, theme: (slug: string) => themes.find((t) => t.slug === slug)!.id }
}

interface Seed {
  title: string
  publication: 'private' | 'pendingReview' | 'published'
  status: 'unconfirmed' | 'new' | 'inConversation' | 'underWay' | 'withdrawn'
  area?: string
  theme?: string
  needs?: { kind: 'volunteers' | 'space' | 'money'; status?: 'open' | 'answered' }[]
}

describeEachDatabase('the initiatives API', (context) => {
  let app: FastifyInstance
  let town: Awaited<ReturnType<typeof municipality>>
  const ids: Record<string, number> = {}
  const tokens: Record<string, string> = {}
  let n = 0

  async function seed(db: Db, tenantId: number, place: typeof town, key: string, s: Seed) {
    n += 1
    const { id } = await db
      .insertInto('initiatives')
      .values({
        tenant_id: tenantId, title: s.title, summary: `Samenvatting van ${s.title}, lang genoeg.`, description: `Beschrijving van ${s.title}`, area_id: place.area(s.area ?? 'noord'),
        latitude: 52.305, longitude: 6.805, initiator_kind: 'residentGroup', status: s.status, publication: s.publication, publication_note: null, publish_description: false,
        initiator_id: null, broker_id: null, contact_name: SECRET_CONTACT.name, contact_email: SECRET_CONTACT.email, contact_phone: SECRET_CONTACT.phone, government_role: null,
        outcome: null, submission_key: `api-test-${n}-${key}-0000000000`, confirmed_at: s.status === 'unconfirmed' ? null : new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.insertInto('initiative_themes').values({ initiative_id: id, theme_id: place.theme(s.theme ?? 'groen') }).execute()
    for (const need of s.needs ?? []) {
      await db.insertInto('initiative_needs').values({ initiative_id: id, kind: need.kind, explanation: `Hulp bij ${need.kind}`, status: need.status ?? 'open' }).execute()
    }
    ids[key] = id
    return id
  }

  function get(url: string, token?: string, host = HOST) {
    return app.inject({ method: 'GET', url, headers: { host, ...(token ? { authorization: `Bearer ${token}` } : {}) } })
  }
  function send(method: 'POST' | 'PATCH', url: string, body: unknown, token?: string) {
    return app.inject({ method, url, headers: { host: HOST, 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, payload: JSON.stringify(body) })
  }

  before(async () => {
    const { db } = context.database
    town = await municipality(db, 'apistad', HOST)
    const elsewhere = await municipality(db, 'elders', OTHER_HOST)
    await seed(db, town.tenantId, town, 'published', { title: 'Buurtmoestuin Noord', publication: 'published', status: 'underWay', needs: [{ kind: 'volunteers' }, { kind: 'space', status: 'answered' }] })
    await seed(db, town.tenantId, town, 'sport', { title: 'Voetbalveld opknappen', publication: 'published', status: 'new', area: 'zuid', theme: 'sport', needs: [{ kind: 'money' }] })
    await seed(db, town.tenantId, town, 'private', { title: 'Privé plan', publication: 'private', status: 'new' })
    await seed(db, town.tenantId, town, 'pending', { title: 'Wacht op beoordeling', publication: 'pendingReview', status: 'inConversation' })
    await seed(db, town.tenantId, town, 'withdrawn', { title: 'Ingetrokken plan', publication: 'published', status: 'withdrawn' })
    await seed(db, town.tenantId, town, 'unconfirmed', { title: 'Onbevestigd plan', publication: 'published', status: 'unconfirmed' })
    await seed(db, elsewhere.tenantId, elsewhere, 'elsewhere', { title: 'Plan in een andere gemeente', publication: 'published', status: 'new' })
    for (let i = 1; i <= 25; i++) await seed(db, town.tenantId, town, `series${i}`, { title: `Reeks ${String(i).padStart(2, '0')}`, publication: 'published', status: 'new', area: 'zuid', theme: 'sport' })

    const { person } = await grantRole(db, town.tenantId, 'beheer@api.noaber.test', 'admin')
    for (const role of ['broker', 'coordinator', 'admin', 'councilMember'] as const) tokens[role] = (await createApiToken(db, town.tenantId, `Koppeling ${role}`, role, person.id)).token
    const other = await grantRole(db, elsewhere.tenantId, 'beheer@elders.noaber.test', 'admin')
    tokens.elsewhere = (await createApiToken(db, elsewhere.tenantId, 'Andere gemeente', 'coordinator', other.person.id)).token
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  it('lists only published, confirmed, not withdrawn initiatives of this municipality to the public, newest first, without contact fields', async () => {
    const response = await get('/api/v1/initiatives?pageSize=100')
    assert.equal(response.statusCode, 200, response.body)
    const body = response.json()
    assert.equal(body.total, 27)
    assert.equal(body.items.length, 27)
    const found = body.items.map((item: { id: number }) => item.id)
    for (const hidden of ['private', 'pending', 'withdrawn', 'unconfirmed', 'elsewhere']) assert.ok(!found.includes(ids[hidden]), `${hidden} is not listed`)
    assert.deepEqual(found, [...found].sort((a: number, b: number) => b - a), 'newest first')
    for (const secret of [SECRET_CONTACT.name, SECRET_CONTACT.email, SECRET_CONTACT.phone, 'contact', 'brokerId', 'publication"', 'governmentRole']) {
      assert.ok(!response.body.includes(secret), `public answer has no ${secret}`)
    }
    const item = body.items.find((candidate: { id: number }) => candidate.id === ids.published)
    assert.deepEqual(
      { ...item, createdAt: undefined, lastActivityAt: undefined },
      {
        id: ids.published, title: 'Buurtmoestuin Noord', summary: 'Samenvatting van Buurtmoestuin Noord, lang genoeg.', description: null, status: 'underWay', initiatorKind: 'residentGroup',
        area: { slug: 'noord', name: 'Noord' }, themes: ['groen'], needs: [{ kind: 'volunteers', status: 'open' }, { kind: 'space', status: 'answered' }], location: { lat: 52.305, lon: 6.805 },
        createdAt: undefined, lastActivityAt: undefined,
      },
    )
    assert.match(item.createdAt, /^\d{4}-\d\d-\d\dT/)
  })

  it('filters on theme, area, status and need, and pages through the rest', async () => {
    const total = async (query: string) => (await get(`/api/v1/initiatives?${query}`)).json().total
    assert.equal(await total('theme=groen'), 1)
    assert.equal(await total('area=zuid'), 26)
    assert.equal(await total('status=underWay'), 1)
    assert.equal(await total('need=money'), 1)
    assert.equal(await total('need=money&area=noord'), 0)
    assert.equal(await total('theme=bestaat-niet'), 0)
    assert.equal(await total('status=withdrawn'), 0, 'a filter never widens what the public sees')

    const first = (await get('/api/v1/initiatives?area=zuid&pageSize=10')).json()
    const third = (await get('/api/v1/initiatives?area=zuid&pageSize=10&page=3')).json()
    assert.deepEqual([first.page, first.pageSize, first.total, first.items.length], [1, 10, 26, 10])
    assert.deepEqual([third.page, third.items.length], [3, 6])
    const beyond = (await get('/api/v1/initiatives?area=zuid&page=9')).json()
    assert.deepEqual([beyond.total, beyond.items.length], [26, 0])
    const defaults = (await get('/api/v1/initiatives')).json()
    assert.deepEqual([defaults.page, defaults.pageSize, defaults.items.length], [1, 20, 20])
  })

  it('refuses bad parameters with problem+json naming each one', async () => {
    for (const [url, param] of [
      ['/api/v1/initiatives?page=0', 'querystring.page'],
      ['/api/v1/initiatives?page=abc', 'querystring.page'],
      ['/api/v1/initiatives?pageSize=1000', 'querystring.pageSize'],
      ['/api/v1/initiatives?status=finished', 'querystring.status'],
      ['/api/v1/initiatives?need=beer', 'querystring.need'],
      ['/api/v1/initiatives?theme=DROP%20TABLE', 'querystring.theme'],
      ['/api/v1/initiatives/abc', 'params.id'],
      ['/api/v1/initiatives/0', 'params.id'],
    ] as const) {
      const response = await get(url)
      assert.equal(response.statusCode, 400, url)
      assert.match(response.headers['content-type'] as string, /^application\/problem\+json/, url)
      const problem = response.json()
      assert.equal(problem.status, 400)
      assert.ok(problem.invalidParams?.some((p: { name: string }) => p.name === param), `${url}: ${JSON.stringify(problem.invalidParams)}`)
    }
  })

  it('shows one public initiative, and answers 404 problem+json for anything not public', async () => {
    const found = await get(`/api/v1/initiatives/${ids.published}`)
    assert.equal(found.statusCode, 200)
    assert.equal(found.json().title, 'Buurtmoestuin Noord')
    assert.ok(!found.body.includes(SECRET_CONTACT.email))
    for (const hidden of ['private', 'pending', 'withdrawn', 'unconfirmed', 'elsewhere']) {
      const response = await get(`/api/v1/initiatives/${ids[hidden]}`)
      assert.equal(response.statusCode, 404, hidden)
      assert.match(response.headers['content-type'] as string, /^application\/problem\+json/)
    }
    assert.equal((await get('/api/v1/initiatives/99999999')).statusCode, 404)
  })

  it('shows staff tokens every confirmed initiative of their municipality, with the case fields', async () => {
    for (const role of ['broker', 'coordinator', 'admin']) {
      const list = (await get('/api/v1/initiatives?pageSize=100', tokens[role])).json()
      const found = list.items.map((item: { id: number }) => item.id)
      assert.equal(list.total, 30, role)
      for (const visible of ['published', 'private', 'pending', 'withdrawn']) assert.ok(found.includes(ids[visible]), `${role} sees ${visible}`)
      for (const hidden of ['unconfirmed', 'elsewhere']) assert.ok(!found.includes(ids[hidden]), `${role} does not see ${hidden}`)
    }
    const one = await get(`/api/v1/initiatives/${ids.private}`, tokens.coordinator)
    assert.equal(one.statusCode, 200)
    const item = one.json()
    assert.deepEqual(item.contact, SECRET_CONTACT)
    assert.equal(item.publication, 'private')
    assert.equal(item.description, 'Beschrijving van Privé plan')
    assert.equal(item.brokerId, null)
    assert.equal(item.governmentRole, null)
    assert.equal((await get(`/api/v1/initiatives/${ids.unconfirmed}`, tokens.coordinator)).statusCode, 404)
    assert.equal((await get(`/api/v1/initiatives/${ids.elsewhere}`, tokens.coordinator)).statusCode, 404)
  })

  it("gives a council member's token only what the public sees, and refuses another municipality's or a made-up token", async () => {
    const list = await get('/api/v1/initiatives?pageSize=100', tokens.councilMember)
    assert.equal(list.json().total, 27)
    assert.ok(!list.body.includes(SECRET_CONTACT.email))
    assert.equal((await get(`/api/v1/initiatives/${ids.private}`, tokens.councilMember)).statusCode, 404)
    assert.equal((await get('/api/v1/initiatives', tokens.elsewhere)).statusCode, 401)
    assert.equal((await get('/api/v1/initiatives', 'nbr_ditbestaatnietenzalooknietbestaan')).statusCode, 401)
    const theirs = (await get('/api/v1/initiatives', tokens.elsewhere, OTHER_HOST)).json()
    assert.deepEqual(theirs.items.map((item: { id: number }) => item.id), [ids.elsewhere])
  })

  const newInitiative = {
    title: 'Speeltuin De Esch',
    summary: 'Een nieuwe speeltuin op het braakliggende veld aan de Esch.',
    description: 'Buurtbewoners willen samen een speeltuin bouwen.',
    themes: ['groen', 'sport'],
    area: 'noord',
    initiatorKind: 'residentGroup',
    needs: [{ kind: 'money', explanation: 'Voor de toestellen' }, { kind: 'rules', explanation: 'Mag het op gemeentegrond?' }],
    contact: { name: 'Piet Speel', email: 'Piet@Speeltuin.example', phone: '+31 6 1234 5678' },
  }

  it('imports an initiative with a coordinator token: confirmed, audited under the token, 201 with its address', async () => {
    const { db } = context.database
    const mailsBefore = (await db.selectFrom('mail_outbox').select('id').execute()).length
    const response = await send('POST', '/api/v1/initiatives', newInitiative, tokens.coordinator)
    assert.equal(response.statusCode, 201, response.body)
    const item = response.json()
    assert.equal(response.headers.location, `/api/v1/initiatives/${item.id}`)
    assert.equal(item.status, 'new')
    assert.equal(item.publication, 'private')
    assert.deepEqual(item.themes.sort(), ['groen', 'sport'])
    assert.deepEqual(item.area, { slug: 'noord', name: 'Noord' })
    assert.deepEqual(item.contact, { name: 'Piet Speel', email: 'piet@speeltuin.example', phone: '+31 6 1234 5678' })
    assert.deepEqual(item.needs, [{ kind: 'money', status: 'open' }, { kind: 'rules', status: 'open' }])
    const row = await db.selectFrom('initiatives').selectAll().where('id', '=', item.id).executeTakeFirstOrThrow()
    assert.equal(row.tenant_id, town.tenantId)
    assert.ok(row.confirmed_at)
    assert.match(row.submission_key, /^[A-Za-z0-9_-]{16,64}$/)
    assert.equal((await db.selectFrom('mail_outbox').select('id').execute()).length, mailsBefore, 'no mail is sent')
    const audit = await db.selectFrom('audit_events').selectAll().where('object_type', '=', 'initiative').where('object_id', '=', String(item.id)).execute()
    assert.deepEqual(audit.map((event) => [event.action, event.actor_label, event.actor_id]), [['initiative.created', 'API: Koppeling coordinator', null]])
    assert.equal((audit[0]!.after as { title: string }).title, 'Speeltuin De Esch')
    const fetched = await get(`/api/v1/initiatives/${item.id}`)
    assert.equal(fetched.statusCode, 404, 'private until published')
  })

  it('refuses an import without a token (401), with a broker or council token (403), and one with unknown theme or area (400), storing nothing', async () => {
    const { db } = context.database
    const count = async () => (await db.selectFrom('initiatives').select('id').where('tenant_id', '=', town.tenantId).execute()).length
    const before = await count()
    const anonymous = await send('POST', '/api/v1/initiatives', newInitiative)
    assert.equal(anonymous.statusCode, 401)
    assert.match(anonymous.headers['content-type'] as string, /^application\/problem\+json/)
    assert.equal((await send('POST', '/api/v1/initiatives', newInitiative, tokens.broker)).statusCode, 403)
    assert.equal((await send('POST', '/api/v1/initiatives', newInitiative, tokens.councilMember)).statusCode, 403)

    const unknown = await send('POST', '/api/v1/initiatives', { ...newInitiative, themes: ['groen', 'ruimtevaart'], area: 'atlantis' }, tokens.admin)
    assert.equal(unknown.statusCode, 400)
    assert.match(unknown.headers['content-type'] as string, /^application\/problem\+json/)
    const names = unknown.json().invalidParams.map((p: { name: string }) => p.name).sort()
    assert.deepEqual(names, ['body.area', 'body.themes'])
    assert.match(unknown.body, /ruimtevaart/)

    const invalid = [
      { ...newInitiative, title: 'x' },
      { ...newInitiative, themes: [] },
      { ...newInitiative, initiatorKind: 'alien' },
      { ...newInitiative, status: 'realised' },
      { ...newInitiative, contact: { name: 'Piet', email: 'geen-adres' } },
      { ...newInitiative, needs: [{ kind: 'money', explanation: 'a' }, { kind: 'money', explanation: 'b' }] },
      { ...newInitiative, summary: 'x'.repeat(301) },
    ]
    for (const body of invalid) {
      const response = await send('POST', '/api/v1/initiatives', body, tokens.coordinator)
      assert.equal(response.statusCode, 400, JSON.stringify(body))
      assert.ok(response.json().invalidParams?.length > 0)
    }
    const notJson = await app.inject({ method: 'POST', url: '/api/v1/initiatives', headers: { host: HOST, authorization: `Bearer ${tokens.coordinator}`, 'content-type': 'application/json' }, payload: '{"title": ' })
    assert.equal(notJson.statusCode, 400)
    assert.equal(await count(), before)
  })

  it('changes texts, status and publication with a coordinator token, auditing before and after', async () => {
    const { db } = context.database
    const id = ids.pending!
    const response = await send('PATCH', `/api/v1/initiatives/${id}`, { title: 'Beoordeeld plan', status: 'underWay', publication: 'published', publishDescription: true }, tokens.coordinator)
    assert.equal(response.statusCode, 200, response.body)
    const item = response.json()
    assert.deepEqual([item.title, item.status, item.publication, item.description], ['Beoordeeld plan', 'underWay', 'published', 'Beschrijving van Wacht op beoordeling'])
    const events = await db.selectFrom('audit_events').selectAll().where('object_type', '=', 'initiative').where('object_id', '=', String(id)).orderBy('id').execute()
    assert.deepEqual(events.map((event) => event.action), ['initiative.edited', 'initiative.statusChanged', 'initiative.publicationDecided'])
    assert.deepEqual(events[0]!.before, { title: 'Wacht op beoordeling', publishDescription: false })
    assert.deepEqual(events[0]!.after, { title: 'Beoordeeld plan', publishDescription: true })
    assert.deepEqual(events[1]!.before, { status: 'inConversation' })
    assert.deepEqual(events[2]!.after, { publication: 'published' })
    assert.ok(events.every((event) => event.actor_label === 'API: Koppeling coordinator'))
    const publicView = await get(`/api/v1/initiatives/${id}`)
    assert.equal(publicView.statusCode, 200, 'now public')
    assert.equal(publicView.json().description, 'Beschrijving van Wacht op beoordeling')
  })

  it('refuses a status change the lifecycle does not allow with 409, and a closure without outcome with 400, changing nothing', async () => {
    const { db } = context.database
    const id = ids.sport!
    const backwards = await send('PATCH', `/api/v1/initiatives/${id}`, { status: 'unconfirmed' }, tokens.coordinator)
    assert.equal(backwards.statusCode, 409)
    assert.match(backwards.headers['content-type'] as string, /^application\/problem\+json/)
    assert.match(backwards.json().detail, /new.*unconfirmed/)
    const ended = await send('PATCH', `/api/v1/initiatives/${ids.withdrawn}`, { status: 'underWay' }, tokens.coordinator)
    assert.equal(ended.statusCode, 409)
    const noOutcome = await send('PATCH', `/api/v1/initiatives/${id}`, { title: 'Nieuwe titel', status: 'stopped' }, tokens.coordinator)
    assert.equal(noOutcome.statusCode, 400)
    assert.deepEqual(noOutcome.json().invalidParams.map((p: { name: string }) => p.name), ['body.outcome'])
    const unpublishable = await send('PATCH', `/api/v1/initiatives/${ids.private}`, { publication: 'published' }, tokens.coordinator)
    assert.equal(unpublishable.statusCode, 409, 'no consent, no publication')
    const row = await db.selectFrom('initiatives').select(['title', 'status']).where('id', '=', id).executeTakeFirstOrThrow()
    assert.deepEqual(row, { title: 'Voetbalveld opknappen', status: 'new' })
    assert.equal((await db.selectFrom('audit_events').select('id').where('object_id', '=', String(id)).execute()).length, 0)

    const closed = await send('PATCH', `/api/v1/initiatives/${id}`, { status: 'stopped', outcome: { achieved: 'Niet doorgegaan: geen trainers.', municipalMoneyCents: 0, participants: 3 } }, tokens.coordinator)
    assert.equal(closed.statusCode, 200, closed.body)
    const stored = await db.selectFrom('initiatives').select(['status', 'outcome']).where('id', '=', id).executeTakeFirstOrThrow()
    assert.equal(stored.status, 'stopped')
    assert.equal(stored.outcome?.participants, 3)
  })

  it('refuses changes without a coordinator token, to unknown initiatives, and empty or invalid ones', async () => {
    const id = ids.published!
    assert.equal((await send('PATCH', `/api/v1/initiatives/${id}`, { title: 'Gekaapt' })).statusCode, 401)
    assert.equal((await send('PATCH', `/api/v1/initiatives/${id}`, { title: 'Gekaapt' }, tokens.broker)).statusCode, 403)
    assert.equal((await send('PATCH', `/api/v1/initiatives/${ids.elsewhere}`, { title: 'Gekaapt' }, tokens.coordinator)).statusCode, 404)
    assert.equal((await send('PATCH', `/api/v1/initiatives/${ids.unconfirmed}`, { title: 'Gekaapt' }, tokens.coordinator)).statusCode, 404)
    assert.equal((await send('PATCH', `/api/v1/initiatives/${id}`, {}, tokens.coordinator)).statusCode, 400)
    assert.equal((await send('PATCH', `/api/v1/initiatives/${id}`, { status: 'klaar' }, tokens.coordinator)).statusCode, 400)
    assert.equal((await send('PATCH', `/api/v1/initiatives/${id}`, { title: 'x'.repeat(121) }, tokens.coordinator)).statusCode, 400)
    assert.equal((await get(`/api/v1/initiatives/${id}`)).json().title, 'Buurtmoestuin Noord')
  })

  it('treats sending the current values as no change: nothing audited', async () => {
    const { db } = context.database
    const id = ids.published!
    const response = await send('PATCH', `/api/v1/initiatives/${id}`, { title: 'Buurtmoestuin Noord', status: 'underWay', publication: 'published' }, tokens.admin)
    assert.equal(response.statusCode, 200)
    assert.equal((await db.selectFrom('audit_events').select('id').where('object_id', '=', String(id)).execute()).length, 0)
  })

  it('describes every route in the OpenAPI document, with problem+json errors', async () => {
    const response = await get('/api/v1/openapi.json')
    assert.equal(response.statusCode, 200)
    const paths = response.json().paths as Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: unknown; responses: Record<string, { content?: Record<string, unknown> }> }>>
    const list = paths['/api/v1/initiatives']!
    const one = paths['/api/v1/initiatives/{id}']!
    assert.ok(list.get && list.post && one.get && one.patch)
    assert.deepEqual(list.get.parameters!.map((p) => p.name).sort(), ['area', 'need', 'page', 'pageSize', 'status', 'theme'])
    assert.ok(list.post.requestBody && one.patch.requestBody)
    assert.ok(list.get.responses['200']!.content?.['application/json'])
    assert.ok(list.post.responses['201'])
    assert.ok(one.patch.responses['409']!.content?.['application/problem+json'])
    assert.ok(one.get.responses['404']!.content?.['application/problem+json'])
    assert.equal(one.get.parameters!.find((p) => p.name === 'id')?.in, 'path')
  })
})
