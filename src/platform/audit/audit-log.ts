import type { Db } from '../db/database.ts'
import type { AuditEvent } from './audit-table.ts'

export interface AuditEntry {
  tenantId: number
  /** Who acted: a person, or null for the system or an API token (then say which in actorLabel). */
  actorId: number | null
  actorLabel: string
  action: string
  objectType: string
  objectId: string | number
  before?: unknown
  after?: unknown
}

/** How a signed-in person is named in the audit log: name and address, so the entry stays readable after a rename. */
export function actorLabel(person: { displayName: string; email: string }): string {
  return person.displayName ? `${person.displayName} <${person.email}>` : person.email
}

/** Appends to the audit log; call it inside the transaction of the change it records. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_events')
    .values({
      tenant_id: entry.tenantId,
      actor_id: entry.actorId,
      actor_label: entry.actorLabel,
      action: entry.action,
      object_type: entry.objectType,
      object_id: String(entry.objectId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute()
}

export interface AuditSearch {
  text?: string
  action?: string
  limit?: number
}

export async function searchAudit(db: Db, tenantId: number, search: AuditSearch): Promise<AuditEvent[]> {
  let query = db.selectFrom('audit_events').selectAll().where('tenant_id', '=', tenantId)
  if (search.action) query = query.where('action', '=', search.action)
  if (search.text) {
    const pattern = `%${search.text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
    query = query.where((eb) =>
      eb.or([eb('actor_label', 'ilike', pattern), eb('object_type', 'ilike', pattern), eb('object_id', 'ilike', pattern), eb('action', 'ilike', pattern)]),
    )
  }
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(search.limit ?? 200).execute()
}
