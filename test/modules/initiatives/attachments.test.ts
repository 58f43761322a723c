import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'
import { signInResident } from '../../support/residents.ts'

// A real 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

describeEachDatabase('photos and PDFs with updates', (context) => {
  let app: FastifyInstance
  let initiativeId: number
  let initiator: PageClient

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db)
    const { person } = await grantRole(db, tenantId, 'foto@voorbeeld.nl', 'resident', 'Fleur')
    initiativeId = (
      await db
        .insertInto('initiatives')
        .values({
          tenant_id: tenantId, title: 'Bloemenlint langs de Dinkel', summary: 'Bloemen zaaien langs het fietspad aan de Dinkel.', description: '', area_id: null,
          latitude: null, longitude: null, initiator_kind: 'resident', publication: 'published', publication_note: null, initiator_id: person.id, broker_id: null,
          contact_name: 'Fleur', contact_email: 'foto@voorbeeld.nl', contact_phone: null, government_role: null, outcome: null, confirmed_at: new Date(),
          status: 'underWay', submission_key: 'attachments-test-key-1',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
    app = await testApp(db)
    await app.ready()
    initiator = await signInResident(app, db, 'foto@voorbeeld.nl')
  })
  after(() => app.close())

  it('stores a photo checked by its content and shows it to everyone with a public update', async () => {
    await initiator.get(`/mijn/initiatieven/${initiativeId}`)
    const posted = await initiator.postMultipart(`/mijn/initiatieven/${initiativeId}/bericht`, { body: 'De eerste bloemen staan!', public: 'yes' }, { field: 'bijlage', fileName: 'bloemen.png', contentType: 'image/png', content: PNG })
    assert.equal(posted.statusCode, 303, posted.body.slice(0, 500))
    const row = await context.database.db.selectFrom('attachments').select(['id', 'content_type', 'file_name']).executeTakeFirstOrThrow()
    assert.equal(row.content_type, 'image/png')
    const anonymous = await app.inject({ url: `/bijlagen/${row.id}` })
    assert.equal(anonymous.statusCode, 200)
    assert.equal(anonymous.headers['content-type'], 'image/png')
    assert.match(anonymous.headers['content-security-policy'] as string, /sandbox/)
    assert.deepEqual(anonymous.rawPayload, PNG)
  })

  it('keeps a file with a private message away from the public', async () => {
    await initiator.get(`/mijn/initiatieven/${initiativeId}`)
    await initiator.postMultipart(`/mijn/initiatieven/${initiativeId}/bericht`, { body: 'Hier de offerte.' }, { field: 'bijlage', fileName: 'offerte.pdf', contentType: 'application/pdf', content: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n') })
    const row = await context.database.db.selectFrom('attachments').select('id').where('file_name', '=', 'offerte.pdf').executeTakeFirstOrThrow()
    assert.equal((await app.inject({ url: `/bijlagen/${row.id}` })).statusCode, 404)
    const own = await initiator.get(`/bijlagen/${row.id}`)
    assert.equal(own.statusCode, 200)
    assert.match(own.headers['content-disposition'] as string, /^attachment;/)
  })

  it('refuses a file that lies about its type, and stores nothing', async () => {
    const { db } = context.database
    const before = (await db.selectFrom('journal_entries').select('id').execute()).length
    await initiator.get(`/mijn/initiatieven/${initiativeId}`)
    const refused = await initiator.postMultipart(`/mijn/initiatieven/${initiativeId}/bericht`, { body: 'Kijk eens!' }, { field: 'bijlage', fileName: 'foto.jpg', contentType: 'image/jpeg', content: Buffer.from('<script>alert(1)</script>') })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /We kijken naar de inhoud, niet naar de naam/)
    assert.equal((await db.selectFrom('journal_entries').select('id').execute()).length, before)
  })

  it('refuses a file over 5 MB with a clear page', async () => {
    await initiator.get(`/mijn/initiatieven/${initiativeId}`)
    const big = Buffer.concat([PNG, Buffer.alloc(5 * 1024 * 1024 + 10)])
    const refused = await initiator.postMultipart(`/mijn/initiatieven/${initiativeId}/bericht`, { body: 'Grote foto' }, { field: 'bijlage', fileName: 'groot.png', contentType: 'image/png', content: big })
    assert.equal(refused.statusCode, 413)
    assert.match(refused.body, /Te veel gegevens/)
  })

  it('does not crash when a file is sent where text is expected', async () => {
    const client = new PageClient(app)
    await client.get('/inloggen')
    const response = await client.postMultipart('/inloggen', {}, { field: 'email', fileName: 'x.png', contentType: 'image/png', content: PNG })
    assert.equal(response.statusCode, 400)
  })
})
