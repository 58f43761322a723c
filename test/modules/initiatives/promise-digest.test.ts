import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { DIGEST_ITEMS_PER_BROKER, PROMISE_DIGEST_JOB, isOverdue, overduePromises, promisesDueSoon, sendPromiseDigests } from '../../../src/modules/initiatives/promise-digest.ts'
import type { InitiativeStatus } from '../../../src/modules/initiatives/vocabulary.ts'
import { demoTenant } from '../../../src/demo/municipality.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { renderMail, type RenderedMail } from '../../../src/platform/mail/templates.ts'
import type { PromiseDigestParams } from '../../../src/platform/mail/templates/promise-digest.ts'
import { insertTenant } from '../../../src/platform/tenancy/tenant-repository.ts'
import type { Tenant } from '../../../src/platform/tenancy/tenant-table.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'

const BASE_URL = new URL('https://beloftebroek.example')

/** 07:30 on the clock in the Netherlands (winter time, UTC+1) on `day`. */
const morning = (day: string) => `${day}T07:30:00+01:00`

interface QueuedDigest {
  to: string
  params: PromiseDigestParams
  mail: RenderedMail
}

async function newTenant(db: Db, slug: string, name: string): Promise<Tenant> {
  return insertTenant(db, { slug, name, hostNames: [`${slug}.example`], logoSvg: '', colours: demoTenant.colours, welcome: demoTenant.welcome, contactEmail: null })
}

async function person(db: Db, tenantId: number, email: string, name: string, role: 'broker' | 'coordinator'): Promise<number> {
  const { id } = await db.insertInto('people').values({ tenant_id: tenantId, email, display_name: name, phone: null }).returning('id').executeTakeFirstOrThrow()
  await db.insertInto('role_assignments').values({ person_id: id, role }).execute()
  return id
}

let keys = 0
async function initiative(db: Db, tenantId: number, title: string, brokerId: number | null, status: InitiativeStatus = 'inConversation'): Promise<number> {
  keys += 1
  const { id } = await db
    .insertInto('initiatives')
    .values({
      tenant_id: tenantId, title, summary: `${title}: een plan van buren voor buren.`, description: '', area_id: null, latitude: null, longitude: null,
      initiator_kind: 'resident', status, publication: 'private', publication_note: null, initiator_id: null, broker_id: brokerId,
      contact_name: 'Henk Hamer', contact_email: 'henk@voorbeeld.nl', contact_phone: null, government_role: null, outcome: null,
      submission_key: `promise-digest-test-${String(keys).padStart(4, '0')}`, confirmed_at: new Date('2026-12-01T10:00:00Z'),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

async function promise(db: Db, initiativeId: number, description: string, dueOn: string, status: 'open' | 'kept' = 'open'): Promise<number> {
  const { id } = await db
    .insertInto('promises')
    .values({ initiative_id: initiativeId, made_by: null, kind: 'other', description, due_on: dueOn, status, replaces_id: null, resolved_at: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

describeEachDatabase('the daily promise digest', (context) => {
  let tenant: Tenant
  let other: Tenant
  let moestuin: number
  let kerstmarkt: number
  let keepLater: number
  let lastSeen = 0
  const clock = fixedClock(morning('2026-12-24'))

  /** The digests queued since the previous call, for any municipality, in order. */
  async function newDigests(): Promise<QueuedDigest[]> {
    const rows = await context.database.db.selectFrom('mail_outbox').selectAll().where('id', '>', lastSeen).where('template', '=', 'promiseDigest').orderBy('id').execute()
    lastSeen = Math.max(lastSeen, ...rows.map((row) => row.id))
    return rows.map((row) => {
      assert.equal(row.locale, 'nl')
      const params = row.params as PromiseDigestParams
      return { to: row.recipient, params, mail: renderMail('promiseDigest', 'nl', params) }
    })
  }

  async function digestOn(day: string, of: Tenant = tenant) {
    clock.set(morning(day))
    return sendPromiseDigests(context.database.db, of, clock, BASE_URL)
  }

  before(async () => {
    const { db } = context.database
    tenant = await newTenant(db, 'beloftebroek', 'Gemeente Beloftebroek')
    other = await newTenant(db, 'anderveen', 'Gemeente Anderveen')

    const bea = await person(db, tenant.id, 'bea@beloftebroek.example', 'Bea Bakker', 'broker')
    const bart = await person(db, tenant.id, 'bart@beloftebroek.example', 'Bart Brink', 'broker')
    await person(db, tenant.id, 'cor@beloftebroek.example', 'Cor Coördinator', 'coordinator')
    const gone = await person(db, tenant.id, 'oud@beloftebroek.example', 'Oud-coördinator', 'coordinator')
    await db.updateTable('people').set({ deleted_at: new Date('2026-11-01T00:00:00Z') }).where('id', '=', gone).execute()

    moestuin = await initiative(db, tenant.id, 'Moestuin aan de Brink', bea)
    kerstmarkt = await initiative(db, tenant.id, 'Kerstmarkt in Lutteveen', bea, 'underWay')
    await promise(db, moestuin, 'Terugbellen over de vergunning', '2026-12-24')
    await promise(db, moestuin, 'Al gedaan: plattegrond sturen', '2026-12-23', 'kept')
    keepLater = await promise(db, moestuin, 'Sleutel van het dorpshuis regelen', '2026-12-29')
    await promise(db, kerstmarkt, 'Offerte voor de tenten doorsturen', '2027-01-01')
    // Nobody's case yet: only coordinators hear of it.
    const unassigned = await initiative(db, tenant.id, 'Jeu-de-boulesbaan bij de kerk', null, 'new')
    await promise(db, unassigned, 'Eerste contact met de initiatiefnemer', '2026-12-30')
    // Bart has nothing overdue on his open cases; the open promise on his ended case is not chased.
    const bartsOpen = await initiative(db, tenant.id, 'Buurtbibliotheek in de bushalte', bart)
    await promise(db, bartsOpen, 'Vergunningscheck met de afdeling Vergunningen', '2027-02-01')
    const bartsEnded = await initiative(db, tenant.id, 'Zomerfeest 2026', bart, 'realised')
    await promise(db, bartsEnded, 'Foto’s doorsturen voor de nieuwsbrief', '2026-09-01')

    // Another municipality with its own broker, coordinator and an overdue promise.
    const bob = await person(db, other.id, 'bob@anderveen.example', 'Bob Anders', 'broker')
    await person(db, other.id, 'cees@anderveen.example', 'Cees Anders', 'coordinator')
    await promise(db, await initiative(db, other.id, 'Speeltuin Anderveen', bob), 'Speeltoestellen laten keuren', '2026-12-01')
  })

  it('counts a promise overdue only while open and from the day after its due day', () => {
    assert.equal(isOverdue({ status: 'open', due_on: '2026-12-24' }, '2026-12-24'), false)
    assert.equal(isOverdue({ status: 'open', due_on: '2026-12-24' }, '2026-12-25'), true)
    assert.equal(isOverdue({ status: 'kept', due_on: '2026-12-24' }, '2026-12-28'), false)
    assert.equal(isOverdue({ status: 'renegotiated', due_on: '2026-12-01' }, '2026-12-28'), false)
  })

  it('lists overdue and nearly due promises of open cases, counting working days across Christmas', async () => {
    const { db } = context.database
    assert.deepEqual((await overduePromises(db, tenant.id, '2026-12-28')).map((p) => p.description), ['Terugbellen over de vergunning'])
    const overdue = (await overduePromises(db, tenant.id, '2026-12-28'))[0]!
    assert.equal(overdue.brokerName, 'Bea Bakker')
    assert.equal(overdue.initiativeId, moestuin)
    // Thursday 24 December plus 2 working days is Tuesday the 29th (Christmas, Boxing Day and Sunday do not count).
    assert.deepEqual((await promisesDueSoon(db, tenant.id, '2026-12-24')).map((p) => p.dueOn), ['2026-12-24', '2026-12-29'])
    // Thursday 31 December plus 2 working days is Tuesday 5 January: New Year's promise is coming up.
    assert.deepEqual((await promisesDueSoon(db, tenant.id, '2026-12-31')).map((p) => p.description), ['Offerte voor de tenten doorsturen'])
    assert.deepEqual((await promisesDueSoon(db, tenant.id, '2026-12-24', 0)).map((p) => p.dueOn), ['2026-12-24'])
    assert.deepEqual(await overduePromises(db, tenant.id, '2026-12-01'), [])
  })

  it('on Thursday 24 December tells the broker what is due soon, and the coordinator nothing yet', async () => {
    assert.deepEqual(await digestOn('2026-12-24'), { day: '2026-12-24', status: 'done', mails: 1 })
    const [mail, ...rest] = await newDigests()
    assert.equal(rest.length, 0)
    assert.equal(mail!.to, 'bea@beloftebroek.example')
    assert.equal(mail!.mail.subject, 'Uw beloften: 2 binnenkort')
    assert.match(mail!.mail.text, /Moestuin aan de Brink: Terugbellen over de vergunning \(uiterlijk donderdag 24 december 2026\)/)
    assert.match(mail!.mail.text, /Sleutel van het dorpshuis regelen \(uiterlijk dinsdag 29 december 2026\)/)
    assert.doesNotMatch(mail!.mail.text, /Over de datum/)
  })

  it('sends nothing on Christmas, Boxing Day (a Saturday) or Sunday', async () => {
    for (const day of ['2026-12-25', '2026-12-26', '2026-12-27']) {
      assert.deepEqual(await digestOn(day), { day, status: 'notWorkingDay' })
    }
    assert.deepEqual(await newDigests(), [])
  })

  it('on Monday 28 December flags the promise that fell due before the holidays, to the broker and the coordinator', async () => {
    assert.deepEqual(await digestOn('2026-12-28'), { day: '2026-12-28', status: 'done', mails: 2 })
    const mails = await newDigests()
    assert.deepEqual(mails.map((m) => m.to), ['bea@beloftebroek.example', 'cor@beloftebroek.example'], 'not Bart, not the deleted coordinator, not Anderveen')

    const broker = mails[0]!
    assert.equal(broker.mail.subject, 'Uw beloften: 1 over de datum, 1 binnenkort')
    assert.match(broker.mail.text, /^Uw beloften op maandag 28 december 2026$/m)
    assert.match(broker.mail.text, /Over de datum\. .*\n\n- Moestuin aan de Brink: Terugbellen over de vergunning \(uiterlijk donderdag 24 december 2026\) https:\/\/beloftebroek\.example\/werk\/initiatieven\/\d+/)
    assert.ok(broker.mail.text.includes(`${BASE_URL.origin}/werk/initiatieven/${moestuin}`))
    assert.match(broker.mail.text, /Binnenkort aan de beurt:\n\n- Moestuin aan de Brink: Sleutel van het dorpshuis regelen \(uiterlijk dinsdag 29 december 2026\)/)
    assert.doesNotMatch(broker.mail.text, /Kerstmarkt|Al gedaan|Jeu-de-boules/)
    assert.match(broker.mail.text, /Gemeente Beloftebroek/)
    assert.match(broker.mail.html, /<li>Moestuin aan de Brink: Terugbellen over de vergunning/)

    const coordinator = mails[1]!
    assert.equal(coordinator.mail.subject, '1 belofte over de datum')
    assert.match(coordinator.mail.text, /Bea Bakker \(1\):\n\n- Moestuin aan de Brink: Terugbellen over de vergunning \(uiterlijk donderdag 24 december 2026\)/)
    assert.doesNotMatch(coordinator.mail.text, /Sleutel|Bart|Speeltuin|Zomerfeest/)
  })

  it('does not send the same day twice, after a restart or from a second instance', async () => {
    clock.set('2026-12-28T15:00:00+01:00')
    assert.deepEqual(await sendPromiseDigests(context.database.db, tenant, clock, BASE_URL), { day: '2026-12-28', status: 'alreadyDone' })
    assert.deepEqual(await newDigests(), [])
    const run = await context.database.db
      .selectFrom('job_runs')
      .select('details')
      .where('job', '=', PROMISE_DIGEST_JOB)
      .where('tenant_id', '=', tenant.id)
      .where('run_on', '=', '2026-12-28')
      .executeTakeFirstOrThrow()
    assert.deepEqual(run.details, { overdue: 1, dueSoon: 2, mails: 2, skipped: 0 })
  })

  it('sends nothing on New Year’s Day, a Friday', async () => {
    assert.deepEqual(await digestOn('2027-01-01'), { day: '2027-01-01', status: 'notWorkingDay' })
    assert.deepEqual(await newDigests(), [])
  })

  it('on Monday 4 January lists both overdue promises and the unassigned case, and no longer the one kept meanwhile', async () => {
    await context.database.db.updateTable('promises').set({ status: 'kept', resolved_at: new Date('2026-12-29T10:00:00Z') }).where('id', '=', keepLater).execute()
    assert.deepEqual(await digestOn('2027-01-04'), { day: '2027-01-04', status: 'done', mails: 2 })
    const [broker, coordinator, ...rest] = await newDigests()
    assert.equal(rest.length, 0)

    assert.equal(broker!.to, 'bea@beloftebroek.example')
    assert.equal(broker!.mail.subject, 'Uw beloften: 2 over de datum')
    assert.match(broker!.mail.text, /- Moestuin aan de Brink: Terugbellen over de vergunning \(uiterlijk donderdag 24 december 2026\)/)
    assert.match(broker!.mail.text, /- Kerstmarkt in Lutteveen: Offerte voor de tenten doorsturen \(uiterlijk vrijdag 1 januari 2027\)/)
    assert.ok(broker!.mail.text.includes(`/werk/initiatieven/${kerstmarkt}`))
    assert.doesNotMatch(broker!.mail.text, /Sleutel|Binnenkort/)

    assert.equal(coordinator!.to, 'cor@beloftebroek.example')
    assert.equal(coordinator!.mail.subject, '3 beloften over de datum')
    assert.match(coordinator!.mail.text, /^Beloften over de datum op maandag 4 januari 2027$/m)
    assert.match(coordinator!.mail.text, /Bea Bakker \(2\):\n\n- Moestuin aan de Brink: Terugbellen over de vergunning \(uiterlijk donderdag 24 december 2026\) \S+\n- Kerstmarkt in Lutteveen: Offerte voor de tenten doorsturen \(uiterlijk vrijdag 1 januari 2027\)/)
    assert.match(coordinator!.mail.text, /Nog niet toegewezen \(1\):\n\n- Jeu-de-boulesbaan bij de kerk: Eerste contact met de initiatiefnemer \(uiterlijk woensdag 30 december 2026\)/)
    assert.ok(coordinator!.mail.text.indexOf('Bea Bakker') < coordinator!.mail.text.indexOf('Nog niet toegewezen'))
  })

  it('keeps municipalities apart: another municipality’s digest goes to its own people only', async () => {
    assert.deepEqual(await digestOn('2027-01-04', other), { day: '2027-01-04', status: 'done', mails: 2 })
    const mails = await newDigests()
    assert.deepEqual(mails.map((m) => m.to), ['bob@anderveen.example', 'cees@anderveen.example'])
    for (const { mail } of mails) {
      assert.match(mail.text, /Speeltuin Anderveen: Speeltoestellen laten keuren \(uiterlijk dinsdag 1 december 2026\)/)
      assert.doesNotMatch(mail.text, /Moestuin|Kerstmarkt|Beloftebroek/)
    }
  })

  it('sends one digest when two instances run it at the same moment', async () => {
    clock.set(morning('2027-01-05'))
    const outcomes = await Promise.all([0, 1, 2].map(() => sendPromiseDigests(context.database.db, other, clock, BASE_URL)))
    assert.deepEqual(outcomes.map((o) => o.status).sort(), ['alreadyDone', 'alreadyDone', 'done'])
    assert.deepEqual((await newDigests()).map((m) => m.to), ['bob@anderveen.example', 'cees@anderveen.example'])
  })

  it('records a day with nothing to report, and sends nothing', async () => {
    const { db } = context.database
    const quiet = await newTenant(db, 'stilleveen', 'Gemeente Stilleveen')
    await person(db, quiet.id, 'cora@stilleveen.example', 'Cora', 'coordinator')
    assert.deepEqual(await digestOn('2027-01-05', quiet), { day: '2027-01-05', status: 'done', mails: 0 })
    assert.deepEqual(await digestOn('2027-01-05', quiet), { day: '2027-01-05', status: 'alreadyDone' })
    assert.deepEqual(await newDigests(), [])
  })

  it('lists the earliest promises of a busy broker and counts the rest, to the broker and the coordinator', async () => {
    const { db } = context.database
    const busy = await newTenant(db, 'drukveen', 'Gemeente Drukveen')
    const dirk = await person(db, busy.id, 'dirk@drukveen.example', 'Dirk Druk', 'broker')
    await person(db, busy.id, 'coby@drukveen.example', 'Coby Coördinator', 'coordinator')
    const overdue = DIGEST_ITEMS_PER_BROKER + 15
    for (let n = 1; n <= overdue; n++) await promise(db, await initiative(db, busy.id, `Plan ${n}`, dirk), `Belofte ${n}`, `2026-12-${String(n).padStart(2, '0')}`)
    assert.deepEqual(await digestOn('2027-01-05', busy), { day: '2027-01-05', status: 'done', mails: 2 })
    const [toBroker, toCoordinator] = await newDigests()
    for (const digest of [toBroker!, toCoordinator!]) {
      assert.equal(digest.params.overdue[0]!.total, overdue)
      assert.equal(digest.params.overdue[0]!.items.length, DIGEST_ITEMS_PER_BROKER)
      assert.equal(digest.params.overdue[0]!.items[0]!.promise, 'Belofte 1', 'the longest overdue first')
      assert.match(digest.mail.subject, new RegExp(`^.*${overdue} `))
      assert.match(digest.mail.text, /En nog 15; zie de werkvoorraad\./)
    }
  })
})
