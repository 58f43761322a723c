import assert from 'node:assert/strict'
import { it } from 'node:test'
import { sql } from 'kysely'
import { seedDemo } from '../../src/demo/seed.ts'
import { demoAreas } from '../../src/demo/areas.ts'
import { pointInPolygon } from '../../src/demo/geo.ts'
import { planDemoInitiatives } from '../../src/demo/initiatives.ts'
import { demoStaff } from '../../src/demo/staff.ts'
import { demoThemes } from '../../src/demo/themes.ts'
import { initiativeStatuses } from '../../src/modules/initiatives/vocabulary.ts'
import type { InitiativeOutcome } from '../../src/modules/initiatives/initiative-tables.ts'
import { calendarDayInAmsterdam, compareDays } from '../../src/platform/time/calendar-day.ts'
import { addWorkingDays } from '../../src/platform/time/working-days.ts'
import { describeEachDatabase } from '../support/databases.ts'

// A Tuesday in March: the demo is dated relative to this instant.
const now = new Date('2026-03-10T10:00:00Z')
const today = calendarDayInAmsterdam(now)

describeEachDatabase('the demo initiatives', (context) => {
  let tenantId: number

  it('are seeded quickly, with the staff, in the demo transaction', async () => {
    const started = performance.now()
    const outcome = await seedDemo(context.database.db, { now })
    const seconds = (performance.now() - started) / 1000
    assert.equal(outcome.created, true)
    tenantId = outcome.tenantId
    assert.ok(seconds < 10, `seeding took ${seconds.toFixed(1)} s`)
  })

  it('has staff with roles, brokers with areas and themes, and no passwords', async () => {
    const { db } = context.database
    const staff = await db
      .selectFrom('people')
      .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
      .select(['people.id', 'people.email', 'people.display_name', 'people.password_hash', 'role_assignments.role'])
      .where('people.tenant_id', '=', tenantId)
      .where('role_assignments.role', '!=', 'resident')
      .execute()
    const byRole = (role: string) => staff.filter((person) => person.role === role)
    assert.ok(byRole('broker').length >= 4 && byRole('broker').length <= 6, 'about five brokers')
    assert.ok(byRole('coordinator').length >= 1 && byRole('coordinator').length <= 2)
    assert.equal(byRole('admin').length, 1)
    assert.equal(byRole('councilMember').length, 2)
    for (const person of staff) {
      assert.match(person.email, /@esveld\.example$/)
      assert.ok(person.display_name.length > 3)
      assert.equal(person.password_hash, null, `${person.email} has no password`)
    }
    const areas = await db.selectFrom('areas').select('id').where('tenant_id', '=', tenantId).execute()
    const brokerAreas = await db.selectFrom('broker_areas').selectAll().execute()
    const brokerThemes = await db.selectFrom('broker_themes').selectAll().execute()
    for (const broker of byRole('broker')) {
      assert.ok(brokerAreas.some((link) => link.person_id === broker.id), `${broker.email} covers an area`)
      assert.ok(brokerThemes.some((link) => link.person_id === broker.id), `${broker.email} covers a theme`)
    }
    for (const area of areas) assert.ok(brokerAreas.some((link) => link.area_id === area.id), 'every area has a broker')
  })

  it('has about 150 initiatives at every status, in every area and theme, inside their area', async () => {
    const { db } = context.database
    const initiatives = await db.selectFrom('initiatives').selectAll().where('tenant_id', '=', tenantId).execute()
    assert.ok(initiatives.length >= 140 && initiatives.length <= 170, `got ${initiatives.length}`)
    for (const status of initiativeStatuses) assert.ok(initiatives.some((initiative) => initiative.status === status), `some are ${status}`)
    const areas = await db.selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()
    for (const area of areas) {
      assert.ok(initiatives.filter((initiative) => initiative.area_id === area.id).length >= 5, `${area.slug} has initiatives`)
    }
    const themes = await db.selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()
    const links = await db.selectFrom('initiative_themes').selectAll().execute()
    for (const theme of themes) assert.ok(links.some((link) => link.theme_id === theme.id), `${theme.slug} has initiatives`)
    for (const initiative of initiatives) {
      const count = links.filter((link) => link.initiative_id === initiative.id).length
      assert.ok(count >= 1 && count <= 2, `${initiative.title} has one or two themes`)
      const area = areas.find((row) => row.id === initiative.area_id)!
      const boundary = demoAreas.find((demo) => demo.slug === area.slug)!.boundary
      assert.ok(pointInPolygon(initiative.longitude!, initiative.latitude!, boundary), `${initiative.title} lies in ${area.slug}`)
      assert.match(initiative.contact_email, /@voorbeeld\.nl$/)
      assert.ok(initiative.created_at.getTime() < now.getTime())
      assert.ok(initiative.created_at.getTime() > now.getTime() - 19 * 31 * 86_400_000, 'within the last eighteen months or so')
      assert.ok(initiative.last_activity_at.getTime() <= now.getTime())
      if (initiative.status === 'unconfirmed') {
        assert.equal(initiative.confirmed_at, null)
        assert.equal(initiative.initiator_id, null)
      } else {
        assert.ok(initiative.confirmed_at && initiative.confirmed_at >= initiative.created_at)
        assert.ok(initiative.initiator_id, 'a confirmed initiative has its initiator account')
      }
    }
    assert.ok(initiatives.filter((initiative) => initiative.status === 'new' && initiative.broker_id === null).length >= 1, 'a case waits for assignment')
    const published = initiatives.filter((initiative) => initiative.publication === 'published')
    assert.ok(published.length >= 50)
    assert.ok(initiatives.some((initiative) => initiative.publication === 'pendingReview'))
    assert.ok(initiatives.some((initiative) => initiative.publication === 'changesRequested' && initiative.publication_note))
    assert.ok(initiatives.some((initiative) => initiative.publication === 'private'))
    const realisedPublished = initiatives.filter((initiative) => initiative.status === 'realised').filter((initiative) => initiative.publication === 'published')
    assert.ok(realisedPublished.length > initiatives.filter((initiative) => initiative.status === 'realised').length / 2, 'most realised ones are public')
  })

  it('records an outcome for every ended initiative, most realised without municipal money', async () => {
    const { db } = context.database
    const initiatives = await db.selectFrom('initiatives').select(['status', 'outcome']).where('tenant_id', '=', tenantId).execute()
    const ended = initiatives.filter((initiative) => initiative.status === 'realised' || initiative.status === 'stopped' || initiative.status === 'referred')
    for (const { outcome } of ended) {
      const record = outcome as InitiativeOutcome
      assert.ok(record && record.achieved.length > 10 && record.helpedMost.length > 5 && record.participants > 0 && record.municipalMoneyCents >= 0)
    }
    for (const initiative of initiatives.filter((row) => !ended.includes(row))) assert.equal(initiative.outcome, null)
    const realised = ended.filter((initiative) => initiative.status === 'realised')
    const withoutMoney = realised.filter((initiative) => (initiative.outcome as InitiativeOutcome).municipalMoneyCents === 0).length
    assert.ok(withoutMoney / realised.length >= 0.65 && withoutMoney / realised.length <= 0.85, `${withoutMoney} of ${realised.length} realised without money`)
  })

  it('keeps, breaks, renegotiates and still owes promises, some of them overdue', async () => {
    const { db } = context.database
    const promises = await db
      .selectFrom('promises')
      .innerJoin('initiatives', 'initiatives.id', 'promises.initiative_id')
      .select(['promises.id', 'promises.kind', 'promises.status', 'promises.due_on', 'promises.replaces_id', 'promises.created_at', 'promises.resolved_at', 'promises.initiative_id', 'initiatives.status as caseStatus', 'initiatives.confirmed_at'])
      .where('initiatives.tenant_id', '=', tenantId)
      .execute()
    const count = (status: string) => promises.filter((promise) => promise.status === status).length
    assert.ok(count('kept') > count('broken') && count('broken') > 0)
    assert.ok(count('renegotiated') > 0 && count('open') > 0)
    const overdue = promises.filter((promise) => promise.status === 'open' && compareDays(promise.due_on, today) < 0)
    assert.ok(overdue.length >= 3 && overdue.length <= 25, `a few overdue, got ${overdue.length}`)
    for (const promise of promises.filter((row) => row.status === 'renegotiated')) {
      assert.ok(promises.some((other) => other.replaces_id === promise.id && other.initiative_id === promise.initiative_id), 'a renegotiated promise is replaced')
    }
    const confirmed = await db.selectFrom('initiatives').select(['id', 'confirmed_at']).where('tenant_id', '=', tenantId).where('confirmed_at', 'is not', null).execute()
    for (const initiative of confirmed) {
      const firstContact = promises.filter((promise) => promise.initiative_id === initiative.id && promise.kind === 'firstContact')
      assert.equal(firstContact.length, 1, 'one first-contact promise per confirmed initiative')
      assert.equal(firstContact[0]!.due_on, addWorkingDays(calendarDayInAmsterdam(initiative.confirmed_at!), 2))
    }
    for (const promise of promises) {
      if (promise.status === 'open') assert.equal(promise.resolved_at, null)
      else assert.ok(promise.resolved_at && promise.resolved_at >= promise.created_at && promise.resolved_at <= now)
      if (['realised', 'stopped', 'referred'].includes(promise.caseStatus)) assert.notEqual(promise.status, 'open', 'ended cases owe nothing')
    }
  })

  it('has journals, needs, roles on the ladder, obstacles and connections', async () => {
    const { db } = context.database
    const inTenant = sql<boolean>`initiative_id in (select id from initiatives where tenant_id = ${tenantId})`
    const journal = await db.selectFrom('journal_entries').select(['kind', 'visibility', 'author_id']).where(inTenant).execute()
    for (const kind of ['note', 'contact', 'message', 'update']) assert.ok(journal.some((entry) => entry.kind === kind), `journal has ${kind}`)
    for (const visibility of ['internal', 'shared', 'public']) assert.ok(journal.some((entry) => entry.visibility === visibility))
    const needs = await db.selectFrom('initiative_needs').select(['status', 'answer']).where(inTenant).execute()
    assert.ok(needs.some((need) => need.status === 'answered' && need.answer) && needs.some((need) => need.status === 'open'))
    const roles = await db.selectFrom('government_role_changes').select(['initiative_id', 'role']).where(inTenant).execute()
    assert.equal(new Set(roles.map((change) => change.role)).size, 5, 'every rung of the ladder is used')
    const withRole = await db.selectFrom('initiatives').select(['id', 'government_role']).where('tenant_id', '=', tenantId).where('government_role', 'is not', null).execute()
    for (const initiative of withRole) assert.ok(roles.some((change) => change.initiative_id === initiative.id), 'a role comes with its reason')
    const obstacles = await db.selectFrom('obstacles').selectAll().where('tenant_id', '=', tenantId).execute()
    assert.ok(obstacles.length >= 20, `got ${obstacles.length} obstacles`)
    assert.ok(new Set(obstacles.map((obstacle) => obstacle.initiative_id)).size >= 20)
    assert.ok(obstacles.every((obstacle) => obstacle.department && obstacle.suggested_change && obstacle.delay_days > 0))
    const connections = await db.selectFrom('connections').select('kind').where(inTenant).execute()
    assert.ok(connections.length >= 100)
    assert.ok(connections.some((connection) => connection.kind === 'initiative'))
  })

  it('is the same for the same moment', () => {
    const areas = demoAreas.map((area, i) => ({ id: i + 1, slug: area.slug, name: area.name }))
    const themes = demoThemes.map((theme, i) => ({ id: i + 1, slug: theme.slug }))
    const brokers = demoStaff.filter((member) => member.role === 'broker').map((member, i) => ({ id: 100 + i, name: member.name, areaIds: [1 + (i % 8)], themeIds: [1 + (i % 11)] }))
    const input = { now, areas, themes, brokers, coordinators: [{ id: 200, name: 'Coördinator' }] }
    assert.deepEqual(planDemoInitiatives(input), planDemoInitiatives(input))
  })
})
