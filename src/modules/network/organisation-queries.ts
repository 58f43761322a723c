import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { OrganisationOfferRow, OrganisationRow } from './network-tables.ts'
import { isNetworkKeeper, type Viewer } from './visibility.ts'
import type { OfferKind, OrganisationKind } from './vocabulary.ts'

export interface OrganisationContact {
  personId: number
  displayName: string
  /** Whether the person agreed to show their name publicly (their profile setting). */
  showNamePublicly: boolean
  roleTitle: string
  accepted: boolean
}

export interface OrganisationDetail {
  organisation: OrganisationRow
  area: { id: number; slug: string; name: string } | null
  offers: OrganisationOfferRow[]
  /** Accepted contacts first, in the order they joined; then open invitations. */
  contacts: OrganisationContact[]
}

export interface OrganisationSummary {
  organisation: OrganisationRow
  area: { slug: string; name: string } | null
  /** Active offers only. */
  offers: OrganisationOfferRow[]
}

export interface OrganisationFilters {
  kind?: OrganisationKind
  offerKind?: OfferKind
  areaId?: number
}

/** Public organisations, alphabetical, filtered and paged: for the directory and the API. */
export async function listPublicOrganisations(db: Db, tenantId: number, filters: OrganisationFilters, page: number, pageSize: number): Promise<{ items: OrganisationSummary[]; total: number }> {
  let query = db.selectFrom('organisations').leftJoin('areas', 'areas.id', 'organisations.area_id').where('organisations.tenant_id', '=', tenantId).where('organisations.visibility', '=', 'public')
  if (filters.kind) query = query.where('organisations.kind', '=', filters.kind)
  if (filters.areaId !== undefined) query = query.where('organisations.area_id', '=', filters.areaId)
  if (filters.offerKind) {
    const kind = filters.offerKind
    query = query.where(({ exists, selectFrom }) =>
      exists(selectFrom('organisation_offers').select('id').whereRef('organisation_offers.organisation_id', '=', 'organisations.id').where('organisation_offers.kind', '=', kind).where('organisation_offers.active', '=', true)),
    )
  }
  const [rows, counted] = await Promise.all([
    query
      .selectAll('organisations')
      .select(['areas.slug as area_slug', 'areas.name as area_name'])
      .orderBy(sql`lower(organisations.name)`)
      .orderBy('organisations.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select(sql<number>`count(*)::int`.as('count')).executeTakeFirstOrThrow(),
  ])
  const offers = rows.length
    ? await db.selectFrom('organisation_offers').selectAll().where('organisation_id', 'in', rows.map((row) => row.id)).where('active', '=', true).orderBy('kind').orderBy('id').execute()
    : []
  return {
    total: Number(counted.count),
    items: rows.map(({ area_slug, area_name, ...organisation }) => ({
      organisation,
      area: area_slug && area_name ? { slug: area_slug, name: area_name } : null,
      offers: offers.filter((offer) => offer.organisation_id === organisation.id),
    })),
  }
}

/** One organisation with everything about it, whatever its visibility: callers decide who may see it (`canSeeOrganisation`). */
export async function findOrganisation(db: Db, tenantId: number, slug: string): Promise<OrganisationDetail | undefined> {
  const organisation = await db.selectFrom('organisations').selectAll().where('tenant_id', '=', tenantId).where('slug', '=', slug).executeTakeFirst()
  if (!organisation) return undefined
  const [area, offers, contacts] = await Promise.all([
    organisation.area_id === null ? undefined : db.selectFrom('areas').select(['id', 'slug', 'name']).where('id', '=', organisation.area_id).executeTakeFirst(),
    db.selectFrom('organisation_offers').selectAll().where('organisation_id', '=', organisation.id).orderBy('active', 'desc').orderBy('kind').orderBy('id').execute(),
    db
      .selectFrom('organisation_contacts')
      .innerJoin('people', 'people.id', 'organisation_contacts.person_id')
      .select(['people.id', 'people.display_name', 'people.show_name_publicly', 'organisation_contacts.role_title', 'organisation_contacts.accepted_at'])
      .where('organisation_contacts.organisation_id', '=', organisation.id)
      .where('people.deleted_at', 'is', null)
      .orderBy(sql`organisation_contacts.accepted_at is null`)
      .orderBy('organisation_contacts.accepted_at')
      .orderBy('organisation_contacts.invited_at')
      .execute(),
  ])
  return {
    organisation,
    area: area ?? null,
    offers,
    contacts: contacts.map((row) => ({ personId: row.id, displayName: row.display_name, showNamePublicly: row.show_name_publicly, roleTitle: row.role_title, accepted: row.accepted_at !== null })),
  }
}

export function isContact(detail: OrganisationDetail, viewer: Viewer | undefined, { acceptedOnly = true } = {}): boolean {
  return !!viewer && detail.contacts.some((contact) => contact.personId === viewer.id && (contact.accepted || !acceptedOnly))
}

/** A public organisation for everyone; a hidden one only for coordinators, admins and its own (invited) contact persons. */
export function canSeeOrganisation(detail: OrganisationDetail, viewer: Viewer | undefined): boolean {
  return detail.organisation.visibility === 'public' || isNetworkKeeper(viewer) || isContact(detail, viewer, { acceptedOnly: false })
}

export function canEditOrganisation(detail: OrganisationDetail, viewer: Viewer | undefined): boolean {
  return isNetworkKeeper(viewer) || isContact(detail, viewer)
}

/** The organisations a person is, or is invited to be, a contact person of. */
export async function organisationsOfPerson(db: Db, tenantId: number, personId: number) {
  return db
    .selectFrom('organisation_contacts')
    .innerJoin('organisations', 'organisations.id', 'organisation_contacts.organisation_id')
    .select(['organisations.slug', 'organisations.name', 'organisations.visibility', 'organisation_contacts.accepted_at'])
    .where('organisation_contacts.person_id', '=', personId)
    .where('organisations.tenant_id', '=', tenantId)
    .orderBy(sql`lower(organisations.name)`)
    .execute()
}
