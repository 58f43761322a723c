import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { hashPassword } from '../../../src/modules/accounts/password-policy.ts'
import { listAreas } from '../../../src/modules/areas/area-repository.ts'
import { listThemes } from '../../../src/modules/themes/theme-repository.ts'
import { createApiToken, revokeApiToken } from '../../../src/platform/auth/api-tokens.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { buildApp } from '../../../src/platform/http/app.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testConfig } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'
import { latestMailLink, mailCount } from '../../support/outbox.ts'
import { signInResident } from '../../support/residents.ts'
import { addHelper, addSpace } from '../../support/network-fixtures.ts'

const PASSWORD = 'een lange zin als wachtwoord'

describeEachDatabase('matching needs to the network', (context) => {
  let app: FastifyInstance
  let db: Db
  let tenantId: number
  let initiativeId: number
  let volunteersNeedId: number
  let spaceNeedId: number
  let initiator: PageClient
  let broker: PageClient
  let token: string
  const people: Record<string, { personId: number; helperId: number }> = {}
  const spaces: Record<string, number> = {}
  const clock = fixedClock('2026-11-27T09:00:00Z')

  before(async () => {
    db = context.database.db
    tenantId = (await seedDemo(db, { content: false })).tenantId
    const areas = await listAreas(db, tenantId)
    const home = areas.find((area) => area.slug === 'lutteveen') ?? areas[0]!
    const elsewhere = areas.find((area) => area.id !== home.id)!
    const theme = (await listThemes(db, tenantId))[0]!
    const hash = await hashPassword(PASSWORD)
    const { person: brokerPerson } = await grantRole(db, tenantId, 'bram@matching.example', 'broker', 'Bram Ruimtemaker')
    await db.updateTable('people').set({ password_hash: hash }).where('id', '=', brokerPerson.id).execute()
    await db.insertInto('broker_areas').values({ person_id: brokerPerson.id, area_id: home.id }).execute()
    app = await buildApp({ config: testConfig(), db, cookieSecret: 'test-cookie-secret-that-is-long-enough-0123456789', clock })
    await app.ready()

    people.carpenter = await addHelper(db, tenantId, { email: 'timo@matching.example', name: 'Timo Timmerman', skills: ['klussen', 'timmeren'], areaId: home.id, visibility: 'public' })
    people.anywhere = await addHelper(db, tenantId, { email: 'anna@matching.example', name: 'Anna Overal', skills: ['koken'], wholeMunicipality: true, visibility: 'members' })
    people.staffOnly = await addHelper(db, tenantId, { email: 'sjoerd@matching.example', name: 'Sjoerd Stil', skills: ['klussen'], areaId: home.id, visibility: 'staff' })
    people.hidden = await addHelper(db, tenantId, { email: 'hanna@matching.example', name: 'Hanna Verborgen', skills: ['klussen', 'timmeren'], areaId: home.id, visibility: 'hidden' })
    people.far = await addHelper(db, tenantId, { email: 'victor@matching.example', name: 'Victor Verweg', skills: ['klussen'], areaId: elsewhere.id, visibility: 'public' })

    const { person: owner } = await grantRole(db, tenantId, 'olga@matching.example', 'resident', 'Olga Eigenaar')
    spaces.hall = await addSpace(db, tenantId, { ownerId: owner.id, name: 'Dorpshuis De Linde', areaId: home.id })
    spaces.hidden = await addSpace(db, tenantId, { ownerId: owner.id, name: 'Verborgen zaal', areaId: home.id, hiddenBy: brokerPerson.id })

    initiator = new PageClient(app)
    await initiator.get('/initiatieven/nieuw')
    const key = /name="submissionKey" value="([^"]+)"/.exec(initiator.lastBody)![1]!
    await initiator.post('/initiatieven/nieuw', {
      submissionKey: key, title: 'Speeltuin opknappen', summary: 'Samen de oude speeltuin achter de school weer veilig en mooi maken.',
      description: '', themes: [String(theme.id)], area: String(home.id), initiatorKind: 'resident', needs: ['volunteers', 'space'],
      'need-volunteers': 'Mensen die kunnen klussen en timmeren aan de houten toestellen', 'need-space': 'Een zaal voor de bewonersavond',
      contactName: 'Ingrid Initiatief', contactEmail: 'ingrid@matching.example', publish: 'yes',
    })
    const link = await latestMailLink(db, 'ingrid@matching.example')
    await initiator.get(link)
    const confirmed = await initiator.post('/initiatieven/bevestigen', { token: new URL(link, 'http://x').searchParams.get('token')! })
    initiativeId = Number(/\/(\d+)$/.exec(confirmed.headers.location as string)![1])
    await db.updateTable('initiatives').set({ broker_id: brokerPerson.id, publication: 'published' }).where('id', '=', initiativeId).execute()
    const needs = await db.selectFrom('initiative_needs').select(['id', 'kind']).where('initiative_id', '=', initiativeId).execute()
    volunteersNeedId = needs.find((need) => need.kind === 'volunteers')!.id
    spaceNeedId = needs.find((need) => need.kind === 'space')!.id

    broker = new PageClient(app)
    await broker.get('/inloggen/medewerker')
    await broker.post('/inloggen/medewerker', { email: 'bram@matching.example', password: PASSWORD })
    token = (await createApiToken(db, tenantId, 'koppeling', 'broker', brokerPerson.id)).token
  })
  after(() => app.close())

  const suggestionsPath = () => `/werk/initiatieven/${initiativeId}/suggesties`
  const requestCount = async () => Number((await db.selectFrom('connection_requests').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)

  describe('suggestions', () => {
    it('ranks the helper whose skills and area fit first, and says why', async () => {
      const page = await broker.get(suggestionsPath())
      assert.equal(page.statusCode, 200)
      const body = page.body
      const carpenter = body.indexOf('Timo Timmerman')
      assert.ok(carpenter > 0, 'the carpenter from the same area is suggested')
      assert.ok(carpenter < body.indexOf('Victor Verweg') || body.indexOf('Victor Verweg') === -1, 'before the helper from another area')
      assert.match(body, /Kan: klussen, timmeren/)
      assert.match(body, /Actief in /)
    })

    it('shows staff-only helpers to the broker but never a hidden one', async () => {
      const body = (await broker.get(suggestionsPath())).body
      assert.match(body, /Sjoerd Stil/)
      assert.doesNotMatch(body, /Hanna Verborgen/)
    })

    it('shows the initiator only helpers who show themselves to members', async () => {
      const page = await initiator.get(`/mijn/initiatieven/${initiativeId}/suggesties`)
      assert.equal(page.statusCode, 200)
      assert.match(page.body, /Timo Timmerman/)
      assert.doesNotMatch(page.body, /Sjoerd Stil/)
      assert.doesNotMatch(page.body, /Hanna Verborgen/)
    })

    it('suggests listed spaces for a space need, never a hidden one', async () => {
      const body = (await broker.get(suggestionsPath())).body
      assert.match(body, /Dorpshuis De Linde/)
      assert.match(body, /Gratis te gebruiken/)
      assert.doesNotMatch(body, /Verborgen zaal/)
    })

    it('is not open to another resident, nor to a broker of another case', async () => {
      const stranger = await signInResident(app, db, 'nieuwsgierig@matching.example')
      assert.equal((await stranger.get(`/mijn/initiatieven/${initiativeId}/suggesties`)).statusCode, 404)
      assert.equal((await stranger.get(suggestionsPath())).statusCode, 403)
    })

    it('gives the same suggestions with reasons to a staff API token, and nothing without one', async () => {
      const response = await app.inject({ url: `/api/v1/initiatives/${initiativeId}/suggestions`, headers: { authorization: `Bearer ${token}` } })
      assert.equal(response.statusCode, 200)
      const json = response.json() as { needs: { kind: string; helpers: { party: { name: string }; reasons: { code: string }[] }[]; spaces: { party: { name: string } }[] }[] }
      const volunteers = json.needs.find((need) => need.kind === 'volunteers')!
      assert.equal(volunteers.helpers[0]!.party.name, 'Timo Timmerman')
      assert.ok(volunteers.helpers[0]!.reasons.some((item) => item.code === 'skills'))
      assert.ok(json.needs.every((need) => need.helpers.every((helper) => helper.party.name !== 'Hanna Verborgen')))
      assert.equal((await app.inject({ url: `/api/v1/initiatives/${initiativeId}/suggestions` })).statusCode, 401)
    })

    it('keeps a token’s answer only while the token is valid', async () => {
      const ask = (bearer: string) => app.inject({ url: `/api/v1/initiatives/${initiativeId}/suggestions`, headers: { authorization: `Bearer ${bearer}` } })
      const bram = await db.selectFrom('people').select('id').where('email', '=', 'bram@matching.example').executeTakeFirstOrThrow()
      const { id, token: other } = await createApiToken(db, tenantId, 'tijdelijk', 'broker', bram.id)
      const first = await ask(other)
      assert.equal(first.statusCode, 200)
      assert.equal((await ask(other)).body, first.body, 'the kept answer')
      await revokeApiToken(db, tenantId, id)
      assert.equal((await ask(other)).statusCode, 401)
      assert.equal((await ask(token)).statusCode, 200, 'another token is not affected')
    })
  })

  describe('asking and answering', () => {
    it('refuses a request without a real message, and stores nothing', async () => {
      await broker.get(suggestionsPath())
      const response = await broker.post(suggestionsPath(), { need: String(volunteersNeedId), kind: 'helper', party: String(people.carpenter!.personId), message: 'hoi' })
      assert.equal(response.statusCode, 400)
      assert.match(response.body, /minstens 10 tekens|at least 10/)
      assert.equal(await requestCount(), 0)
    })

    it('cannot reach a hidden helper by guessing their id', async () => {
      await broker.get(suggestionsPath())
      const response = await broker.post(suggestionsPath(), { need: String(volunteersNeedId), kind: 'helper', party: String(people.hidden!.personId), message: 'Wil je helpen met de speeltoestellen?' })
      assert.equal(response.statusCode, 404)
      assert.doesNotMatch(response.body, /Hanna/)
      assert.equal(await requestCount(), 0)
      assert.equal(await mailCount(db, 'hanna@matching.example'), 0)
    })

    it('asks a helper, who says yes in their own session; the connection appears on the initiative', async () => {
      await broker.get(suggestionsPath())
      const asked = await broker.post(suggestionsPath(), { need: String(volunteersNeedId), kind: 'helper', party: String(people.carpenter!.personId), message: 'Wil je op zaterdag helpen de schommel te repareren?' })
      assert.equal(asked.statusCode, 303)
      assert.equal(await latestMailLink(db, 'timo@matching.example'), '/mijn/verzoeken')
      const again = await broker.post(suggestionsPath(), { need: String(volunteersNeedId), kind: 'helper', party: String(people.carpenter!.personId), message: 'Nog een keer dezelfde vraag stellen.' })
      assert.equal(again.statusCode, 409, 'asking twice is refused')

      const helper = await signInResident(app, db, 'timo@matching.example')
      const inbox = await helper.get('/mijn/verzoeken')
      assert.match(inbox.body, /Wil je op zaterdag helpen de schommel te repareren\?/)
      const requestId = (await db.selectFrom('connection_requests').select('id').where('helper_person_id', '=', people.carpenter!.personId).executeTakeFirstOrThrow()).id
      const stranger = await signInResident(app, db, 'buur@matching.example')
      await stranger.get('/mijn/verzoeken')
      assert.equal((await stranger.post(`/mijn/verzoeken/${requestId}`, { decision: 'accept' })).statusCode, 404, 'nobody answers for someone else')

      const accepted = await helper.post(`/mijn/verzoeken/${requestId}`, { decision: 'accept', answer: 'Ik neem mijn eigen gereedschap mee.' })
      assert.equal(accepted.statusCode, 303)
      assert.equal((await helper.post(`/mijn/verzoeken/${requestId}`, { decision: 'decline' })).statusCode, 409, 'answering twice is refused')
      const connection = await db.selectFrom('connections').selectAll().where('initiative_id', '=', initiativeId).where('helper_person_id', '=', people.carpenter!.personId).executeTakeFirstOrThrow()
      assert.equal(connection.need_id, volunteersNeedId)
      assert.equal(await latestMailLink(db, 'bram@matching.example'), `/werk/initiatieven/${initiativeId}`)

      const publicPage = await new PageClient(app).get(`/initiatieven/${initiativeId}`)
      assert.match(publicPage.body, /Wie helpt er mee/)
      assert.match(publicPage.body, /Timo Timmerman<\/a> helpt met: vrijwilligers/)
      assert.match((await broker.get(suggestionsPath())).body, /Heeft ja gezegd/)
    })

    it('asks a space owner, who says no; the owner cannot be asked again for the same need', async () => {
      await broker.get(suggestionsPath())
      assert.equal((await broker.post(suggestionsPath(), { need: String(spaceNeedId), kind: 'space', party: String(spaces.hall), message: 'Mogen we op 10 december de zaal gebruiken?' })).statusCode, 303)
      const owner = await signInResident(app, db, 'olga@matching.example')
      const inbox = await owner.get('/mijn/verzoeken')
      assert.match(inbox.body, /Gevraagd als: Dorpshuis De Linde/)
      const requestId = (await db.selectFrom('connection_requests').select('id').where('space_id', '=', spaces.hall!).executeTakeFirstOrThrow()).id
      assert.equal((await owner.post(`/mijn/verzoeken/${requestId}`, { decision: 'decline', answer: 'Die avond is er koorrepetitie.' })).statusCode, 303)
      assert.equal(await db.selectFrom('connections').select('id').where('space_id', '=', spaces.hall!).executeTakeFirst(), undefined)
      await broker.get(suggestionsPath())
      const again = await broker.post(suggestionsPath(), { need: String(spaceNeedId), kind: 'space', party: String(spaces.hall), message: 'En op 17 december dan misschien?' })
      assert.equal(again.statusCode, 409)
      assert.match(again.body, /al nee gezegd/)
    })

    it('withdraws an unanswered request: the party hears of it, cannot answer it, and may be asked again', async () => {
      const ask = (message: string) => broker.post(suggestionsPath(), { need: String(volunteersNeedId), kind: 'helper', party: String(people.far!.personId), message })
      const pendingId = async () => (await db.selectFrom('connection_requests').select('id').where('helper_person_id', '=', people.far!.personId).where('status', '=', 'pending').executeTakeFirstOrThrow()).id
      await broker.get(suggestionsPath())
      assert.equal((await ask('Kun jij de wip opnieuw schilderen?')).statusCode, 303)
      const requestId = await pendingId()
      const page = await broker.get(suggestionsPath())
      assert.match(page.body, /Vraag aan Victor Verweg intrekken/)
      for (const said of ['constructor', 'toString', 'onbekend']) assert.doesNotMatch((await broker.get(`${suggestionsPath()}?bericht=${said}`)).body, /noaber-alert/, `no notice for ${said}`)

      // Only from this initiative's own suggestions page, and only by those who may open it.
      const brokerId = (await db.selectFrom('initiatives').select('broker_id').where('id', '=', initiativeId).executeTakeFirstOrThrow()).broker_id
      const { id: otherId } = await db
        .insertInto('initiatives')
        .values({
          tenant_id: tenantId, title: 'Bankjes bij de vijver', summary: 'Nieuwe bankjes rond de vijver in het park.', description: '', area_id: null, latitude: null, longitude: null,
          initiator_kind: 'resident', status: 'new', publication: 'private', publication_note: null, initiator_id: null, broker_id: brokerId,
          contact_name: 'Vera Vijver', contact_email: 'vera@matching.example', contact_phone: null, government_role: null, outcome: null,
          submission_key: 'matching-withdraw-other-000000000', confirmed_at: clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      await db.insertInto('initiative_needs').values({ initiative_id: otherId, kind: 'volunteers', explanation: 'Handen', status: 'open' }).execute()
      await broker.get(`/werk/initiatieven/${otherId}/suggesties`)
      assert.equal((await broker.post(`/werk/initiatieven/${otherId}/suggesties/intrekken`, { request: String(requestId) })).statusCode, 404, 'another initiative\u2019s request is not found')
      const stranger = await signInResident(app, db, 'nieuwsgierig@matching.example')
      assert.equal((await stranger.post(`/mijn/initiatieven/${initiativeId}/suggesties/intrekken`, { request: String(requestId) })).statusCode, 404)
      await broker.get(suggestionsPath())
      assert.equal((await broker.post(`${suggestionsPath()}/intrekken`, { request: 'abc' })).statusCode, 404)
      assert.equal((await db.selectFrom('connection_requests').select('status').where('id', '=', requestId).executeTakeFirstOrThrow()).status, 'pending')

      // The initiator may withdraw what the broker asked: both work on the same initiative.
      await initiator.get(`/mijn/initiatieven/${initiativeId}/suggesties`)
      const withdrawn = await initiator.post(`/mijn/initiatieven/${initiativeId}/suggesties/intrekken`, { request: String(requestId) })
      assert.equal(withdrawn.statusCode, 303)
      assert.match((await initiator.get(withdrawn.headers.location as string)).body, /De vraag is ingetrokken/)
      const row = await db.selectFrom('connection_requests').select(['status', 'decided_at']).where('id', '=', requestId).executeTakeFirstOrThrow()
      assert.deepEqual(row, { status: 'withdrawn', decided_at: clock.now() })
      const mail = await db.selectFrom('mail_outbox').select(['template', 'params']).where('recipient', '=', 'victor@matching.example').orderBy('id', 'desc').executeTakeFirstOrThrow()
      assert.equal(mail.template, 'connectionRequestWithdrawn')
      assert.equal((mail.params as { initiativeTitle: string }).initiativeTitle, 'Speeltuin opknappen')

      await initiator.get(`/mijn/initiatieven/${initiativeId}/suggesties`)
      const twice = await initiator.post(`/mijn/initiatieven/${initiativeId}/suggesties/intrekken`, { request: String(requestId) })
      assert.equal(twice.statusCode, 409)
      assert.match(twice.body, /al beantwoord en kan niet meer worden ingetrokken/)

      const helper = await signInResident(app, db, 'victor@matching.example')
      const inbox = await helper.get('/mijn/verzoeken')
      assert.match(inbox.body, /Ingetrokken/)
      const late = await helper.post(`/mijn/verzoeken/${requestId}`, { decision: 'accept' })
      assert.equal(late.statusCode, 409)
      assert.match(late.body, /beantwoord of ingetrokken/)
      assert.equal(await db.selectFrom('connections').select('id').where('helper_person_id', '=', people.far!.personId).executeTakeFirst(), undefined)

      await broker.get(suggestionsPath())
      assert.equal((await ask('Of misschien de glijbaan schuren op de klusdag?')).statusCode, 303, 'a withdrawn request does not stand in the way of a new one')
      assert.notEqual(await pendingId(), requestId)
    })

    it('records what came of a connection, which counts as earlier help next time', async () => {
      const connection = await db.selectFrom('connections').select('id').where('helper_person_id', '=', people.carpenter!.personId).executeTakeFirstOrThrow()
      await broker.get(`/werk/initiatieven/${initiativeId}`)
      const saved = await broker.post(`/werk/initiatieven/${initiativeId}/verbindingen/${connection.id}/resultaat`, { outcome: 'helped', note: 'Schommel hangt weer.' })
      assert.equal(saved.statusCode, 303)
      const response = await app.inject({ url: `/api/v1/initiatives/${initiativeId}/suggestions`, headers: { authorization: `Bearer ${token}` } })
      const spaceNeed = (response.json() as { needs: { kind: string; helpers: { party: { name: string }; reasons: { code: string; params: { count?: number } }[] }[] }[] }).needs.find((need) => need.kind === 'space')!
      const timo = spaceNeed.helpers.find((helper) => helper.party.name === 'Timo Timmerman')
      assert.equal(timo?.reasons.find((item) => item.code === 'earlierHelp')?.params.count, 1)
    })
  })
})
