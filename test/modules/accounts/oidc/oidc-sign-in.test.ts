import assert from 'node:assert/strict'
import { createServer } from 'node:net'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../../src/demo/seed.ts'
import { grantRole } from '../../../../src/modules/accounts/account-service.ts'
import { describeEachDatabase } from '../../../support/databases.ts'
import { testApp } from '../../../support/app.ts'
import { PageClient } from '../../../support/page-client.ts'
import { ProviderBrowser, startLocalProvider, type LocalProvider } from './local-provider.ts'

const BASE_URL = 'http://localhost:3000'
const CALLBACK = `${BASE_URL}/inloggen/oidc/terug`

/** A port nothing listens on: taken from the system, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise<void>((resolve) => server.close(() => resolve()))
  return port
}

describeEachDatabase('staff sign-in through the municipality (OpenID Connect)', (context) => {
  let provider: LocalProvider
  let app: FastifyInstance
  let tenantId: number

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db)).tenantId
    provider = await startLocalProvider({
      redirectUri: CALLBACK,
      accounts: {
        'rika-0001': { email: 'Rika.Ruimtemaker@Esveld.example', email_verified: true, name: 'Rika Ruimtemaker' },
        'onbekend-0002': { email: 'onbekend@esveld.example', email_verified: true, name: 'Onbekend' },
        'inwoner-0003': { email: 'inwoner@esveld.example', email_verified: true },
        'ongecontroleerd-0004': { email: 'coordinator@esveld.example', email_verified: false },
        'zonder-mail-0005': { name: 'Zonder Mail' },
      },
    })
    await grantRole(db, tenantId, 'rika.ruimtemaker@esveld.example', 'broker')
    await grantRole(db, tenantId, 'inwoner@esveld.example', 'resident')
    await grantRole(db, tenantId, 'coordinator@esveld.example', 'coordinator')
    app = await testApp(db, { BASE_URL, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: provider.clientId, OIDC_CLIENT_SECRET: provider.clientSecret })
    await app.ready()
  })
  after(async () => {
    await app?.close()
    await provider?.close()
  })

  async function counts() {
    const { db } = context.database
    const sessions = await db.selectFrom('sessions').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
    const audits = await db.selectFrom('audit_events').where('action', '=', 'staff.signedInOidc').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()
    return { sessions: Number(sessions.n), audits: Number(audits.n) }
  }

  /** Starts at the app, signs in (or aborts) at the provider, and returns the app's client and the callback URL. */
  async function throughProvider(choice: { account: string } | { abort: true }) {
    const client = new PageClient(app)
    const start = await client.get('/inloggen/oidc')
    assert.equal(start.statusCode, 303, start.body)
    const callback = await new ProviderBrowser(CALLBACK).signIn(start.headers.location as string, choice)
    return { client, start, callback: callback.pathname + callback.search }
  }

  it('signs a staff member in through the provider and shows them their page', async () => {
    const before = await counts()
    const { client, start, callback } = await throughProvider({ account: 'rika-0001' })

    const authorization = new URL(start.headers.location as string)
    assert.equal(authorization.origin, provider.issuer)
    assert.equal(authorization.searchParams.get('response_type'), 'code')
    assert.equal(authorization.searchParams.get('scope'), 'openid email profile')
    assert.equal(authorization.searchParams.get('redirect_uri'), CALLBACK)
    assert.equal(authorization.searchParams.get('code_challenge_method'), 'S256')
    for (const name of ['state', 'nonce', 'code_challenge']) assert.ok(authorization.searchParams.get(name), `${name} is sent`)
    const pending = start.cookies.find((cookie) => cookie.name === 'noaber_oidc')
    assert.ok(pending, 'the checks wait in a cookie')
    assert.equal(pending.httpOnly, true)
    assert.equal(pending.sameSite, 'Lax')
    assert.equal(pending.path, '/inloggen/oidc')
    assert.ok(pending.maxAge && pending.maxAge <= 600, 'short-lived')
    assert.ok(!pending.value.includes(authorization.searchParams.get('state')!), 'state is not readable in the cookie as is')

    assert.match(callback, /^\/inloggen\/oidc\/terug\?code=/)
    const back = await client.get(callback)
    assert.equal(back.statusCode, 303, back.body)
    assert.equal(back.headers.location, '/mijn')
    const session = back.cookies.find((cookie) => cookie.name === 'noaber_session')
    assert.ok(session?.httpOnly && session.sameSite === 'Lax', 'a session cookie is set')
    assert.ok(back.cookies.some((cookie) => cookie.name === 'noaber_oidc' && cookie.value === ''), 'the checks are used up')

    assert.equal(provider.hits.get('/token'), 1, 'the code was exchanged at the provider')
    assert.equal(provider.hits.get('/me'), 1, 'the e-mail address came from the userinfo endpoint')

    const mine = await client.get('/mijn')
    assert.equal(mine.statusCode, 200)
    assert.match(mine.body, /rika\.ruimtemaker@esveld\.example/)
    assert.match(mine.body, /Rika Ruimtemaker/, 'the display name comes from the provider when it was empty')

    const { db } = context.database
    const person = await db.selectFrom('people').select(['id', 'display_name']).where('email', '=', 'rika.ruimtemaker@esveld.example').executeTakeFirstOrThrow()
    assert.equal(person.display_name, 'Rika Ruimtemaker')
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'staff.signedInOidc').orderBy('id', 'desc').executeTakeFirstOrThrow()
    assert.equal(audit.actor_id, person.id)
    assert.equal(audit.object_id, String(person.id))
    assert.equal(audit.tenant_id, tenantId)
    assert.deepEqual({ sessions: (await counts()).sessions, audits: (await counts()).audits }, { sessions: before.sessions + 1, audits: before.audits + 1 })
  })

  it('discovers the provider once, on first use, and keeps it', async () => {
    await throughProvider({ account: 'rika-0001' })
    assert.equal(provider.hits.get('/.well-known/openid-configuration'), 1)
  })

  it('signs in again with a name already chosen, without overwriting it', async () => {
    const { db } = context.database
    await db.updateTable('people').set({ display_name: 'Rika R.' }).where('email', '=', 'rika.ruimtemaker@esveld.example').execute()
    const { client, callback } = await throughProvider({ account: 'rika-0001' })
    assert.equal((await client.get(callback)).statusCode, 303)
    assert.match((await client.get('/mijn')).body, /Rika R\./)
  })

  it('refuses a code used a second time, and changes nothing', async () => {
    const { client, start, callback } = await throughProvider({ account: 'rika-0001' })
    const pending = start.cookies.find((cookie) => cookie.name === 'noaber_oidc')!
    assert.equal((await client.get(callback)).statusCode, 303)
    const before = await counts()
    const replay = await app.inject({ url: callback, headers: { cookie: `noaber_oidc=${pending.value}` } })
    assert.equal(replay.statusCode, 400)
    assert.match(replay.body, /Inloggen via de gemeente is niet gelukt/)
    assert.ok(!replay.cookies.some((cookie) => cookie.name === 'noaber_session'))
    assert.deepEqual(await counts(), before)
  })

  it('refuses an address without a staff account here, and changes nothing', async () => {
    for (const account of ['onbekend-0002', 'inwoner-0003']) {
      const before = await counts()
      const { client, callback } = await throughProvider({ account })
      const back = await client.get(callback)
      assert.equal(back.statusCode, 403, account)
      assert.match(back.body, /geen medewerkersaccount/)
      assert.ok(!back.cookies.some((cookie) => cookie.name === 'noaber_session'), 'no session')
      assert.equal((await client.get('/mijn')).statusCode, 303, 'still signed out')
      assert.deepEqual(await counts(), before)
    }
    const { db } = context.database
    assert.equal(await db.selectFrom('people').select('id').where('email', '=', 'onbekend@esveld.example').executeTakeFirst(), undefined, 'no account is made')
  })

  it('refuses an address the provider has not verified, or none at all', async () => {
    for (const account of ['ongecontroleerd-0004', 'zonder-mail-0005']) {
      const before = await counts()
      const { client, callback } = await throughProvider({ account })
      const back = await client.get(callback)
      assert.equal(back.statusCode, 403, account)
      assert.match(back.body, /geen bevestigd e-mailadres/)
      assert.deepEqual(await counts(), before)
    }
  })

  it('refuses an answer whose state cookie is missing, tampered with or from another attempt', async () => {
    const before = await counts()

    const missing = await throughProvider({ account: 'rika-0001' })
    const withoutCookie = await app.inject({ url: missing.callback })
    assert.equal(withoutCookie.statusCode, 400)
    assert.match(withoutCookie.body, /duurde te lang/)

    const tampered = await throughProvider({ account: 'rika-0001' })
    const value = tampered.client.cookies.get('noaber_oidc')!
    const flipped = value.slice(0, 10) + (value[10] === 'A' ? 'B' : 'A') + value.slice(11)
    const withForgedCookie = await app.inject({ url: tampered.callback, headers: { cookie: `noaber_oidc=${flipped}` } })
    assert.equal(withForgedCookie.statusCode, 400)
    assert.match(withForgedCookie.body, /duurde te lang/)

    // A genuine cookie, but from another attempt in this browser: the state does not match.
    const first = await throughProvider({ account: 'rika-0001' })
    const second = await throughProvider({ account: 'rika-0001' })
    const crossed = await app.inject({ url: first.callback, headers: { cookie: `noaber_oidc=${second.client.cookies.get('noaber_oidc')}` } })
    assert.equal(crossed.statusCode, 400)
    assert.match(crossed.body, /konden we niet controleren/)

    assert.deepEqual(await counts(), before)
  })

  it('tells the person when they cancel at the provider, or the provider refuses', async () => {
    const before = await counts()
    const { client, callback } = await throughProvider({ abort: true })
    assert.match(callback, /error=access_denied/)
    const back = await client.get(callback)
    assert.equal(back.statusCode, 403)
    assert.match(back.body, /afgebroken of geweigerd/)
    assert.ok(!back.cookies.some((cookie) => cookie.name === 'noaber_session'))

    const english = await app.inject({ url: '/inloggen/oidc/terug?error=server_error&error_description=%3Cscript%3E', headers: { cookie: 'lang=en' } })
    assert.equal(english.statusCode, 403)
    assert.match(english.body, /Signing in through the municipality did not work/)
    assert.doesNotMatch(english.body, /<script>/)
    assert.deepEqual(await counts(), before)
  })

  it('offers the provider on the staff sign-in page, by its name when configured', async () => {
    const page = await app.inject({ url: '/inloggen/medewerker' })
    assert.match(page.body, /href="\/inloggen\/oidc"[^>]*>\s*Inloggen via de gemeente/)
    const named = await testApp(context.database.db, { BASE_URL, OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y', OIDC_LABEL: 'Esveld-account' })
    try {
      assert.match((await named.inject({ url: '/inloggen/medewerker' })).body, /Inloggen met Esveld-account/)
      assert.match((await named.inject({ url: '/inloggen/medewerker', headers: { cookie: 'lang=en' } })).body, /Sign in with Esveld-account/)
    } finally {
      await named.close()
    }
  })

  it('shows a clear page, not an error 500, when the provider cannot be reached', async () => {
    const unreachable = await testApp(context.database.db, { BASE_URL, OIDC_ISSUER: `http://127.0.0.1:${await closedPort()}`, OIDC_CLIENT_ID: 'x', OIDC_CLIENT_SECRET: 'y' })
    try {
      const dutch = await unreachable.inject({ url: '/inloggen/oidc' })
      assert.equal(dutch.statusCode, 502)
      assert.match(dutch.headers['content-type'] as string, /text\/html/)
      assert.match(dutch.body, /De inlogdienst van de gemeente is nu niet bereikbaar/)
      assert.ok(!dutch.cookies.some((cookie) => cookie.name === 'noaber_oidc'))
      const english = await unreachable.inject({ url: '/inloggen/oidc', headers: { cookie: 'lang=en' } })
      assert.equal(english.statusCode, 502)
      assert.match(english.body, /cannot be reached right now/)
    } finally {
      await unreachable.close()
    }
  })

  it('shows a clear page when the provider goes away between sign-in and callback', async () => {
    const shortLived = await startLocalProvider({ redirectUri: CALLBACK, accounts: { 'rika-0001': { email: 'rika.ruimtemaker@esveld.example', email_verified: true } } })
    const other = await testApp(context.database.db, { BASE_URL, OIDC_ISSUER: shortLived.issuer, OIDC_CLIENT_ID: shortLived.clientId, OIDC_CLIENT_SECRET: shortLived.clientSecret })
    try {
      const client = new PageClient(other)
      const start = await client.get('/inloggen/oidc')
      const callback = await new ProviderBrowser(CALLBACK).signIn(start.headers.location as string, { account: 'rika-0001' })
      await shortLived.close()
      const before = await counts()
      const back = await client.get(callback.pathname + callback.search)
      assert.equal(back.statusCode, 502)
      assert.match(back.body, /niet bereikbaar/)
      assert.deepEqual(await counts(), before)
    } finally {
      await other.close()
      await shortLived.close().catch(() => {})
    }
  })

  it('answers 404 and offers no button when OIDC is not configured', async () => {
    const plain = await testApp(context.database.db, { BASE_URL })
    try {
      assert.equal((await plain.inject({ url: '/inloggen/oidc' })).statusCode, 404)
      assert.equal((await plain.inject({ url: '/inloggen/oidc/terug?code=x&state=y' })).statusCode, 404)
      assert.doesNotMatch((await plain.inject({ url: '/inloggen/medewerker' })).body, /inloggen\/oidc/)
    } finally {
      await plain.close()
    }
  })
})
