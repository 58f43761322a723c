import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { hashPassword } from '../../../src/modules/accounts/password-policy.ts'
import { listAreas } from '../../../src/modules/areas/area-repository.ts'
import { listThemes } from '../../../src/modules/themes/theme-repository.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'

describeEachDatabase('administering staff', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let admin: PageClient
  let adminId: number
  let brokerId: number

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db)).tenantId
    app = await testApp(db)
    await app.ready()
    adminId = (await grantRole(db, tenantId, 'admin@esveld.example', 'admin', 'Ada Admin')).person.id
    await db.updateTable('people').set({ password_hash: await hashPassword('een lange zin als wachtwoord') }).where('id', '=', adminId).execute()
    brokerId = (await grantRole(db, tenantId, 'broker@esveld.example', 'broker', 'Bram Broker')).person.id
    admin = new PageClient(app)
    await admin.get('/inloggen/medewerker')
    await admin.post('/inloggen/medewerker', { email: 'admin@esveld.example', password: 'een lange zin als wachtwoord' })
  })
  after(() => app.close())

  it('assigns a broker to areas and themes, audited', async () => {
    const { db } = context.database
    const [area] = await listAreas(db, tenantId)
    const [theme] = await listThemes(db, tenantId)
    const page = await admin.get(`/beheer/medewerkers/${brokerId}`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Werkgebied als ruimtemaker/)
    const saved = await admin.post(`/beheer/medewerkers/${brokerId}/werkgebied`, { areas: [String(area!.id)], themes: [String(theme!.id)] })
    assert.equal(saved.statusCode, 303)
    const areas = await db.selectFrom('broker_areas').select('area_id').where('person_id', '=', brokerId).execute()
    assert.deepEqual(areas.map((row) => row.area_id), [area!.id])
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'broker.workAreaChanged').executeTakeFirstOrThrow()
    assert.deepEqual((audit.after as { areaIds: number[] }).areaIds, [area!.id])
  })

  it('refuses areas of another municipality or made-up ids, changing nothing', async () => {
    const { db } = context.database
    await admin.get(`/beheer/medewerkers/${brokerId}`)
    const refused = await admin.post(`/beheer/medewerkers/${brokerId}/werkgebied`, { areas: ['999999'] })
    assert.equal(refused.statusCode, 400)
    const junk = await admin.post(`/beheer/medewerkers/${brokerId}/werkgebied`, { areas: ['drop table'] })
    assert.equal(junk.statusCode, 400)
    assert.equal((await db.selectFrom('broker_areas').select('area_id').where('person_id', '=', brokerId).execute()).length, 1)
  })

  it('changes roles with before and after in the audit log, and refuses unknown roles', async () => {
    const { db } = context.database
    await admin.get(`/beheer/medewerkers/${brokerId}`)
    assert.equal((await admin.post(`/beheer/medewerkers/${brokerId}/rollen`, { roles: ['broker', 'king'] })).statusCode, 400)
    assert.equal((await admin.post(`/beheer/medewerkers/${brokerId}/rollen`, { roles: ['broker', 'coordinator'] })).statusCode, 303)
    const roles = await db.selectFrom('role_assignments').select('role').where('person_id', '=', brokerId).orderBy('role').execute()
    assert.deepEqual(roles.map((row) => row.role), ['broker', 'coordinator'])
    const audit = await admin.get('/beheer/logboek?q=staff.rolesChanged')
    assert.match(audit.body, /coordinator/)
  })

  it('does not let an administrator remove their own admin role', async () => {
    await admin.get(`/beheer/medewerkers/${adminId}`)
    const response = await admin.post(`/beheer/medewerkers/${adminId}/rollen`, { roles: ['broker'] })
    assert.equal(response.statusCode, 400)
  })

  it('keeps the audit log append-only, even for direct database writes', async () => {
    const { db } = context.database
    await assert.rejects(db.updateTable('audit_events').set({ action: 'rewritten' }).execute(), /append-only/)
    await assert.rejects(db.deleteFrom('audit_events').execute(), /append-only/)
  })

  it('sets the service standard in working days, and refuses nonsense', async () => {
    const { db } = context.database
    await admin.get('/beheer/instellingen')
    assert.equal((await admin.post('/beheer/instellingen', { firstContactWorkingDays: 'twee', phone: '14 0547' })).statusCode, 400)
    assert.equal((await admin.post('/beheer/instellingen', { firstContactWorkingDays: '3', phone: '14 0547' })).statusCode, 303)
    const row = await db.selectFrom('settings').select('value').where('key', '=', 'serviceStandards.firstContactWorkingDays').executeTakeFirstOrThrow()
    assert.equal(row.value, 3)
  })

  it('re-renders the invitation form with marked fields on bad input', async () => {
    await admin.get('/beheer/medewerkers')
    const response = await admin.post('/beheer/medewerkers', { email: 'geen adres', displayName: 'x'.repeat(500), roles: ['king'] })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /Vul een geldig e-mailadres in/)
    assert.match(response.body, /maximaal 120 tekens/)
    assert.match(response.body, /Kies minstens één rol/)
  })
})
