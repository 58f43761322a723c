import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import { type InitiativeListing, visibleTo, withDetails } from './initiative-queries.ts'

/**
 * The coordinators' exports read in batches, each batch after the last one's key, so a municipality
 * with a hundred thousand initiatives is written out without holding them all (and no connection is
 * held while a slow download drains). A row changed between two batches shows as it was when its own
 * batch was read; none is skipped or written twice.
 */
export const EXPORT_BATCH_SIZE = 500

export interface InitiativeExportRow extends InitiativeListing {
  brokerName: string | null
}

/** The initiatives an export holds: the municipality's confirmed ones. */
function exportedInitiatives(db: Db, tenantId: number) {
  return db.selectFrom('initiatives').where('initiatives.tenant_id', '=', tenantId).where(visibleTo('staff'))
}

export async function countInitiativesForExport(db: Db, tenantId: number): Promise<number> {
  const counted = await exportedInitiatives(db, tenantId).select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
  return Number(counted.count)
}

/** Every confirmed initiative of the municipality, oldest first, with area, themes, needs and broker. */
export async function* initiativesForExport(db: Db, tenantId: number, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<InitiativeExportRow[]> {
  let afterId = 0
  for (;;) {
    const rows = await exportedInitiatives(db, tenantId)
      .selectAll('initiatives')
      .where('initiatives.id', '>', afterId)
      .orderBy('initiatives.id')
      .limit(batchSize)
      .execute()
    if (rows.length === 0) return
    afterId = rows[rows.length - 1]!.id
    const brokerIds = [...new Set(rows.flatMap((row) => (row.broker_id === null ? [] : [row.broker_id])))]
    const [brokers, listings] = await Promise.all([
      brokerIds.length > 0 ? db.selectFrom('people').select(['id', 'display_name', 'email']).where('id', 'in', brokerIds).execute() : [],
      withDetails(db, rows),
    ])
    const brokerNames = new Map(brokers.map((broker) => [broker.id, broker.display_name || broker.email]))
    yield listings.map((listing) => ({ ...listing, brokerName: brokerNames.get(listing.initiative.broker_id ?? 0) ?? null }))
    if (rows.length < batchSize) return
  }
}

export interface ObstacleExportRow {
  id: number
  createdAt: Date
  initiativeId: number
  initiativeTitle: string
  areaName: string | null
  brokerName: string | null
  rule: string
  department: string
  whatHappened: string
  delayDays: number
  suggestedChange: string
}

/** The obstacles an export holds: those recorded on the municipality's own initiatives. */
function exportedObstacles(db: Db, tenantId: number) {
  return db
    .selectFrom('obstacles')
    .innerJoin('initiatives', 'initiatives.id', 'obstacles.initiative_id')
    .where('obstacles.tenant_id', '=', tenantId)
    .where('initiatives.tenant_id', '=', tenantId)
}

export async function countObstaclesForExport(db: Db, tenantId: number): Promise<number> {
  const counted = await exportedObstacles(db, tenantId).select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
  return Number(counted.count)
}

/** A moment as JavaScript holds it (to the millisecond), so the next batch starts exactly after the last row. */
const recordedAt = sql<Date>`date_trunc('milliseconds', obstacles.created_at)`

type ObstacleKey = Pick<ObstacleExportRow, 'createdAt' | 'id'>

function obstacleBatch(db: Db, tenantId: number, after: ObstacleKey | null, batchSize: number) {
  return exportedObstacles(db, tenantId)
    .leftJoin('areas', 'areas.id', 'initiatives.area_id')
    .leftJoin('people as broker', 'broker.id', 'initiatives.broker_id')
    .select([
      'obstacles.id',
      'obstacles.created_at as createdAt',
      'initiatives.id as initiativeId',
      'initiatives.title as initiativeTitle',
      'areas.name as areaName',
      'broker.display_name as brokerDisplayName',
      'broker.email as brokerEmail',
      'obstacles.rule',
      'obstacles.department',
      'obstacles.what_happened as whatHappened',
      'obstacles.delay_days as delayDays',
      'obstacles.suggested_change as suggestedChange',
    ])
    .$if(after !== null, (query) => query.where((eb) => eb(eb.tuple(recordedAt, eb.ref('obstacles.id')), '>', eb.tuple(after!.createdAt, after!.id))))
    .orderBy(recordedAt)
    .orderBy('obstacles.id')
    .limit(batchSize)
    .execute()
}

/** Every recorded obstacle of the municipality, oldest first, with its initiative's title, area and broker. */
export async function* obstaclesForExport(db: Db, tenantId: number, batchSize = EXPORT_BATCH_SIZE): AsyncGenerator<ObstacleExportRow[]> {
  let after: ObstacleKey | null = null
  for (;;) {
    const rows = await obstacleBatch(db, tenantId, after, batchSize)
    if (rows.length === 0) return
    after = rows[rows.length - 1]!
    yield rows.map(({ brokerDisplayName, brokerEmail, ...row }) => ({ ...row, brokerName: brokerDisplayName || brokerEmail || null }))
    if (rows.length < batchSize) return
  }
}
