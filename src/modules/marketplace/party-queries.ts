import type { Db } from '../../platform/db/database.ts'
import { isPublicInitiative } from '../initiatives/vocabulary.ts'
import type { MarketplaceListingRow } from './marketplace-tables.ts'
import type { PartyKind } from './vocabulary.ts'

/**
 * A registered party with the names it may be shown under. Public pages use `publicName`: the name
 * of a public organisation, the title of a published initiative, or the name a resident group chose;
 * a hidden organisation or unpublished initiative is shown without a name. People's names and
 * e-mail addresses never appear on public pages.
 */
export interface PartyView {
  id: number
  eventId: number
  kind: PartyKind
  /** The name for the party's own contact person and for coordinators. */
  name: string
  /** The name for everyone else; null when it must stay unnamed. */
  publicName: string | null
  /** The party's public page, when it has one. */
  link: string | null
  contactPersonId: number
  contactName: string
  organisationId: number | null
  initiativeId: number | null
  listings: MarketplaceListingRow[]
}

function partyQuery(db: Db) {
  return db
    .selectFrom('marketplace_parties as party')
    .innerJoin('people as contact', 'contact.id', 'party.contact_person_id')
    .leftJoin('organisations as organisation', 'organisation.id', 'party.organisation_id')
    .leftJoin('initiatives as initiative', 'initiative.id', 'party.initiative_id')
    .select([
      'party.id', 'party.event_id', 'party.kind', 'party.group_name', 'party.contact_person_id', 'party.organisation_id', 'party.initiative_id', 'contact.display_name as contact_name',
      'organisation.name as organisation_name', 'organisation.slug as organisation_slug', 'organisation.visibility as organisation_visibility',
      'initiative.title as initiative_title', 'initiative.publication as initiative_publication', 'initiative.status as initiative_status',
    ])
}

type PartyRow = Awaited<ReturnType<ReturnType<typeof partyQuery>['execute']>>[number]

function viewOf(row: PartyRow, listings: MarketplaceListingRow[]): PartyView {
  let name: string
  let publicName: string | null = null
  let link: string | null = null
  if (row.kind === 'organisation') {
    name = row.organisation_name ?? ''
    if (row.organisation_visibility === 'public') {
      publicName = name
      link = `/organisaties/${row.organisation_slug}`
    }
  } else if (row.kind === 'initiative') {
    name = row.initiative_title ?? ''
    if (row.initiative_publication && row.initiative_status && isPublicInitiative({ publication: row.initiative_publication, status: row.initiative_status })) {
      publicName = name
      link = `/initiatieven/${row.initiative_id}`
    }
  } else {
    name = row.group_name ?? ''
    publicName = name
  }
  return {
    id: row.id, eventId: row.event_id, kind: row.kind, name, publicName, link, contactPersonId: row.contact_person_id, contactName: row.contact_name,
    organisationId: row.organisation_id, initiativeId: row.initiative_id, listings,
  }
}

async function listingsOf(db: Db, partyIds: number[]): Promise<MarketplaceListingRow[]> {
  if (partyIds.length === 0) return []
  return db.selectFrom('marketplace_listings').selectAll().where('party_id', 'in', partyIds).orderBy('type').orderBy('id').execute()
}

/** Every party of an event with its listings, by name. */
export async function listParties(db: Db, eventId: number): Promise<PartyView[]> {
  const rows = await partyQuery(db).where('party.event_id', '=', eventId).orderBy('party.id').execute()
  const listings = await listingsOf(db, rows.map((row) => row.id))
  // By public name; unnamed parties last, so that the order does not give away a hidden name.
  return rows
    .map((row) => viewOf(row, listings.filter((listing) => listing.party_id === row.id)))
    .sort((a, b) => (a.publicName === null ? 1 : 0) - (b.publicName === null ? 1 : 0) || (a.publicName ?? '').localeCompare(b.publicName ?? '', 'nl') || a.id - b.id)
}

export async function findParty(db: Db, tenantId: number, eventId: number, partyId: number): Promise<PartyView | undefined> {
  const row = await partyQuery(db).where('party.id', '=', partyId).where('party.event_id', '=', eventId).where('party.tenant_id', '=', tenantId).executeTakeFirst()
  if (!row) return undefined
  return viewOf(row, await listingsOf(db, [row.id]))
}

/** The parties this person registered for the event. */
export async function partiesOfPerson(db: Db, eventId: number, personId: number): Promise<PartyView[]> {
  const rows = await partyQuery(db).where('party.event_id', '=', eventId).where('party.contact_person_id', '=', personId).orderBy('party.id').execute()
  const listings = await listingsOf(db, rows.map((row) => row.id))
  return rows.map((row) => viewOf(row, listings.filter((listing) => listing.party_id === row.id)))
}
