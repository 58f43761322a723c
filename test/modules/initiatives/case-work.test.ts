import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { hashPassword } from '../../../src/modules/accounts/password-policy.ts'
import { listAreas } from '../../../src/modules/areas/area-repository.ts'
import { listThemes } from '../../../src/modules/themes/theme-repository.ts'
import { buildApp } from '../../../src/platform/http/app.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testConfig } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'
import { latestMailLink } from '../../support/outbox.ts'

const PASSWORD = 'een lange zin als wachtwoord'

describeEachDatabase("the broker's case work", (context) => {
  let app: FastifyInstance
  let initiativeId: number
  let initiator: PageClient
  let broker: PageClient
  const clock = fixedClock('2026-11-27T09:00:00Z')

  async function staff(email: string): Promise<PageClient> {
    const client = new PageClient(app)
    await client.get('/inloggen/medewerker')
    const response = await client.post('/inloggen/medewerker', { email, password: PASSWORD })
    assert.equal(response.statusCode, 303, `${email} signs in`)
    return client
  }

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db)
    const area = (await listAreas(db, tenantId)).find((a) => a.slug === 'lutteveen') ?? (await listAreas(db, tenantId))[0]!
    const theme = (await listThemes(db, tenantId))[0]!
    const hash = await hashPassword(PASSWORD)
    for (const [email, role] of [['wim@casework.example', 'broker'], ['other@casework.example', 'broker'], ['coco@casework.example', 'coordinator']] as const) {
      const { person } = await grantRole(db, tenantId, email, role, email.split('@')[0]!)
      await db.updateTable('people').set({ password_hash: hash }).where('id', '=', person.id).execute()
      if (email.startsWith('wim')) await db.insertInto('broker_areas').values({ person_id: person.id, area_id: area.id }).execute()
    }
    app = await buildApp({ config: testConfig(), db, cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789', clock })
    await app.ready()

    initiator = new PageClient(app)
    await initiator.get('/initiatieven/nieuw')
    const key = /name="submissionKey" value="([^"]+)"/.exec(initiator.lastBody)![1]!
    await initiator.post('/initiatieven/nieuw', {
      submissionKey: key, title: 'Repaircafé in het dorpshuis', summary: 'Elke eerste zaterdag samen spullen repareren in plaats van weggooien.',
      description: '', themes: [String(theme.id)], area: String(area.id), initiatorKind: 'resident', needs: ['space', 'rules'],
      'need-space': 'Een ruimte met stopcontacten', 'need-rules': 'Hebben we een vergunning nodig?', contactName: 'Henk Hamer', contactEmail: 'henk@voorbeeld.nl', publish: 'yes',
    })
    const link = await latestMailLink(db, 'henk@voorbeeld.nl')
    await initiator.get(link)
    const confirmed = await initiator.post('/initiatieven/bevestigen', { token: new URL(link, 'http://x').searchParams.get('token')! })
    initiativeId = Number(/\/(\d+)$/.exec(confirmed.headers.location as string)![1])
    broker = await staff('wim@casework.example')
  })
  after(() => app.close())

  it("shows the new initiative in its broker's inbox, unread, with the first-contact promise due", async () => {
    const inbox = await broker.get('/werk')
    assert.equal(inbox.statusCode, 200)
    assert.match(inbox.body, /Repaircafé in het dorpshuis/)
    assert.match(inbox.body, /noaber-tag--new/)
    assert.match(inbox.body, /dinsdag 1 december 2026/)
    const other = await staff('other@casework.example')
    assert.doesNotMatch((await other.get('/werk')).body, /Repaircafé/, 'not in another broker\u2019s inbox')
    assert.equal((await other.get(`/werk/initiatieven/${initiativeId}`)).statusCode, 403, 'nor their case file')
  })

  it('keeps the first-contact promise when contact is recorded, and moves the case into conversation', async () => {
    const { db } = context.database
    const file = await broker.get(`/werk/initiatieven/${initiativeId}`)
    assert.equal(file.statusCode, 200)
    assert.match(file.body, /henk@voorbeeld\.nl/)
    const saved = await broker.post(`/werk/initiatieven/${initiativeId}/logboek`, { kind: 'contact', visibility: 'shared', body: 'Gebeld met Henk; volgende week kijken we samen naar het dorpshuis.' })
    assert.equal(saved.statusCode, 303)
    const promise = await db.selectFrom('promises').selectAll().where('initiative_id', '=', initiativeId).where('kind', '=', 'firstContact').executeTakeFirstOrThrow()
    assert.equal(promise.status, 'kept')
    const initiative = await db.selectFrom('initiatives').select('status').where('id', '=', initiativeId).executeTakeFirstOrThrow()
    assert.equal(initiative.status, 'inConversation')
  })

  it('records a need answer, an obstacle, a role on the ladder and a new status, each audited', async () => {
    const { db } = context.database
    const need = await db.selectFrom('initiative_needs').select('id').where('initiative_id', '=', initiativeId).where('kind', '=', 'space').executeTakeFirstOrThrow()
    await broker.get(`/werk/initiatieven/${initiativeId}`)
    assert.equal((await broker.post(`/werk/initiatieven/${initiativeId}/hulpvragen/${need.id}`, { status: 'answered', answer: 'Het dorpshuis is elke eerste zaterdag vrij.' })).statusCode, 303)
    assert.equal((await broker.post(`/werk/initiatieven/${initiativeId}/belemmeringen`, { rule: 'Evenementenvergunning (APV)', department: 'Vergunningen', whatHappened: 'Voor een repaircafé werd een evenementenvergunning gevraagd.', delayDays: '14', suggestedChange: 'Kleine buurtactiviteiten vrijstellen.' })).statusCode, 303)
    assert.equal((await broker.post(`/werk/initiatieven/${initiativeId}/rol`, { role: 'facilitate', reason: 'De groep kan het zelf; wij regelen de ruimte.' })).statusCode, 303)
    assert.equal((await broker.post(`/werk/initiatieven/${initiativeId}/status`, { status: 'underWay' })).statusCode, 303)
    const initiative = await db.selectFrom('initiatives').selectAll().where('id', '=', initiativeId).executeTakeFirstOrThrow()
    assert.equal(initiative.status, 'underWay')
    assert.equal(initiative.government_role, 'facilitate')
    const actions = (await db.selectFrom('audit_events').select('action').where('object_id', '=', String(initiativeId)).execute()).map((row) => row.action)
    for (const action of ['initiative.roleChanged', 'obstacle.recorded', 'initiative.statusChanged']) assert.ok(actions.includes(action), action)
    const obstacles = await broker.get(`/werk/initiatieven/${initiativeId}#belemmeringen`)
    assert.match(obstacles.body, /Evenementenvergunning \(APV\)/)
  })

  it('refuses a promise due in the past and a case closed without an outcome, storing nothing', async () => {
    const { db } = context.database
    await broker.get(`/werk/initiatieven/${initiativeId}`)
    const past = await broker.post(`/werk/initiatieven/${initiativeId}/beloften`, { description: 'Terugbellen over de vergunning', dueOn: '2026-11-20' })
    assert.equal(past.statusCode, 400)
    assert.match(past.body, /Kies vandaag of een datum in de toekomst/)
    const ending = await broker.post(`/werk/initiatieven/${initiativeId}/status`, { status: 'realised', achieved: '' })
    assert.equal(ending.statusCode, 400)
    assert.match(ending.body, /Beschrijf wat er is bereikt/)
    assert.equal((await db.selectFrom('promises').select('id').where('initiative_id', '=', initiativeId).execute()).length, 1)
  })

  it('renegotiates a promise with the initiator knowing, and the initiator sees their broker and promises', async () => {
    const { db } = context.database
    await broker.get(`/werk/initiatieven/${initiativeId}`)
    assert.equal((await broker.post(`/werk/initiatieven/${initiativeId}/beloften`, { description: 'Uitzoeken of er een verzekering nodig is', dueOn: '2026-12-04' })).statusCode, 303)
    const promise = await db.selectFrom('promises').select('id').where('initiative_id', '=', initiativeId).where('kind', '=', 'other').executeTakeFirstOrThrow()
    const renegotiated = await broker.post(`/werk/initiatieven/${initiativeId}/beloften/${promise.id}/nieuwe-afspraak`, { dueOn: '2026-12-11', explanation: 'De verzekeraar reageert pas volgende week; ik kom op 11 december bij u terug.' })
    assert.equal(renegotiated.statusCode, 303)

    const page = await initiator.get(`/mijn/initiatieven/${initiativeId}`)
    assert.equal(page.statusCode, 200)
    assert.match(page.body, /Uw ruimtemaker/)
    assert.match(page.body, /wim@casework\.example/)
    assert.match(page.body, /Nagekomen/)
    assert.match(page.body, /Nieuwe afspraak gemaakt/)
    assert.match(page.body, /vrijdag 11 december 2026/)
    assert.match(page.body, /ik kom op 11 december bij u terug/)
    assert.doesNotMatch(page.body, /Evenementenvergunning/, 'internal notes stay internal')
  })

  it('publishes only after a coordinator approves, and a withdrawn initiative leaves public view', async () => {
    const { db } = context.database
    assert.equal((await broker.post(`/werk/initiatieven/${initiativeId}/publicatie`, { decision: 'published' })).statusCode, 403, 'a broker cannot publish')
    const coordinator = await staff('coco@casework.example')
    const queue = await coordinator.get('/werk/publicatie')
    assert.match(queue.body, /Repaircafé in het dorpshuis/)
    await coordinator.get(`/werk/initiatieven/${initiativeId}`)
    assert.equal((await coordinator.post(`/werk/initiatieven/${initiativeId}/publicatie`, { decision: 'changesRequested', note: '' })).statusCode, 400)
    assert.equal((await coordinator.post(`/werk/initiatieven/${initiativeId}/publicatie`, { decision: 'published', note: '' })).statusCode, 303)
    assert.equal((await db.selectFrom('initiatives').select('publication').where('id', '=', initiativeId).executeTakeFirstOrThrow()).publication, 'published')

    await initiator.get(`/mijn/initiatieven/${initiativeId}`)
    assert.equal((await initiator.post(`/mijn/initiatieven/${initiativeId}/intrekken`, {})).statusCode, 400)
    assert.equal((await initiator.post(`/mijn/initiatieven/${initiativeId}/intrekken`, { confirm: 'yes' })).statusCode, 303)
    assert.equal((await db.selectFrom('initiatives').select('status').where('id', '=', initiativeId).executeTakeFirstOrThrow()).status, 'withdrawn')
    assert.equal((await coordinator.get(`/werk/initiatieven/${initiativeId}`)).statusCode, 200, 'the case file stays')
  })

  it("does not show someone else's initiative to a resident", async () => {
    const stranger = new PageClient(app)
    await stranger.get('/inloggen')
    await stranger.post('/inloggen', { email: 'vreemde@voorbeeld.nl' })
    const link = await latestMailLink(context.database.db, 'vreemde@voorbeeld.nl')
    await stranger.get(link)
    await stranger.post('/inloggen/bevestigen', { token: new URL(link, 'http://x').searchParams.get('token')! })
    assert.equal((await stranger.get(`/mijn/initiatieven/${initiativeId}`)).statusCode, 404)
    assert.equal((await stranger.get(`/werk/initiatieven/${initiativeId}`)).statusCode, 403)
  })
})
