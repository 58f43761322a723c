import assert from 'node:assert/strict'
import { before, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { demoTenant } from '../../../src/demo/municipality.ts'
import { startDailyJobs } from '../../../src/platform/jobs/daily-jobs.ts'
import { amsterdamHour, startDailyScheduler, type JobLogger } from '../../../src/platform/jobs/scheduler.ts'
import { insertTenant } from '../../../src/platform/tenancy/tenant-repository.ts'
import type { Tenant } from '../../../src/platform/tenancy/tenant-table.ts'
import { fixedClock } from '../../../src/platform/time/clock.ts'
import { describeEachDatabase } from '../../support/databases.ts'

function recordingLogger() {
  const lines: { level: 'info' | 'error'; details: object; message: string | undefined }[] = []
  const logger: JobLogger = {
    info: (details, message) => void lines.push({ level: 'info', details, message }),
    error: (details, message) => void lines.push({ level: 'error', details, message }),
  }
  return { logger, lines }
}

const tenantsNamed = (...slugs: string[]) => slugs.map((slug, index) => ({ id: index + 1, slug, name: slug }) as Tenant)

describe('the daily scheduler', () => {
  it('reads the hour on the clock in the Netherlands, in winter and summer time', () => {
    assert.equal(amsterdamHour(new Date('2026-12-28T05:59:00Z')), 6)
    assert.equal(amsterdamHour(new Date('2026-12-28T06:00:00Z')), 7)
    assert.equal(amsterdamHour(new Date('2026-06-01T05:00:00Z')), 7)
    assert.equal(amsterdamHour(new Date('2026-06-01T22:30:00Z')), 0)
  })

  it('runs each job once per working day per municipality, from 07:00 in the Netherlands', async () => {
    const clock = fixedClock('2026-12-28T06:59:00+01:00')
    const runs: string[] = []
    const { logger } = recordingLogger()
    const scheduler = startDailyScheduler({
      clock,
      logger,
      loop: false,
      tenants: async () => tenantsNamed('a', 'b'),
      jobs: [{ name: 'test', run: async (tenant) => void runs.push(`${tenant.slug} ${clock.now().toISOString()}`) }],
    })
    assert.equal(await scheduler.runOnce(), 0, 'before seven')
    clock.set('2026-12-28T07:00:00+01:00')
    assert.equal(await scheduler.runOnce(), 2)
    clock.set('2026-12-28T16:00:00+01:00')
    assert.equal(await scheduler.runOnce(), 0, 'done today')
    clock.set('2027-01-01T09:00:00+01:00')
    assert.equal(await scheduler.runOnce(), 0, "New Year's Day")
    clock.set('2027-01-02T09:00:00+01:00')
    assert.equal(await scheduler.runOnce(), 0, 'Saturday')
    clock.set('2027-01-04T07:05:00+01:00')
    assert.equal(await scheduler.runOnce(), 2, 'Monday')
    assert.deepEqual(runs, ['a 2026-12-28T06:00:00.000Z', 'b 2026-12-28T06:00:00.000Z', 'a 2027-01-04T06:05:00.000Z', 'b 2027-01-04T06:05:00.000Z'])
    await scheduler.stop()
    await assert.rejects(scheduler.runOnce(), /stopped/)
  })

  it('follows summer time: 07:00 in June is 05:00 UTC', async () => {
    const clock = fixedClock('2026-06-01T04:59:00Z')
    let runs = 0
    const scheduler = startDailyScheduler({ clock, logger: recordingLogger().logger, loop: false, tenants: async () => tenantsNamed('a'), jobs: [{ name: 'test', run: async () => void (runs += 1) }] })
    assert.equal(await scheduler.runOnce(), 0)
    clock.set('2026-06-01T05:00:00Z')
    assert.equal(await scheduler.runOnce(), 1)
    assert.equal(runs, 1)
  })

  it('logs a failing job and tries it again at the next look, without holding up the others', async () => {
    const clock = fixedClock('2026-12-28T08:00:00+01:00')
    const { logger, lines } = recordingLogger()
    let failures = 1
    const done: string[] = []
    const scheduler = startDailyScheduler({
      clock,
      logger,
      loop: false,
      tenants: async () => tenantsNamed('a', 'b'),
      jobs: [
        {
          name: 'flaky',
          run: async (tenant) => {
            if (tenant.slug === 'a' && failures-- > 0) throw new Error('database went away')
            done.push(tenant.slug)
          },
        },
      ],
    })
    assert.equal(await scheduler.runOnce(), 2)
    assert.deepEqual(done, ['b'])
    assert.deepEqual(lines.filter((line) => line.level === 'error').map((line) => line.details), [{ job: 'flaky', tenant: 'a', day: '2026-12-28', reason: 'database went away' }])
    assert.equal(await scheduler.runOnce(), 1)
    assert.deepEqual(done, ['b', 'a'])
    assert.equal(await scheduler.runOnce(), 0)
  })

  it('runs in the background every interval until stopped', async () => {
    const clock = fixedClock('2026-12-28T08:00:00+01:00')
    let runs = 0
    const until = async (count: number) => {
      for (let waited = 0; runs < count && waited < 5000; waited += 5) await sleep(5)
      assert.equal(runs, count)
    }
    const scheduler = startDailyScheduler({ clock, logger: recordingLogger().logger, intervalMs: 5, tenants: async () => tenantsNamed('a'), jobs: [{ name: 'test', run: async () => void (runs += 1) }] })
    await until(1)
    clock.set('2026-12-29T08:00:00+01:00')
    await until(2)
    await scheduler.stop()
    clock.set('2026-12-30T08:00:00+01:00')
    await sleep(50)
    assert.equal(runs, 2, 'nothing after stop')
  })
})

describeEachDatabase('the daily jobs', (context) => {
  let tenant: Tenant

  before(async () => {
    const { db } = context.database
    tenant = await insertTenant(db, { slug: 'planveen', name: 'Gemeente Planveen', hostNames: [], logoSvg: '', colours: demoTenant.colours, welcome: demoTenant.welcome, contactEmail: null })
    const { id: broker } = await db.insertInto('people').values({ tenant_id: tenant.id, email: 'ria@planveen.example', display_name: 'Ria', phone: null }).returning('id').executeTakeFirstOrThrow()
    await db.insertInto('role_assignments').values({ person_id: broker, role: 'broker' }).execute()
    const { id: initiative } = await db
      .insertInto('initiatives')
      .values({
        tenant_id: tenant.id, title: 'Bankjes langs de Regge', summary: 'Bankjes om even uit te rusten langs het fietspad.', description: '', area_id: null, latitude: null, longitude: null,
        initiator_kind: 'resident', status: 'new', publication: 'private', publication_note: null, initiator_id: null, broker_id: broker,
        contact_name: 'Anna', contact_email: 'anna@voorbeeld.nl', contact_phone: null, government_role: null, outcome: null, submission_key: 'daily-jobs-test-0001', confirmed_at: null,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.insertInto('promises').values({ initiative_id: initiative, made_by: null, kind: 'firstContact', description: 'Eerste contact met de initiatiefnemer', due_on: '2026-12-24', replaces_id: null, resolved_at: null }).execute()
  })

  it('sends the promise digest from 07:00, once, however many instances look', async () => {
    const { db } = context.database
    const clock = fixedClock('2026-12-28T06:55:00+01:00')
    const tenants = () => db.selectFrom('tenants').selectAll().where('id', '=', tenant.id).execute()
    const digests = async () => (await db.selectFrom('mail_outbox').select('recipient').where('tenant_id', '=', tenant.id).where('template', '=', 'promiseDigest').execute()).map((row) => row.recipient)
    const first = startDailyJobs({ db, clock, logger: recordingLogger().logger, tenants, baseUrl: new URL('https://planveen.example'), loop: false })
    const second = startDailyJobs({ db, clock, logger: recordingLogger().logger, tenants, baseUrl: new URL('https://planveen.example'), loop: false })
    assert.equal(await first.runOnce(), 0)
    assert.deepEqual(await digests(), [])
    clock.set('2026-12-28T07:00:00+01:00')
    // Each instance starts both jobs (the promise digest and the beursvloer follow-up); only one of them does each job's work.
    assert.deepEqual(await Promise.all([first.runOnce(), second.runOnce()]), [2, 2])
    assert.deepEqual(await digests(), ['ria@planveen.example'])
    await Promise.all([first.stop(), second.stop()])
  })
})
