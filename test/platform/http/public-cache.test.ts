import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { sql } from 'kysely'
import { seedDemo } from '../../../src/demo/seed.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { signInResident } from '../../support/residents.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { newSecretToken } from '../../../src/platform/auth/tokens.ts'
import { SESSION_ABSOLUTE_MS } from '../../../src/platform/auth/session.ts'

describeEachDatabase('pages kept in memory for visitors without a session', (context) => {
  let app: FastifyInstance
  let db: Db
  let id: number
  let tenantId: number

  /** A change the content-version triggers do not see: only a kept page would still show the old text. */
  async function changeUnseen(title: string): Promise<void> {
    await db.transaction().execute(async (trx) => {
      await sql`set local session_replication_role = replica`.execute(trx)
      await trx.updateTable('initiatives').set({ title }).where('id', '=', id).execute()
    })
  }

  before(async () => {
    db = context.database.db
    ;({ tenantId } = await seedDemo(db, { content: false }))
    const area = await db.selectFrom('areas').select('id').where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()
    ;({ id } = await db
      .insertInto('initiatives')
      .values({ tenant_id: tenantId, title: 'Pluktuin bij de molen', summary: 'Samen bloemen en kruiden kweken die iedereen mag plukken.', description: '', area_id: area.id,
        initiator_kind: 'resident', status: 'underWay', publication: 'published', contact_name: 'Test', contact_email: 'test@voorbeeld.nl', submission_key: 'public-cache-test-0001' })
      .returning('id')
      .executeTakeFirstOrThrow())
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  const page = async (url: string, headers: Record<string, string> = {}) => (await app.inject({ url, headers })).body

  it('serves the same page again without asking the database for its content', async () => {
    assert.match(await page(`/initiatieven/${id}`), /Pluktuin bij de molen/)
    await changeUnseen('Pluktuin bij de oude molen')
    assert.match(await page(`/initiatieven/${id}`), /Pluktuin bij de molen/, 'the kept page')
    assert.match((await app.inject({ url: `/api/v1/search?q=pluktuin` })).body, /Pluktuin bij de oude molen/, 'a page not kept yet reads the database')
  })

  it('shows a change as soon as it is stored', async () => {
    await db.updateTable('initiatives').set({ title: 'Pluktuin aan de Molenweg' }).where('id', '=', id).execute()
    assert.match(await page(`/initiatieven/${id}`), /Pluktuin aan de Molenweg/)
    assert.match((await app.inject({ url: `/api/v1/search?q=pluktuin` })).body, /Pluktuin aan de Molenweg/)
  })

  it('keeps a page per language', async () => {
    assert.match(await page('/'), /lang="nl"/)
    assert.match(await page('/', { cookie: 'lang=en' }), /lang="en"/)
  })

  it('never gives a signed-in person the visitors\u2019 page, nor keeps theirs for visitors', async () => {
    await page('/')
    const resident = await signInResident(app, db, 'bewoner@cache.example')
    assert.match((await resident.get('/')).body, /Uitloggen/)
    assert.doesNotMatch(await page('/'), /Uitloggen/)
  })

  it('sets no cookie on a page without a form, so it can be kept', async () => {
    const response = await app.inject({ url: '/initiatieven' })
    assert.equal(response.headers['set-cookie'], undefined)
  })

  it('keeps a broker\u2019s inbox per session until a promise, a case or a read marker changes', async () => {
    const { person } = await grantRole(db, tenantId, 'bea@cache.example', 'broker', 'Bea Ruimtemaker')
    await db.updateTable('initiatives').set({ broker_id: person.id }).where('id', '=', id).execute()
    const { token, hash } = newSecretToken()
    await db.insertInto('sessions').values({ token_hash: hash, person_id: person.id, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()
    const first = await app.inject({ url: '/werk', headers: { cookie: `noaber_session=${token}` } })
    const csrf = first.cookies.find((cookie) => cookie.name === 'noaber_csrf')!
    const cookie = `noaber_session=${token}; noaber_csrf=${csrf.value}`
    const inbox = async () => (await app.inject({ url: '/werk', headers: { cookie } })).body
    assert.match(await inbox(), /Pluktuin aan de Molenweg/)
    await changeUnseen('Pluktuin achter de Molenweg')
    assert.match(await inbox(), /Pluktuin aan de Molenweg/, 'the kept inbox')
    await db.insertInto('promises').values({ initiative_id: id, made_by: person.id, description: 'Bellen over de plukdag', due_on: '2026-12-01' }).execute()
    assert.match(await inbox(), /Pluktuin achter de Molenweg/, 'a new promise shows at once')
    assert.doesNotMatch(await page('/werk'), /Pluktuin/, 'a visitor is sent to sign in, never given the inbox')
  })
})

describeEachDatabase('one answer made once for visitors who ask at the same time', (context) => {
  let app: FastifyInstance
  let made = 0
  let failures = 0

  before(async () => {
    await seedDemo(context.database.db, { content: false })
    app = await testApp(context.database.db)
    const slowly = () => new Promise((resolve) => setTimeout(resolve, 50))
    app.get('/proef/traag', { config: { publicCache: true } }, async () => {
      made += 1
      await slowly()
      return 'klaar'
    })
    app.get('/proef/mislukt', { config: { publicCache: true } }, async () => {
      failures += 1
      await slowly()
      throw new Error('kapot')
    })
    await app.ready()
  })
  after(() => app.close())

  it('lets the others wait for the first instead of all asking the database', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => app.inject({ url: '/proef/traag' })))
    assert.deepEqual(new Set(responses.map((response) => `${response.statusCode} ${response.body}`)), new Set(['200 klaar']))
    assert.equal(made, 1)
  })

  it('lets them go on by themselves when the first could not be kept', async () => {
    const responses = await Promise.all(Array.from({ length: 5 }, () => app.inject({ url: '/proef/mislukt' })))
    assert.deepEqual(new Set(responses.map((response) => response.statusCode)), new Set([500]))
    assert.equal(failures, 5)
  })
})
