import { randomBytes } from 'node:crypto'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import type { Clock } from '../../platform/time/clock.ts'
import { normaliseEmail } from '../accounts/account-service.ts'
import type { InitiativeChange, NewInitiative } from './api-schemas.ts'
import { chooseBroker } from './assignment.ts'
import { endStatuses, statusTransitions, type InitiativeStatus, type PublicationState } from './vocabulary.ts'

/** An integration acting through the API; the audit log names it by its token. */
export interface ApiActor {
  tenantId: number
  label: string
  clock: Clock
}

/** A field the request got wrong; `reason` is already in the reader's language. */
export interface InvalidParam {
  name: string
  reason: string
}

/** Input that passes the schema but not the municipality's data (an unknown theme, say): a 400 with the fields. */
export class ApiInputError extends Error {
  constructor(readonly invalidParams: InvalidParam[]) {
    super('invalid input')
    this.name = 'ApiInputError'
  }
}

/** A change the initiative's current state does not allow: a 409. */
export class ApiConflictError extends Error {
  constructor(readonly detail: string) {
    super(detail)
    this.name = 'ApiConflictError'
  }
}

export interface ApiTexts {
  unknownTheme(slug: string): string
  unknownArea(slug: string): string
  duplicateNeed(kind: string): string
  invalidEmail: string
  transition(from: InitiativeStatus, to: InitiativeStatus): string
  outcomeRequired: string
  consentFirst: string
  withdrawnNotPublic: string
  nothingToChange: string
}

function audit(db: Db, actor: ApiActor, action: string, objectId: number, before?: unknown, after?: unknown) {
  return recordAudit(db, { tenantId: actor.tenantId, actorId: null, actorLabel: actor.label, action, objectType: 'initiative', objectId, before, after })
}

/**
 * An initiative imported from another system: confirmed at once (it did not come through our form, so
 * there is no confirmation link and no mail), given a broker by area and theme like a confirmed
 * submission, and audited under the token's name. All of it or nothing.
 */
export async function createInitiativeFromApi(db: Db, actor: ApiActor, input: NewInitiative, texts: ApiTexts): Promise<number> {
  const invalid: InvalidParam[] = []
  let email = ''
  try {
    email = normaliseEmail(input.contact.email)
  } catch {
    invalid.push({ name: 'body.contact.email', reason: texts.invalidEmail })
  }
  const seen = new Set<string>()
  for (const [index, need] of (input.needs ?? []).entries()) {
    if (seen.has(need.kind)) invalid.push({ name: `body.needs.${index}.kind`, reason: texts.duplicateNeed(need.kind) })
    seen.add(need.kind)
  }
  return db.transaction().execute(async (trx) => {
    const themeSlugs = [...new Set(input.themes)]
    const themes = await trx.selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', actor.tenantId).where('slug', 'in', themeSlugs).execute()
    for (const slug of themeSlugs) if (!themes.some((theme) => theme.slug === slug)) invalid.push({ name: 'body.themes', reason: texts.unknownTheme(slug) })
    const area = input.area ? await trx.selectFrom('areas').select('id').where('tenant_id', '=', actor.tenantId).where('slug', '=', input.area).executeTakeFirst() : undefined
    if (input.area && !area) invalid.push({ name: 'body.area', reason: texts.unknownArea(input.area) })
    if (invalid.length > 0) throw new ApiInputError(invalid)

    const now = actor.clock.now()
    const themeIds = themes.map((theme) => theme.id)
    const brokerId = (await chooseBroker(trx, actor.tenantId, area?.id ?? null, themeIds)) ?? null
    const values = {
      tenant_id: actor.tenantId,
      title: input.title,
      summary: input.summary,
      description: input.description ?? '',
      area_id: area?.id ?? null,
      latitude: input.location?.lat ?? null,
      longitude: input.location?.lon ?? null,
      initiator_kind: input.initiatorKind,
      status: input.status ?? 'new',
      publication: input.publication ?? 'private',
      publication_note: null,
      publish_description: input.publishDescription ?? false,
      initiator_id: null,
      broker_id: brokerId,
      contact_name: input.contact.name,
      contact_email: email,
      contact_phone: input.contact.phone ?? null,
      government_role: null,
      outcome: null,
      submission_key: randomBytes(18).toString('base64url'),
      created_at: now,
      confirmed_at: now,
      last_activity_at: now,
    } as const
    const { id } = await trx.insertInto('initiatives').values(values).returning('id').executeTakeFirstOrThrow()
    await trx.insertInto('initiative_themes').values(themeIds.map((themeId) => ({ initiative_id: id, theme_id: themeId }))).execute()
    if (input.needs && input.needs.length > 0) {
      await trx.insertInto('initiative_needs').values(input.needs.map((need) => ({ initiative_id: id, kind: need.kind, explanation: need.explanation, answer: null, answered_at: null }))).execute()
    }
    const { submission_key: _key, tenant_id: _tenant, ...recorded } = values
    await audit(trx, actor, 'initiative.created', id, undefined, { ...recorded, themes: themeSlugs, area: input.area ?? null, needs: input.needs ?? [] })
    return id
  })
}

/** Whether the publication may go from one state to another: publishing needs the initiator's consent first. */
function publicationAllowed(from: PublicationState, to: PublicationState, status: InitiativeStatus, texts: ApiTexts): string | undefined {
  if (from === to || to === 'private' || to === 'pendingReview') return undefined
  if (status === 'withdrawn') return texts.withdrawnNotPublic
  if (from === 'private') return texts.consentFirst
  return undefined
}

/**
 * A change by an integration. Each kind of change is audited under the same action as when staff
 * make it in the case file, with before and after, so reports need not know where it came from.
 * Returns false when the initiative does not exist for staff (unconfirmed or another municipality's).
 */
export async function changeInitiativeFromApi(db: Db, actor: ApiActor, id: number, change: InitiativeChange, texts: ApiTexts): Promise<boolean> {
  if (Object.keys(change).every((key) => key === 'outcome')) throw new ApiInputError([{ name: 'body', reason: texts.nothingToChange }])
  return db.transaction().execute(async (trx) => {
    const current = await trx
      .selectFrom('initiatives')
      .select(['title', 'summary', 'description', 'status', 'publication', 'publish_description'])
      .where('tenant_id', '=', actor.tenantId)
      .where('id', '=', id)
      .where('status', '!=', 'unconfirmed')
      .forUpdate()
      .executeTakeFirst()
    if (!current) return false

    const status = change.status ?? current.status
    if (status !== current.status) {
      if (!statusTransitions[current.status].includes(status)) throw new ApiConflictError(texts.transition(current.status, status))
      if (endStatuses.includes(status) && !change.outcome) throw new ApiInputError([{ name: 'body.outcome', reason: texts.outcomeRequired }])
    }
    const publication = change.publication ?? current.publication
    const refusal = publicationAllowed(current.publication, publication, status, texts)
    if (refusal) throw new ApiConflictError(refusal)

    const next = {
      title: change.title ?? current.title,
      summary: change.summary ?? current.summary,
      description: change.description ?? current.description,
      publishDescription: change.publishDescription ?? current.publish_description,
    }
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    if (next.title !== current.title) [before.title, after.title] = [current.title, next.title]
    if (next.summary !== current.summary) [before.summary, after.summary] = [current.summary, next.summary]
    if (next.description !== current.description) [before.description, after.description] = [current.description, next.description]
    if (next.publishDescription !== current.publish_description) [before.publishDescription, after.publishDescription] = [current.publish_description, next.publishDescription]
    const edited = Object.keys(after).length > 0
    // Sending what is already there changes nothing, and leaves no trace.
    if (!edited && status === current.status && publication === current.publication) return true

    const now = actor.clock.now()
    const outcome = status !== current.status && endStatuses.includes(status) && change.outcome ? { helpedMost: '', ...change.outcome } : undefined
    await trx
      .updateTable('initiatives')
      .set({
        title: next.title,
        summary: next.summary,
        description: next.description,
        publish_description: next.publishDescription,
        status,
        publication,
        ...(outcome ? { outcome: JSON.stringify(outcome) } : {}),
        last_activity_at: now,
      })
      .where('id', '=', id)
      .execute()
    if (edited) await audit(trx, actor, 'initiative.edited', id, before, after)
    if (status !== current.status) await audit(trx, actor, 'initiative.statusChanged', id, { status: current.status }, { status, outcome })
    if (publication !== current.publication) await audit(trx, actor, 'initiative.publicationDecided', id, { publication: current.publication }, { publication })
    return true
  })
}
