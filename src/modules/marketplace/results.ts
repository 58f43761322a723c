import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { FollowUpAnswer, ListingKind } from './vocabulary.ts'

export interface KindFigure {
  kind: ListingKind
  agreements: number
  valueCents: number
}

export interface EventResults {
  parties: number
  agreements: number
  /** Sum of the estimated values given; agreements without one count as nothing. */
  valueCents: number
  byKind: KindFigure[]
  /** Follow-up answers received, per answer. */
  answers: Record<FollowUpAnswer, number>
  answered: number
  /** Kept as a whole number percentage of the answers; null before anyone answered. */
  keptPercent: number | null
}

/** The figures of one event, for its public results page. */
export async function eventResults(db: Db, eventId: number): Promise<EventResults> {
  const [parties, totals, byKind, answers] = await Promise.all([
    db.selectFrom('marketplace_parties').select(sql<number>`count(*)::int`.as('count')).where('event_id', '=', eventId).executeTakeFirstOrThrow(),
    db
      .selectFrom('marketplace_agreements')
      .select([sql<number>`count(*)::int`.as('count'), sql<number>`coalesce(sum(value_cents), 0)::bigint`.as('value')])
      .where('event_id', '=', eventId)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('marketplace_agreements')
      .select(['kind', sql<number>`count(*)::int`.as('count'), sql<number>`coalesce(sum(value_cents), 0)::bigint`.as('value')])
      .where('event_id', '=', eventId)
      .groupBy('kind')
      .execute(),
    db
      .selectFrom('marketplace_follow_ups')
      .innerJoin('marketplace_agreements', 'marketplace_agreements.id', 'marketplace_follow_ups.agreement_id')
      .select(['marketplace_follow_ups.answer', sql<number>`count(*)::int`.as('count')])
      .where('marketplace_agreements.event_id', '=', eventId)
      .where('marketplace_follow_ups.answer', 'is not', null)
      .groupBy('marketplace_follow_ups.answer')
      .execute(),
  ])
  const counted: Record<FollowUpAnswer, number> = { kept: 0, partly: 0, notKept: 0 }
  for (const row of answers) if (row.answer) counted[row.answer] = Number(row.count)
  const answered = counted.kept + counted.partly + counted.notKept
  return {
    parties: Number(parties.count),
    agreements: Number(totals.count),
    valueCents: Number(totals.value),
    byKind: byKind.map((row) => ({ kind: row.kind, agreements: Number(row.count), valueCents: Number(row.value) })).sort((a, b) => b.agreements - a.agreements || a.kind.localeCompare(b.kind)),
    answers: counted,
    answered,
    keptPercent: answered === 0 ? null : Math.round((counted.kept / answered) * 100),
  }
}
