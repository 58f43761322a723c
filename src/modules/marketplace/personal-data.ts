import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'

/** The marketplace registrations a person made, with their offers, requests and follow-up answers, for their data download. */
export async function exportMarketplaceData(db: Db, personId: number) {
  const parties = await db
    .selectFrom('marketplace_parties as p')
    .innerJoin('marketplace_events as e', 'e.id', 'p.event_id')
    .leftJoin('organisations as o', 'o.id', 'p.organisation_id')
    .leftJoin('initiatives as i', 'i.id', 'p.initiative_id')
    .select(['p.id', 'e.title as event', 'p.kind', sql<string>`coalesce(p.group_name, o.name, i.title)`.as('name'), 'p.created_at'])
    .where('p.contact_person_id', '=', personId)
    .orderBy('p.id')
    .execute()
  const ids = parties.map((party) => party.id)
  const [listings, followUps] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db.selectFrom('marketplace_listings').select(['party_id', 'type', 'kind', 'description', 'value_cents', 'counter_offer', 'created_at']).where('party_id', 'in', ids).orderBy('id').execute(),
          db.selectFrom('marketplace_follow_ups').select(['party_id', 'sent_at', 'answer', 'comment', 'answered_at']).where('party_id', 'in', ids).orderBy('id').execute(),
        ])
  return parties.map(({ id, ...party }) => ({
    ...party,
    listings: listings.filter((listing) => listing.party_id === id).map(({ party_id: _, ...listing }) => listing),
    followUps: followUps.filter((followUp) => followUp.party_id === id).map(({ party_id: _, ...followUp }) => followUp),
  }))
}
