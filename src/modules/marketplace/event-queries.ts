import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'

export interface EventSummary extends MarketplaceEventRow {
  parties: number
  agreements: number
}

/** Events with how many parties and agreements they have; drafts only for those who organise. */
export async function listEvents(db: Db, tenantId: number, { withDrafts }: { withDrafts: boolean }): Promise<EventSummary[]> {
  let query = db
    .selectFrom('marketplace_events')
    .selectAll('marketplace_events')
    .select([
      sql<number>`(select count(*)::int from marketplace_parties p where p.event_id = marketplace_events.id)`.as('parties'),
      sql<number>`(select count(*)::int from marketplace_agreements a where a.event_id = marketplace_events.id)`.as('agreements'),
    ])
    .where('tenant_id', '=', tenantId)
  if (!withDrafts) query = query.where('status', '!=', 'draft')
  return query.orderBy('starts_at', 'desc').orderBy('id', 'desc').limit(200).execute()
}

export async function findEvent(db: Db, tenantId: number, slug: string): Promise<MarketplaceEventRow | undefined> {
  if (!/^[a-z0-9-]{1,80}$/.test(slug)) return undefined
  return db.selectFrom('marketplace_events').selectAll().where('tenant_id', '=', tenantId).where('slug', '=', slug).executeTakeFirst()
}

/** Parties may register (and change their listings) while the event is open and the deadline has not passed. */
export function registrationOpen(event: Pick<MarketplaceEventRow, 'status' | 'registration_closes_at'>, now: Date): boolean {
  return event.status === 'open' && now.getTime() < event.registration_closes_at.getTime()
}

/** Upcoming events (not yet ended) soonest first, and past ones latest first. */
export function splitByTime<T extends Pick<MarketplaceEventRow, 'ends_at' | 'starts_at'>>(events: T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = events.filter((event) => event.ends_at.getTime() > now.getTime()).sort((a, b) => a.starts_at.getTime() - b.starts_at.getTime())
  const past = events.filter((event) => event.ends_at.getTime() <= now.getTime())
  return { upcoming, past }
}
