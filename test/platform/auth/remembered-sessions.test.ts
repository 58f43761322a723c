import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { clientFor } from '../../modules/network/fixtures.ts'

/*
 * The app remembers who a session belongs to between requests. These are changes made straight in
 * the database, as another app process (or an administrator) would make them: each must count from
 * the very next request, remembered or not.
 */
describeEachDatabase('remembered sessions', (context) => {
  let app: FastifyInstance
  let tenantId: number

  before(async () => {
    ;({ tenantId } = await seedDemo(context.database.db, { content: false }))
    app = await testApp(context.database.db)
    await app.ready()
  })
  after(() => app.close())

  async function signedInBroker(email: string) {
    const { person } = await grantRole(context.database.db, tenantId, email, 'broker', 'Ruimtemaker')
    const client = await clientFor(app, context.database.db, person.id)
    for (let i = 0; i < 2; i++) assert.equal((await client.get('/werk')).statusCode, 200, 'signed in, and remembered')
    return { client, personId: person.id }
  }

  it('refuses a session ended elsewhere at the next request', async () => {
    const { client, personId } = await signedInBroker('elders@esveld.example')
    await context.database.db.deleteFrom('sessions').where('person_id', '=', personId).execute()
    const response = await client.get('/werk')
    assert.equal(response.statusCode, 303)
    assert.match(String(response.headers.location), /^\/inloggen/)
  })

  it('takes a role away at the next request', async () => {
    const { client, personId } = await signedInBroker('rol@esveld.example')
    await context.database.db.deleteFrom('role_assignments').where('person_id', '=', personId).where('role', '=', 'broker').execute()
    assert.equal((await client.get('/werk')).statusCode, 403)
  })

  it('refuses the session of an account deleted elsewhere', async () => {
    const { client, personId } = await signedInBroker('weg@esveld.example')
    await context.database.db.updateTable('people').set({ deleted_at: new Date() }).where('id', '=', personId).execute()
    assert.equal((await client.get('/werk')).statusCode, 303)
  })
})
