import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { findArea } from '../../../src/modules/areas/area-repository.ts'
import { representAreas } from '../../../src/modules/areas/area-page-service.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { signInResident } from '../../support/residents.ts'

describeEachDatabase('neighbourhood and village pages', (context) => {
  let app: FastifyInstance
  let publicId: number
  let privateId: number

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db, { content: false })
    const area = (await findArea(db, tenantId, 'ravenesch'))!
    const { person } = await grantRole(db, tenantId, 'dorpsraad@voorbeeld.nl', 'areaRepresentative', 'Dorpsraad Ravenesch')
    await representAreas(db, person.id, [area.id])
    const base = {
      tenant_id: tenantId, summary: 'Een initiatief in Ravenesch voor de test.', description: '', area_id: area.id, latitude: null, longitude: null, initiator_kind: 'resident' as const,
      publication_note: null, initiator_id: null, broker_id: null, contact_name: 'T', contact_email: 't@voorbeeld.nl', contact_phone: null, government_role: null, outcome: null,
      confirmed_at: new Date(), status: 'underWay' as const,
    }
    publicId = (await db.insertInto('initiatives').values({ ...base, title: 'Jeu-de-boulesbaan bij de oude school', publication: 'published', submission_key: 'area-test-public-000001' }).returning('id').executeTakeFirstOrThrow()).id
    privateId = (await db.insertInto('initiatives').values({ ...base, title: 'Nog geheim', publication: 'private', submission_key: 'area-test-private-00001' }).returning('id').executeTakeFirstOrThrow()).id
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  it('shows figures per 1,000 residents and the public initiatives only', async () => {
    const page = await app.inject({ url: '/wijken/ravenesch' })
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Jeu-de-boulesbaan/)
    assert.doesNotMatch(page.body, /Nog geheim/)
    assert.match(page.body, /Initiatieven per 1\.000 inwoners<\/dt><dd>1,2</)
    assert.equal((await app.inject({ url: '/wijken/bestaat-niet' })).statusCode, 404)
  })

  it('lets the village representative keep the agenda, linking only public initiatives of the village', async () => {
    const { db } = context.database
    const representative = await signInResident(app, db, 'dorpsraad@voorbeeld.nl')
    await representative.get('/wijken/ravenesch')
    const added = await representative.post('/wijken/ravenesch/agenda', { title: 'Ontmoetingsplek voor ouderen', description: 'Elke week koffie in de oude school.', owner: 'Dorpsraad', status: 'inProgress', initiative: String(publicId) })
    assert.equal(added.statusCode, 303)
    const page = await representative.get('/wijken/ravenesch')
    assert.match(page.body, /Ontmoetingsplek voor ouderen/)
    assert.match(page.body, /Dorpsagenda/)
    const refused = await representative.post('/wijken/ravenesch/agenda', { title: 'Iets geheims', status: 'planned', initiative: String(privateId) })
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Kies een openbaar initiatief uit dit gebied/)
    const other = await representative.post('/wijken/brinkhorst/agenda', { title: 'Niet van mij', status: 'planned' })
    assert.equal(other.statusCode, 403, 'not the agenda of another village')
    assert.equal((await db.selectFrom('agenda_items').select('id').execute()).length, 1)
  })
})
