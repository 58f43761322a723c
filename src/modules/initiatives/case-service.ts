import type { Db } from '../../platform/db/database.ts'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Clock } from '../../platform/time/clock.ts'
import type { CheckedUpload } from '../../platform/uploads/file-check.ts'
import { storeAttachment } from './attachments.ts'
import { calendarDayInAmsterdam, compareDays, isCalendarDay } from '../../platform/time/calendar-day.ts'
import type { InitiativeOutcome, InitiativeRow } from './initiative-tables.ts'
import {
  endStatuses,
  statusTransitions,
  type ConnectionKind,
  type GovernmentRole,
  type InitiativeStatus,
  type JournalKind,
  type JournalVisibility,
  type NeedStatus,
} from './vocabulary.ts'

/** Who does something in a case, and when: every change is audited under this name. */
export interface Actor {
  tenantId: number
  personId: number
  label: string
  clock: Clock
}

/** A change the rules of case work do not allow; `reason` is a message key for the person. */
export class CaseRuleError extends Error {
  constructor(readonly reason: 'dueInPast' | 'invalidDay' | 'notOpen' | 'transition' | 'outcomeRequired' | 'notFound') {
    super(reason)
    this.name = 'CaseRuleError'
  }
}

async function touch(db: Db, initiativeId: number, at: Date): Promise<void> {
  await db.updateTable('initiatives').set({ last_activity_at: at }).where('id', '=', initiativeId).execute()
}

function audit(db: Db, actor: Actor, action: string, objectType: string, objectId: number, before?: unknown, after?: unknown) {
  return recordAudit(db, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action, objectType, objectId, before, after })
}

export async function findInitiative(db: Db, tenantId: number, id: number): Promise<InitiativeRow | undefined> {
  return db.selectFrom('initiatives').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst()
}

/**
 * A journal entry. Recording a contact with the initiator keeps the first-contact promise (or marks
 * it broken when the contact came after its due day) and moves a new case into conversation.
 */
export interface NewJournalEntry {
  kind: JournalKind
  visibility: JournalVisibility
  body: string
  attachment?: CheckedUpload
}

/** Writes a journal entry with its file, audits it and marks the case active; inside the caller's transaction. */
export async function insertJournalEntry(trx: Db, actor: Actor, initiativeId: number, entry: NewJournalEntry, now: Date): Promise<number> {
  const { id } = await trx
    .insertInto('journal_entries')
    .values({ initiative_id: initiativeId, author_id: actor.personId, kind: entry.kind, visibility: entry.visibility, body: entry.body, created_at: now })
    .returning('id')
    .executeTakeFirstOrThrow()
  if (entry.attachment) await storeAttachment(trx, initiativeId, id, entry.attachment, actor.personId)
  await audit(trx, actor, 'journal.added', 'initiative', initiativeId, undefined, { entryId: id, kind: entry.kind, visibility: entry.visibility })
  await touch(trx, initiativeId, now)
  return id
}

export async function addJournalEntry(db: Db, actor: Actor, initiativeId: number, entry: NewJournalEntry): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const now = actor.clock.now()
    const id = await insertJournalEntry(trx, actor, initiativeId, entry, now)
    if (entry.kind === 'contact') {
      const today = calendarDayInAmsterdam(now)
      const firstContact = await trx.selectFrom('promises').selectAll().where('initiative_id', '=', initiativeId).where('kind', '=', 'firstContact').where('status', '=', 'open').executeTakeFirst()
      if (firstContact) {
        const status = compareDays(today, firstContact.due_on) <= 0 ? 'kept' : 'broken'
        await trx.updateTable('promises').set({ status, resolved_at: now }).where('id', '=', firstContact.id).execute()
        await audit(trx, actor, `promise.${status}`, 'promise', firstContact.id, { status: 'open' }, { status })
      }
      const initiative = await trx.selectFrom('initiatives').select('status').where('id', '=', initiativeId).executeTakeFirstOrThrow()
      if (initiative.status === 'new') {
        await trx.updateTable('initiatives').set({ status: 'inConversation' }).where('id', '=', initiativeId).execute()
        await audit(trx, actor, 'initiative.statusChanged', 'initiative', initiativeId, { status: 'new' }, { status: 'inConversation' })
      }
    }
    return id
  })
}

function checkDueDay(dueOn: string, actor: Actor): void {
  if (!isCalendarDay(dueOn)) throw new CaseRuleError('invalidDay')
  if (compareDays(dueOn, calendarDayInAmsterdam(actor.clock.now())) < 0) throw new CaseRuleError('dueInPast')
}

export async function makePromise(db: Db, actor: Actor, initiativeId: number, promise: { description: string; dueOn: string }): Promise<number> {
  checkDueDay(promise.dueOn, actor)
  return db.transaction().execute(async (trx) => {
    const now = actor.clock.now()
    const { id } = await trx
      .insertInto('promises')
      .values({ initiative_id: initiativeId, made_by: actor.personId, kind: 'other', description: promise.description, due_on: promise.dueOn, replaces_id: null, resolved_at: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await audit(trx, actor, 'promise.made', 'promise', id, undefined, { initiativeId, description: promise.description, dueOn: promise.dueOn })
    await touch(trx, initiativeId, now)
    return id
  })
}

async function openPromise(db: Db, initiativeId: number, promiseId: number) {
  const promise = await db.selectFrom('promises').selectAll().where('id', '=', promiseId).where('initiative_id', '=', initiativeId).executeTakeFirst()
  if (!promise) throw new CaseRuleError('notFound')
  if (promise.status !== 'open') throw new CaseRuleError('notOpen')
  return promise
}

export async function resolvePromise(db: Db, actor: Actor, initiativeId: number, promiseId: number, status: 'kept' | 'broken'): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await openPromise(trx, initiativeId, promiseId)
    const now = actor.clock.now()
    await trx.updateTable('promises').set({ status, resolved_at: now }).where('id', '=', promiseId).execute()
    await audit(trx, actor, `promise.${status}`, 'promise', promiseId, { status: 'open' }, { status })
    await touch(trx, initiativeId, now)
  })
}

/**
 * A new due day agreed with the initiator: the old promise is closed as renegotiated, the new one
 * refers to it, and a note shared with the initiator records the change, so it never happens behind their back.
 */
export async function renegotiatePromise(db: Db, actor: Actor, initiativeId: number, promiseId: number, change: { dueOn: string; explanation: string }): Promise<number> {
  checkDueDay(change.dueOn, actor)
  return db.transaction().execute(async (trx) => {
    const old = await openPromise(trx, initiativeId, promiseId)
    const now = actor.clock.now()
    await trx.updateTable('promises').set({ status: 'renegotiated', resolved_at: now }).where('id', '=', promiseId).execute()
    const { id } = await trx
      .insertInto('promises')
      .values({ initiative_id: initiativeId, made_by: actor.personId, kind: old.kind, description: old.description, due_on: change.dueOn, replaces_id: old.id, resolved_at: null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('journal_entries')
      .values({ initiative_id: initiativeId, author_id: actor.personId, kind: 'message', visibility: 'shared', body: change.explanation, created_at: now })
      .execute()
    await audit(trx, actor, 'promise.renegotiated', 'promise', promiseId, { dueOn: old.due_on }, { dueOn: change.dueOn, newPromiseId: id })
    await touch(trx, initiativeId, now)
    return id
  })
}

export async function answerNeed(db: Db, actor: Actor, initiativeId: number, needId: number, answer: { status: NeedStatus; answer: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const need = await trx.selectFrom('initiative_needs').selectAll().where('id', '=', needId).where('initiative_id', '=', initiativeId).executeTakeFirst()
    if (!need) throw new CaseRuleError('notFound')
    const now = actor.clock.now()
    await trx
      .updateTable('initiative_needs')
      .set({ status: answer.status, answer: answer.answer || null, answered_at: answer.status === 'open' ? null : now })
      .where('id', '=', needId)
      .execute()
    await audit(trx, actor, 'need.answered', 'need', needId, { status: need.status, answer: need.answer }, answer)
    await touch(trx, initiativeId, now)
  })
}

export async function setGovernmentRole(db: Db, actor: Actor, initiativeId: number, role: GovernmentRole, reason: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('initiatives').select('government_role').where('id', '=', initiativeId).executeTakeFirstOrThrow()
    const now = actor.clock.now()
    await trx.updateTable('initiatives').set({ government_role: role }).where('id', '=', initiativeId).execute()
    await trx.insertInto('government_role_changes').values({ initiative_id: initiativeId, role, reason, changed_by: actor.personId, changed_at: now }).execute()
    await audit(trx, actor, 'initiative.roleChanged', 'initiative', initiativeId, { role: before.government_role }, { role, reason })
    await touch(trx, initiativeId, now)
  })
}

export interface NewObstacle {
  rule: string
  department: string
  whatHappened: string
  delayDays: number
  suggestedChange: string
}

export async function recordObstacle(db: Db, actor: Actor, initiativeId: number, obstacle: NewObstacle): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const now = actor.clock.now()
    const { id } = await trx
      .insertInto('obstacles')
      .values({
        tenant_id: actor.tenantId,
        initiative_id: initiativeId,
        rule: obstacle.rule,
        department: obstacle.department,
        what_happened: obstacle.whatHappened,
        delay_days: obstacle.delayDays,
        suggested_change: obstacle.suggestedChange,
        recorded_by: actor.personId,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await audit(trx, actor, 'obstacle.recorded', 'initiative', initiativeId, undefined, { obstacleId: id, ...obstacle })
    await touch(trx, initiativeId, now)
    return id
  })
}

export async function addConnection(db: Db, actor: Actor, initiativeId: number, connection: { kind: ConnectionKind; description: string; url: string | null }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const now = actor.clock.now()
    const { id } = await trx
      .insertInto('connections')
      .values({ initiative_id: initiativeId, kind: connection.kind, description: connection.description, url: connection.url, made_by: actor.personId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    await audit(trx, actor, 'connection.made', 'initiative', initiativeId, undefined, { connectionId: id, ...connection })
    await touch(trx, initiativeId, now)
    return id
  })
}

/** Moves a case along its lifecycle; ending it requires the outcome record. */
export async function changeStatus(db: Db, actor: Actor, initiativeId: number, status: InitiativeStatus, outcome?: InitiativeOutcome): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('initiatives').select(['status']).where('id', '=', initiativeId).executeTakeFirstOrThrow()
    if (!statusTransitions[current.status].includes(status)) throw new CaseRuleError('transition')
    if (endStatuses.includes(status) && !outcome) throw new CaseRuleError('outcomeRequired')
    const now = actor.clock.now()
    await trx
      .updateTable('initiatives')
      .set({ status, outcome: outcome ? JSON.stringify(outcome) : null, last_activity_at: now })
      .where('id', '=', initiativeId)
      .execute()
    await audit(trx, actor, 'initiative.statusChanged', 'initiative', initiativeId, { status: current.status }, { status, outcome })
  })
}

export async function reassignBroker(db: Db, actor: Actor, initiativeId: number, brokerId: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const broker = await trx
      .selectFrom('people')
      .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
      .select('people.id')
      .where('people.id', '=', brokerId)
      .where('people.tenant_id', '=', actor.tenantId)
      .where('people.deleted_at', 'is', null)
      .where('role_assignments.role', '=', 'broker')
      .executeTakeFirst()
    if (!broker) return false
    const before = await trx.selectFrom('initiatives').select('broker_id').where('id', '=', initiativeId).executeTakeFirstOrThrow()
    const now = actor.clock.now()
    await trx.updateTable('initiatives').set({ broker_id: brokerId, last_activity_at: now }).where('id', '=', initiativeId).execute()
    await audit(trx, actor, 'initiative.reassigned', 'initiative', initiativeId, { brokerId: before.broker_id }, { brokerId })
    return true
  })
}

export async function saveAssessment(db: Db, actor: Actor, initiativeId: number, answers: Record<string, number | null>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const now = actor.clock.now()
    await trx.insertInto('support_assessments').values({ initiative_id: initiativeId, answers: JSON.stringify(answers), assessed_by: actor.personId, assessed_at: now }).execute()
    await audit(trx, actor, 'assessment.saved', 'initiative', initiativeId, undefined, { answers })
    await touch(trx, initiativeId, now)
  })
}

/** The coordinator's decision on publication; only a page the initiator consented to can be published. */
export async function decidePublication(db: Db, actor: Actor, initiativeId: number, decision: 'published' | 'changesRequested' | 'rejected', note: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('initiatives').select(['publication', 'status']).where('id', '=', initiativeId).executeTakeFirstOrThrow()
    if (current.publication === 'private' || current.status === 'unconfirmed' || current.status === 'withdrawn') throw new CaseRuleError('transition')
    const now = actor.clock.now()
    await trx.updateTable('initiatives').set({ publication: decision, publication_note: note || null, last_activity_at: now }).where('id', '=', initiativeId).execute()
    await audit(trx, actor, 'initiative.publicationDecided', 'initiative', initiativeId, { publication: current.publication }, { publication: decision, note })
  })
}

export async function markCaseRead(db: Db, personId: number, initiativeId: number, at: Date): Promise<void> {
  await db
    .insertInto('case_reads')
    .values({ person_id: personId, initiative_id: initiativeId, read_at: at })
    .onConflict((oc) => oc.columns(['person_id', 'initiative_id']).doUpdateSet({ read_at: at }))
    .execute()
}

/** The initiator withdraws: the case stays for the municipality, the public page disappears. */
export async function withdrawInitiative(db: Db, actor: Actor, initiativeId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const current = await trx.selectFrom('initiatives').select(['status']).where('id', '=', initiativeId).executeTakeFirstOrThrow()
    if (current.status === 'withdrawn' || current.status === 'unconfirmed' || endStatuses.includes(current.status)) throw new CaseRuleError('transition')
    const now = actor.clock.now()
    await trx.updateTable('initiatives').set({ status: 'withdrawn', last_activity_at: now }).where('id', '=', initiativeId).execute()
    await trx.updateTable('promises').set({ status: 'broken', resolved_at: now }).where('initiative_id', '=', initiativeId).where('status', '=', 'open').where('kind', '=', 'firstContact').where('due_on', '<', calendarDayInAmsterdam(now)).execute()
    await audit(trx, actor, 'initiative.withdrawn', 'initiative', initiativeId, { status: current.status }, { status: 'withdrawn' })
  })
}

/** The initiator changes their texts; a published page goes back to review before the change is shown. */
export async function editInitiative(db: Db, actor: Actor, initiativeId: number, texts: { title: string; summary: string; description: string }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const before = await trx.selectFrom('initiatives').select(['title', 'summary', 'description', 'publication', 'status']).where('id', '=', initiativeId).executeTakeFirstOrThrow()
    if (before.status === 'withdrawn' || endStatuses.includes(before.status)) throw new CaseRuleError('transition')
    const publication = before.publication === 'published' || before.publication === 'changesRequested' ? 'pendingReview' : before.publication
    const now = actor.clock.now()
    await trx.updateTable('initiatives').set({ ...texts, publication, last_activity_at: now }).where('id', '=', initiativeId).execute()
    await audit(trx, actor, 'initiative.edited', 'initiative', initiativeId, { title: before.title, summary: before.summary, publication: before.publication }, { title: texts.title, summary: texts.summary, publication })
  })
}
