import { slugify } from '../../platform/text/slug.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { enqueueMail } from '../../platform/mail/outbox.ts'
import type { OfferInput, OrganisationInput } from './organisation-form.ts'
import { refreshOrganisationSearch } from './search-documents.ts'
import type { Actor } from './skills.ts'
import { inTransaction } from './transaction.ts'
import type { OrganisationVisibility } from './vocabulary.ts'

/** An organisation's identifier in its address; never empty. */
export function organisationSlug(name: string): string {
  return slugify(name) || 'organisatie'
}

async function freeSlug(db: Db, tenantId: number, name: string): Promise<string> {
  const base = organisationSlug(name)
  const taken = new Set(
    (await db.selectFrom('organisations').select('slug').where('tenant_id', '=', tenantId).where('slug', 'like', `${base}%`).execute()).map((row) => row.slug),
  )
  // `/organisaties/nieuw` is the form for a new organisation, so no organisation may live there.
  taken.add('nieuw')
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
}

function columns(input: OrganisationInput) {
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    website: input.website,
    address: input.address,
    area_id: input.areaId,
    latitude: input.latitude,
    longitude: input.longitude,
  }
}

/** Adds an organisation; whoever adds it becomes its first contact person. Its address stays the same when it is renamed. */
export async function createOrganisation(db: Db, actor: Actor, input: OrganisationInput, roleTitle: string, now: Date): Promise<{ id: number; slug: string }> {
  return inTransaction(db, async (trx) => {
    const slug = await freeSlug(trx, actor.tenantId, input.name)
    const { id } = await trx
      .insertInto('organisations')
      .values({ tenant_id: actor.tenantId, slug, ...columns(input), created_by: actor.personId, created_at: now, updated_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx.insertInto('organisation_contacts').values({ organisation_id: id, person_id: actor.personId, role_title: roleTitle, invited_by: actor.personId, invited_at: now, accepted_at: now }).execute()
    await refreshOrganisationSearch(trx, id)
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'organisation.added', objectType: 'organisation', objectId: id, after: input })
    return { id, slug }
  })
}

export async function updateOrganisation(db: Db, actor: Actor, id: number, input: OrganisationInput, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    const before = await trx.selectFrom('organisations').select(['name', 'kind', 'description', 'website', 'address', 'area_id', 'latitude', 'longitude']).where('id', '=', id).executeTakeFirstOrThrow()
    await trx.updateTable('organisations').set({ ...columns(input), updated_at: now }).where('id', '=', id).where('tenant_id', '=', actor.tenantId).execute()
    await refreshOrganisationSearch(trx, id)
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'organisation.changed', objectType: 'organisation', objectId: id, before, after: input })
  })
}

/** Coordinators hide an organisation (it then exists only for them and its contact persons) or show it again. */
export async function setOrganisationVisibility(db: Db, actor: Actor, id: number, visibility: OrganisationVisibility, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.updateTable('organisations').set({ visibility, updated_at: now }).where('id', '=', id).where('tenant_id', '=', actor.tenantId).execute()
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: visibility === 'hidden' ? 'organisation.hidden' : 'organisation.shown', objectType: 'organisation', objectId: id })
  })
}

export async function addOffer(db: Db, organisationId: number, input: OfferInput, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.insertInto('organisation_offers').values({ organisation_id: organisationId, kind: input.kind, description: input.description, active: input.active, created_at: now, updated_at: now }).execute()
    await trx.updateTable('organisations').set({ updated_at: now }).where('id', '=', organisationId).execute()
    await refreshOrganisationSearch(trx, organisationId)
  })
}

/** Changes one of the organisation's offers; false when the offer is not the organisation's. */
export async function updateOffer(db: Db, organisationId: number, offerId: number, input: OfferInput, now: Date): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const updated = await trx
      .updateTable('organisation_offers')
      .set({ kind: input.kind, description: input.description, active: input.active, updated_at: now })
      .where('id', '=', offerId)
      .where('organisation_id', '=', organisationId)
      .executeTakeFirst()
    if (Number(updated.numUpdatedRows) !== 1) return false
    await refreshOrganisationSearch(trx, organisationId)
    return true
  })
}

export async function deleteOffer(db: Db, organisationId: number, offerId: number): Promise<boolean> {
  return inTransaction(db, async (trx) => {
    const deleted = await trx.deleteFrom('organisation_offers').where('id', '=', offerId).where('organisation_id', '=', organisationId).executeTakeFirst()
    if (Number(deleted.numDeletedRows) !== 1) return false
    await refreshOrganisationSearch(trx, organisationId)
    return true
  })
}

export interface Invitation {
  tenant: { id: number; name: string }
  organisation: { id: number; name: string; slug: string }
  email: string
  roleTitle: string
  inviter: { id: number; name: string }
  locale: Locale
  baseUrl: URL | string
  now: Date
}

/**
 * Invites someone with an existing account to be a contact person. Nobody is given an account they
 * did not ask for: an address without one is answered with 'noAccount', and nothing is stored.
 */
export async function inviteContact(db: Db, invitation: Invitation): Promise<'invited' | 'noAccount' | 'already'> {
  return inTransaction(db, async (trx) => {
    const person = await trx
      .selectFrom('people')
      .select('id')
      .where('tenant_id', '=', invitation.tenant.id)
      .where('email', '=', invitation.email)
      .where('deleted_at', 'is', null)
      .executeTakeFirst()
    if (!person) return 'noAccount'
    const inserted = await trx
      .insertInto('organisation_contacts')
      .values({ organisation_id: invitation.organisation.id, person_id: person.id, role_title: invitation.roleTitle, invited_by: invitation.inviter.id, invited_at: invitation.now })
      .onConflict((oc) => oc.doNothing())
      .returning('person_id')
      .executeTakeFirst()
    if (!inserted) return 'already'
    await enqueueMail(trx, {
      tenantId: invitation.tenant.id,
      to: invitation.email,
      template: 'organisationInvitation',
      locale: invitation.locale,
      params: {
        tenantName: invitation.tenant.name,
        organisationName: invitation.organisation.name,
        inviterName: invitation.inviter.name,
        link: new URL(`/organisaties/${invitation.organisation.slug}`, invitation.baseUrl).href,
      },
    })
    return 'invited'
  })
}

/** The invited person says yes; false when there was no open invitation. */
export async function acceptInvitation(db: Db, organisationId: number, personId: number, now: Date): Promise<boolean> {
  const updated = await db
    .updateTable('organisation_contacts')
    .set({ accepted_at: now })
    .where('organisation_id', '=', organisationId)
    .where('person_id', '=', personId)
    .where('accepted_at', 'is', null)
    .executeTakeFirst()
  return Number(updated.numUpdatedRows) === 1
}

/**
 * Removes a contact person or withdraws (or declines) an invitation. An organisation always keeps
 * at least one contact person, so someone can answer its messages: removing the last one is refused.
 */
export async function removeContact(db: Db, organisationId: number, personId: number): Promise<'removed' | 'last' | 'notFound'> {
  return inTransaction(db, async (trx) => {
    const contacts = await trx.selectFrom('organisation_contacts').select(['person_id', 'accepted_at']).where('organisation_id', '=', organisationId).forUpdate().execute()
    const contact = contacts.find((row) => row.person_id === personId)
    if (!contact) return 'notFound'
    if (contact.accepted_at && contacts.filter((row) => row.accepted_at).length === 1) return 'last'
    await trx.deleteFrom('organisation_contacts').where('organisation_id', '=', organisationId).where('person_id', '=', personId).execute()
    return 'removed'
  })
}
