import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { CalendarDay } from '../../platform/time/calendar-day.ts'
import { listAttachments, type AttachmentSummary } from './attachments.ts'
import type { ConnectionOutcome, InitiativeRow } from './initiative-tables.ts'
import { openStatuses, type InitiativeStatus, type NeedKind } from './vocabulary.ts'

export interface InboxFilter {
  status?: InitiativeStatus
  areaId?: number
  themeId?: number
  need?: NeedKind
  /** Only this broker's cases; undefined for a coordinator looking at everyone's. */
  brokerId?: number
}

export interface InboxItem {
  id: number
  title: string
  status: InitiativeStatus
  areaName: string | null
  brokerName: string | null
  nextDue: CalendarDay | null
  overdue: number
  unread: boolean
  lastActivityAt: Date
}

/** A broker's (or, for a coordinator, everyone's) open cases, the most urgent promise first. */
/** Cases per inbox page: the most urgent come first, and a page stays quick to load and to read. */
export const INBOX_PAGE_SIZE = 50

export async function listInbox(db: Db, tenantId: number, readerId: number, filter: InboxFilter, today: CalendarDay, page = 1): Promise<{ items: InboxItem[]; total: number }> {
  let query = db
    .selectFrom('initiatives')
    .leftJoin('areas', 'areas.id', 'initiatives.area_id')
    .leftJoin('people as broker', 'broker.id', 'initiatives.broker_id')
    .leftJoin('case_reads', (join) => join.onRef('case_reads.initiative_id', '=', 'initiatives.id').on('case_reads.person_id', '=', readerId))
    // Each case's open promises are read once: the next due day and how many are overdue.
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('promises')
          .select([sql<string | null>`min(due_on)`.as('next_due'), sql<number>`count(*) filter (where due_on < ${today}::date)`.as('overdue')])
          .whereRef('promises.initiative_id', '=', 'initiatives.id')
          .where('promises.status', '=', 'open')
          .as('open_promises'),
      (join) => join.onTrue(),
    )
    .select([
      'initiatives.id',
      'initiatives.title',
      'initiatives.status',
      'initiatives.last_activity_at as lastActivityAt',
      sql<number>`count(*) over ()::int`.as('total'),
      'areas.name as areaName',
      sql<string | null>`nullif(coalesce(nullif(broker.display_name, ''), broker.email), '')`.as('brokerName'),
      sql<string | null>`open_promises.next_due::text`.as('nextDue'),
      sql<number>`coalesce(open_promises.overdue, 0)::int`.as('overdue'),
      sql<boolean>`(case_reads.read_at is null or case_reads.read_at < initiatives.last_activity_at)`.as('unread'),
    ])
    .where('initiatives.tenant_id', '=', tenantId)
  query = filter.status ? query.where('initiatives.status', '=', filter.status) : query.where('initiatives.status', 'in', openStatuses)
  if (filter.brokerId !== undefined) query = query.where('initiatives.broker_id', '=', filter.brokerId)
  if (filter.areaId !== undefined) query = query.where('initiatives.area_id', '=', filter.areaId)
  if (filter.themeId !== undefined) {
    const themeId = filter.themeId
    query = query.where(sql<boolean>`exists (select 1 from initiative_themes where initiative_themes.initiative_id = initiatives.id and initiative_themes.theme_id = ${themeId})`)
  }
  if (filter.need !== undefined) {
    const need = filter.need
    query = query.where(sql<boolean>`exists (select 1 from initiative_needs where initiative_needs.initiative_id = initiatives.id and initiative_needs.kind = ${need})`)
  }
  const rows = await query
    .orderBy(sql`open_promises.next_due asc nulls last`)
    .orderBy('initiatives.id', 'desc')
    .limit(INBOX_PAGE_SIZE)
    .offset((page - 1) * INBOX_PAGE_SIZE)
    .execute()
  return {
    total: rows[0]?.total ?? (page > 1 ? (await listInbox(db, tenantId, readerId, filter, today, 1)).total : 0),
    items: rows.map(({ total: _, ...row }) => ({ ...row, overdue: Number(row.overdue), unread: Boolean(row.unread) })),
  }
}

export interface CaseFile {
  initiative: InitiativeRow
  areaName: string | null
  themes: { id: number; name: { nl: string; en: string } }[]
  broker: { id: number; name: string; email: string } | null
  needs: { id: number; kind: NeedKind; explanation: string; status: 'open' | 'answered' | 'notPossible'; answer: string | null }[]
  journal: { id: number; kind: string; visibility: string; body: string; createdAt: Date; authorName: string | null }[]
  promises: { id: number; kind: string; description: string; dueOn: CalendarDay; status: string; replacesId: number | null; createdAt: Date }[]
  roleHistory: { role: string; reason: string; changedAt: Date; changedBy: string | null }[]
  obstacles: { id: number; rule: string; department: string; whatHappened: string; delayDays: number; suggestedChange: string; createdAt: Date }[]
  connections: { id: number; kind: string; description: string; url: string | null; createdAt: Date; outcome: ConnectionOutcome | null; outcomeNote: string | null }[]
  assessment: { answers: Record<string, number | null>; assessedAt: Date } | null
  history: { action: string; actorLabel: string; createdAt: Date; after: unknown }[]
  attachments: AttachmentSummary[]
}

const personName = sql<string | null>`nullif(coalesce(nullif(people.display_name, ''), people.email), '')`

export async function loadCaseFile(db: Db, tenantId: number, id: number): Promise<CaseFile | undefined> {
  const initiative = await db.selectFrom('initiatives').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst()
  if (!initiative) return undefined
  const [area, themes, broker, needs, journal, promises, roleHistory, obstacles, connections, assessment, history, attachments] = await Promise.all([
    initiative.area_id ? db.selectFrom('areas').select('name').where('id', '=', initiative.area_id).executeTakeFirst() : undefined,
    db.selectFrom('initiative_themes').innerJoin('themes', 'themes.id', 'initiative_themes.theme_id').select(['themes.id', 'themes.name']).where('initiative_id', '=', id).orderBy('themes.position').execute(),
    initiative.broker_id ? db.selectFrom('people').select(['id', 'email', 'display_name']).where('id', '=', initiative.broker_id).executeTakeFirst() : undefined,
    db.selectFrom('initiative_needs').select(['id', 'kind', 'explanation', 'status', 'answer']).where('initiative_id', '=', id).orderBy('id').execute(),
    db.selectFrom('journal_entries').leftJoin('people', 'people.id', 'journal_entries.author_id').select(['journal_entries.id', 'kind', 'visibility', 'body', 'journal_entries.created_at as createdAt', personName.as('authorName')]).where('initiative_id', '=', id).orderBy('journal_entries.created_at', 'desc').orderBy('journal_entries.id', 'desc').execute(),
    db.selectFrom('promises').select(['id', 'kind', 'description', 'due_on as dueOn', 'status', 'replaces_id as replacesId', 'created_at as createdAt']).where('initiative_id', '=', id).orderBy('due_on').orderBy('id').execute(),
    db.selectFrom('government_role_changes').leftJoin('people', 'people.id', 'government_role_changes.changed_by').select(['role', 'reason', 'changed_at as changedAt', personName.as('changedBy')]).where('initiative_id', '=', id).orderBy('changed_at', 'desc').execute(),
    db.selectFrom('obstacles').select(['id', 'rule', 'department', 'what_happened as whatHappened', 'delay_days as delayDays', 'suggested_change as suggestedChange', 'created_at as createdAt']).where('initiative_id', '=', id).orderBy('created_at', 'desc').execute(),
    db.selectFrom('connections').select(['id', 'kind', 'description', 'url', 'created_at as createdAt', 'outcome', 'outcome_note as outcomeNote']).where('initiative_id', '=', id).orderBy('created_at', 'desc').execute(),
    db.selectFrom('support_assessments').select(['answers', 'assessed_at as assessedAt']).where('initiative_id', '=', id).orderBy('assessed_at', 'desc').orderBy('id', 'desc').executeTakeFirst(),
    db.selectFrom('audit_events').select(['action', 'actor_label as actorLabel', 'created_at as createdAt', 'after']).where('tenant_id', '=', tenantId).where('object_type', '=', 'initiative').where('object_id', '=', String(id)).orderBy('created_at', 'desc').orderBy('id', 'desc').limit(200).execute(),
    listAttachments(db, id),
  ])
  return {
    initiative,
    areaName: area?.name ?? null,
    themes,
    broker: broker ? { id: broker.id, name: broker.display_name || broker.email, email: broker.email } : null,
    needs,
    journal,
    promises,
    roleHistory,
    obstacles,
    connections,
    assessment: assessment ?? null,
    history,
    attachments,
  }
}

export async function listBrokers(db: Db, tenantId: number): Promise<{ id: number; name: string }[]> {
  const rows = await db
    .selectFrom('people')
    .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
    .select(['people.id', 'people.display_name', 'people.email'])
    .where('people.tenant_id', '=', tenantId)
    .where('people.deleted_at', 'is', null)
    .where('role_assignments.role', '=', 'broker')
    .orderBy('people.display_name')
    .execute()
  return rows.map((row) => ({ id: row.id, name: row.display_name || row.email }))
}
