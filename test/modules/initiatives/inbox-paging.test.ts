import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { newSecretToken } from '../../../src/platform/auth/tokens.ts'
import { SESSION_ABSOLUTE_MS } from '../../../src/platform/auth/session.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'

describeEachDatabase("a broker's inbox in pages", (context) => {
  let app: FastifyInstance
  let cookie = ''

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    const area = await db.selectFrom('areas').select('id').where('tenant_id', '=', tenantId).executeTakeFirstOrThrow()
    const { person } = await grantRole(db, tenantId, 'paula@inbox.example', 'broker', 'Paula Ruimtemaker')
    await db.insertInto('initiatives').values(Array.from({ length: 60 }, (_, n) => ({
      tenant_id: tenantId, title: `Buurtplan nummer ${n + 1}`, summary: 'Een plan van bewoners om samen iets te doen in de straat.', description: '', area_id: area.id,
      initiator_kind: 'resident' as const, status: 'new' as const, publication: 'private' as const, broker_id: person.id, contact_name: 'Test', contact_email: 'test@voorbeeld.nl',
      submission_key: `inbox-paging-${String(n).padStart(6, '0')}`,
    }))).execute()
    const { token, hash } = newSecretToken()
    await db.insertInto('sessions').values({ token_hash: hash, person_id: person.id, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()
    cookie = `noaber_session=${token}`
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  const rows = (html: string) => (html.match(/href="\/werk\/initiatieven\/\d+"/g) ?? []).length

  it('shows fifty cases a page, says how many there are in all, and links to the next page', async () => {
    const first = (await app.inject({ url: '/werk', headers: { cookie } })).body
    assert.equal(rows(first), 50)
    assert.match(first, /60 initiatieven/)
    assert.match(first, /href="\/werk\?pagina=2"/)
    const second = (await app.inject({ url: '/werk?pagina=2', headers: { cookie } })).body
    assert.equal(rows(second), 10)
    assert.match(second, /60 initiatieven/)
  })

  it('keeps the filters when paging, and counts a page past the end as empty', async () => {
    assert.match((await app.inject({ url: '/werk?status=new', headers: { cookie } })).body, /href="\/werk\?status=new&amp;pagina=2"/)
    const beyond = (await app.inject({ url: '/werk?pagina=9', headers: { cookie } })).body
    assert.equal(rows(beyond), 0)
    assert.match(beyond, /60 initiatieven/)
  })
})
