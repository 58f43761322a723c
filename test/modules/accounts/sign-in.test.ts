import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'
import { latestMailLink, mailCount } from '../../support/outbox.ts'

describeEachDatabase('signing in', (context) => {
  let app: FastifyInstance
  let tenantId: number

  before(async () => {
    tenantId = (await seedDemo(context.database.db)).tenantId
    app = await testApp(context.database.db)
    await app.ready()
  })
  after(() => app.close())

  async function signInResident(email: string): Promise<PageClient> {
    const client = new PageClient(app)
    await client.get('/inloggen')
    await client.post('/inloggen', { email })
    const link = await latestMailLink(context.database.db, email)
    await client.get(link)
    const confirmed = await client.post('/inloggen/bevestigen', { token: new URL(link, 'http://x').searchParams.get('token')! })
    assert.equal(confirmed.statusCode, 303)
    return client
  }

  it('gives a resident an account on first use of an e-mail link, and signs them in', async () => {
    const client = new PageClient(app)
    await client.get('/inloggen')
    const sent = await client.post('/inloggen', { email: 'Anna@Voorbeeld.nl' })
    assert.equal(sent.statusCode, 200)
    assert.match(sent.body, /Kijk in uw mail/)
    const link = await latestMailLink(context.database.db, 'anna@voorbeeld.nl')
    const confirmPage = await client.get(link)
    assert.equal(confirmPage.statusCode, 200, 'opening the link only shows a button')
    const token = new URL(link, 'http://x').searchParams.get('token')!
    const confirmed = await client.post('/inloggen/bevestigen', { token })
    assert.equal(confirmed.statusCode, 303)
    assert.equal(confirmed.headers.location, '/mijn')
    const session = confirmed.cookies.find((cookie) => cookie.name === 'noaber_session')
    assert.ok(session?.httpOnly && session.sameSite === 'Lax', 'HttpOnly, SameSite=Lax session cookie')
    const mine = await client.get('/mijn')
    assert.equal(mine.statusCode, 200)
    assert.match(mine.body, /anna@voorbeeld\.nl/)
    assert.match(mine.body, /inwoner/)

    const again = await new PageClient(app).post('/inloggen/bevestigen', { token, _csrf: client.csrfToken() })
    assert.notEqual(again.statusCode, 303, 'a link works once')
  })

  it('answers the same whether or not the address is known', async () => {
    await grantRole(context.database.db, tenantId, 'bekend@esveld.example', 'resident')
    const known = new PageClient(app)
    await known.get('/inloggen')
    const a = await known.post('/inloggen', { email: 'bekend@esveld.example' })
    const unknown = new PageClient(app)
    await unknown.get('/inloggen')
    const b = await unknown.post('/inloggen', { email: 'onbekend@esveld.example' })
    assert.equal(a.statusCode, b.statusCode)
    const strip = (html: string) => html.replace(/value="[^"]+"/g, '')
    assert.equal(strip(a.body), strip(b.body))
  })

  it('refuses reused, expired and forged links with a clear message', async () => {
    const client = new PageClient(app)
    await client.get('/inloggen')
    await client.post('/inloggen', { email: 'link@voorbeeld.nl' })
    const link = await latestMailLink(context.database.db, 'link@voorbeeld.nl')
    const token = new URL(link, 'http://x').searchParams.get('token')!
    await client.get(link)
    assert.equal((await client.post('/inloggen/bevestigen', { token })).statusCode, 303)
    await client.get('/inloggen')
    const reused = await client.post('/inloggen/bevestigen', { token })
    assert.equal(reused.statusCode, 400)
    assert.match(reused.body, /al gebruikt/)

    const forged = await client.get('/inloggen/bevestigen?token=dit-is-geen-echte-link')
    assert.equal(forged.statusCode, 400)
    assert.match(forged.body, /kennen we niet/)

    await client.post('/inloggen', { email: 'laat@voorbeeld.nl' })
    const late = await latestMailLink(context.database.db, 'laat@voorbeeld.nl')
    await context.database.db.updateTable('sign_in_tokens').set({ expires_at: new Date(Date.now() - 1000) }).where('email', '=', 'laat@voorbeeld.nl').execute()
    const expired = await client.get(late)
    assert.equal(expired.statusCode, 400)
    assert.match(expired.body, /verlopen/)
  })

  it('refuses a form without CSRF token and changes nothing', async () => {
    const client = new PageClient(app)
    await client.get('/inloggen')
    const response = await client.post('/inloggen', { email: 'csrf@voorbeeld.nl' }, { csrf: false })
    assert.equal(response.statusCode, 403)
    assert.match(response.body, /Formulier verlopen/)
    assert.equal(await mailCount(context.database.db, 'csrf@voorbeeld.nl'), 0)
  })

  it('marks a bad e-mail address in the form', async () => {
    const client = new PageClient(app)
    await client.get('/inloggen')
    const response = await client.post('/inloggen', { email: 'geen-adres' })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /aria-invalid="true"/)
    assert.match(response.body, /Vul een geldig e-mailadres in/)
  })

  it('limits link requests per address with 429 and Retry-After', async () => {
    const client = new PageClient(app)
    await client.get('/inloggen')
    let response
    for (let attempt = 0; attempt < 6; attempt++) response = await client.post('/inloggen', { email: 'veel@voorbeeld.nl' })
    assert.equal(response!.statusCode, 429)
    assert.ok(Number(response!.headers['retry-after']) > 0)
    assert.equal(await mailCount(context.database.db, 'veel@voorbeeld.nl'), 5)
  })

  it('treats a tampered session cookie as signed out', async () => {
    const client = await signInResident('sessie@voorbeeld.nl')
    client.cookies.set('noaber_session', `${client.cookies.get('noaber_session')}x`)
    const mine = await client.get('/mijn')
    assert.equal(mine.statusCode, 303)
    assert.match(mine.headers.location as string, /^\/inloggen/)
  })

  it('signs out everywhere', async () => {
    const phone = await signInResident('overal@voorbeeld.nl')
    const laptop = await signInResident('overal@voorbeeld.nl')
    await laptop.get('/mijn')
    await laptop.post('/uitloggen/overal', {})
    assert.equal((await phone.get('/mijn')).statusCode, 303)
    assert.equal((await laptop.get('/mijn')).statusCode, 303)
  })

  it('invites staff, who choose a strong password and sign in with it', async () => {
    const { db } = context.database
    await grantRole(db, tenantId, 'admin@esveld.example', 'admin', 'Beheerder')
    await db.updateTable('people').set({ password_hash: await (await import('../../../src/modules/accounts/password-policy.ts')).hashPassword('een lange zin als wachtwoord') }).where('email', '=', 'admin@esveld.example').execute()
    const admin = new PageClient(app)
    await admin.get('/inloggen/medewerker')
    const signedIn = await admin.post('/inloggen/medewerker', { email: 'admin@esveld.example', password: 'een lange zin als wachtwoord' })
    assert.equal(signedIn.statusCode, 303)
    await admin.get('/beheer/medewerkers')
    const invited = await admin.post('/beheer/medewerkers', { email: 'ruimtemaker@esveld.example', displayName: 'Ria Ruimtemaker', roles: ['broker'] })
    assert.equal(invited.statusCode, 303)

    const broker = new PageClient(app)
    const link = await latestMailLink(db, 'ruimtemaker@esveld.example')
    await broker.get(link)
    const weak = await broker.post('/wachtwoord-instellen', { token: new URL(link, 'http://x').searchParams.get('token')!, password: 'kort', repeat: 'kort' })
    assert.equal(weak.statusCode, 400)
    assert.match(weak.body, /te kort/)
    const strong = await broker.post('/wachtwoord-instellen', { token: new URL(link, 'http://x').searchParams.get('token')!, password: 'fietsen langs de dinkel', repeat: 'fietsen langs de dinkel' })
    assert.equal(strong.statusCode, 303)
    assert.match((await broker.get('/mijn')).body, /ruimtemaker/)

    const again = new PageClient(app)
    await again.get('/inloggen/medewerker')
    const wrong = await again.post('/inloggen/medewerker', { email: 'ruimtemaker@esveld.example', password: 'verkeerd wachtwoord!' })
    assert.equal(wrong.statusCode, 401)
    assert.match(wrong.body, /combinatie van e-mailadres en wachtwoord kennen we niet/)
    const right = await again.post('/inloggen/medewerker', { email: 'ruimtemaker@esveld.example', password: 'fietsen langs de dinkel' })
    assert.equal(right.statusCode, 303)

    const audit = await admin.get('/beheer/logboek?q=staff.invited')
    assert.match(audit.body, /ruimtemaker@esveld\.example/)
  })

  it('exports and anonymises a person on request', async () => {
    const client = await signInResident('weg@voorbeeld.nl')
    const download = await client.get('/mijn/gegevens.json')
    assert.equal(download.statusCode, 200)
    assert.equal(download.json().profile.email, 'weg@voorbeeld.nl')
    await client.get('/mijn/gegevens')
    const refused = await client.post('/mijn/account-verwijderen', {})
    assert.equal(refused.statusCode, 400)
    const deleted = await client.post('/mijn/account-verwijderen', { confirm: 'yes' })
    assert.equal(deleted.statusCode, 303)
    assert.equal((await client.get('/mijn')).statusCode, 303)
    const row = await context.database.db.selectFrom('people').selectAll().where('email', 'like', 'deleted-%').executeTakeFirstOrThrow()
    assert.equal(row.display_name, '')
    assert.ok(row.deleted_at)
  })

  it('issues API tokens that work once created and stop when revoked', async () => {
    const { db } = context.database
    const admin = new PageClient(app)
    await admin.get('/inloggen/medewerker')
    await admin.post('/inloggen/medewerker', { email: 'admin@esveld.example', password: 'een lange zin als wachtwoord' })
    await admin.get('/beheer/api-sleutels')
    const created = await admin.post('/beheer/api-sleutels', { name: 'Zaaksysteem', role: 'coordinator' })
    const token = /id="new-token">([^<]+)</.exec(created.body)?.[1]
    assert.ok(token, 'the token is shown once')
    const stored = await db.selectFrom('api_tokens').select('token_hash').executeTakeFirstOrThrow()
    assert.notEqual(stored.token_hash, token, 'only a hash is stored')
    assert.equal((await app.inject({ url: '/api/v1/areas', headers: { authorization: `Bearer ${token}` } })).statusCode, 200)
    const forged = await app.inject({ url: '/api/v1/areas', headers: { authorization: 'Bearer nbr_forged-token-value' } })
    assert.equal(forged.statusCode, 401)
    assert.match(forged.headers['content-type'] as string, /problem\+json/)
    const id = (await db.selectFrom('api_tokens').select('id').executeTakeFirstOrThrow()).id
    await admin.get('/beheer/api-sleutels')
    await admin.post(`/beheer/api-sleutels/${id}/intrekken`, {})
    assert.equal((await app.inject({ url: '/api/v1/areas', headers: { authorization: `Bearer ${token}` } })).statusCode, 401)
  })
})
