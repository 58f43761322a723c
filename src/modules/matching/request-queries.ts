import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { NeedKind } from '../initiatives/vocabulary.ts'
import type { MatchReason } from './reasons.ts'
import type { PartyKind, RequestStatus } from './request-table.ts'

export interface ReceivedRequest {
  id: number
  status: RequestStatus
  partyKind: PartyKind
  /** The organisation or space asked for; empty when the person was asked as a helper. */
  partyName: string
  initiativeId: number
  initiativeTitle: string
  initiativePublished: boolean
  needKind: NeedKind
  askerName: string
  message: string
  reasons: MatchReason[]
  answer: string | null
  createdAt: Date
}

/** The requests addressed to this person, open ones first, newest first within each. */
export async function listReceivedRequests(db: Db, tenantId: number, personId: number): Promise<ReceivedRequest[]> {
  return db
    .selectFrom('connection_requests as r')
    .innerJoin('initiatives as i', 'i.id', 'r.initiative_id')
    .innerJoin('initiative_needs as n', 'n.id', 'r.need_id')
    .leftJoin('people as asker', 'asker.id', 'r.asked_by')
    .leftJoin('organisations as o', 'o.id', 'r.organisation_id')
    .leftJoin('spaces as s', 's.id', 'r.space_id')
    .select([
      'r.id', 'r.status', 'r.party_kind as partyKind', 'i.id as initiativeId', 'i.title as initiativeTitle', 'n.kind as needKind',
      'r.message', 'r.reasons', 'r.answer', 'r.created_at as createdAt',
      sql<string>`coalesce(o.name, s.name, '')`.as('partyName'),
      sql<string>`coalesce(asker.display_name, '')`.as('askerName'),
      sql<boolean>`i.publication = 'published'`.as('initiativePublished'),
    ])
    .where('r.tenant_id', '=', tenantId)
    .where('r.recipient_id', '=', personId)
    .orderBy(sql`r.status = 'pending'`, 'desc')
    .orderBy('r.created_at', 'desc')
    .limit(200)
    .execute()
}
