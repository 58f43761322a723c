import { slugify } from '../../platform/text/slug.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import { inTransaction } from '../network/transaction.ts'
import type { MarketplaceActor } from './actor.ts'
import type { ValidEvent } from './event-form.ts'

/** Paths under /beursvloer/ and /werk/beursvloer/ that are pages, not events. */
const RESERVED_SLUGS = new Set(['terugblik', 'nieuw'])

export function eventSlug(title: string): string {
  return slugify(title) || 'beursvloer'
}

async function freeSlug(db: Db, tenantId: number, title: string): Promise<string> {
  const base = eventSlug(title)
  const taken = new Set((await db.selectFrom('marketplace_events').select('slug').where('tenant_id', '=', tenantId).where('slug', 'like', `${base}%`).execute()).map((row) => row.slug))
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    if (!taken.has(candidate) && !RESERVED_SLUGS.has(candidate)) return candidate
  }
}

function columns(event: ValidEvent) {
  return {
    title: event.title,
    description: event.description,
    place: event.place,
    starts_at: event.startsAt,
    ends_at: event.endsAt,
    registration_closes_at: event.registrationClosesAt,
    status: event.status,
  }
}

function audited(event: ValidEvent) {
  return { title: event.title, place: event.place, startsAt: event.startsAt.toISOString(), endsAt: event.endsAt.toISOString(), registrationClosesAt: event.registrationClosesAt.toISOString(), status: event.status }
}

/** A new event; its address follows from the title and stays when the title changes later. */
export async function createEvent(db: Db, actor: MarketplaceActor, event: ValidEvent): Promise<{ id: number; slug: string }> {
  return inTransaction(db, async (trx) => {
    const slug = await freeSlug(trx, actor.tenantId, event.title)
    const { id } = await trx
      .insertInto('marketplace_events')
      .values({ tenant_id: actor.tenantId, slug, created_by: actor.personId, created_at: actor.now, updated_at: actor.now, ...columns(event) })
      .returning('id')
      .executeTakeFirstOrThrow()
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'marketplace.event.created', objectType: 'marketplaceEvent', objectId: id, after: audited(event) })
    return { id, slug }
  })
}

export async function updateEvent(db: Db, actor: MarketplaceActor, eventId: number, event: ValidEvent): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const before = await trx
      .selectFrom('marketplace_events')
      .select(['title', 'place', 'starts_at', 'ends_at', 'registration_closes_at', 'status'])
      .where('id', '=', eventId)
      .where('tenant_id', '=', actor.tenantId)
      .forUpdate()
      .executeTakeFirst()
    if (!before) return false
    await trx.updateTable('marketplace_events').set({ ...columns(event), updated_at: actor.now }).where('id', '=', eventId).execute()
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'marketplace.event.changed', objectType: 'marketplaceEvent', objectId: eventId, before, after: audited(event) })
    return true
  })
}
