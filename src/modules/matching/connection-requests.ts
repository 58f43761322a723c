import type { Db } from '../../platform/db/database.ts'
import { translator } from '../../platform/i18n/translate.ts'
import { enqueueMail } from '../../platform/mail/outbox.ts'
import type { ConnectionOutcome } from '../initiatives/initiative-tables.ts'
import { needLabel } from '../initiatives/labels.ts'
import type { ConnectionKind } from '../initiatives/vocabulary.ts'
import type { PartyKind } from './request-table.ts'
import { scoreParty, type MatchInitiative, type MatchNeed, type MatchViewer } from './suggestions.ts'

export class RequestRuleError extends Error {
  constructor(readonly reason: 'notSuggested' | 'alreadyAsked' | 'declinedBefore' | 'notPending') {
    super(reason)
  }
}

export interface AskInput {
  tenant: { id: number; name: string }
  initiative: MatchInitiative
  need: MatchNeed
  viewer: MatchViewer
  party: { kind: PartyKind; id: number }
  message: string
  asker: { id: number; name: string }
  baseUrl: URL
}

const connectionKindOf: Record<PartyKind, ConnectionKind> = { helper: 'person', organisation: 'organisation', space: 'space' }

/** The person who answers for a party: the helper, the organisation's first contact person, the space's owner. */
async function recipientOf(db: Db, party: { kind: PartyKind; id: number }): Promise<{ id: number; email: string } | undefined> {
  if (party.kind === 'helper') return db.selectFrom('people').select(['id', 'email']).where('id', '=', party.id).where('deleted_at', 'is', null).executeTakeFirst()
  if (party.kind === 'organisation') {
    return db
      .selectFrom('organisation_contacts')
      .innerJoin('people', 'people.id', 'organisation_contacts.person_id')
      .select(['people.id', 'people.email'])
      .where('organisation_contacts.organisation_id', '=', party.id)
      .where('organisation_contacts.accepted_at', 'is not', null)
      .where('people.deleted_at', 'is', null)
      .orderBy('organisation_contacts.invited_at')
      .executeTakeFirst()
  }
  return db
    .selectFrom('spaces')
    .innerJoin('people', 'people.id', 'spaces.owner_id')
    .select(['people.id', 'people.email'])
    .where('spaces.id', '=', party.id)
    .where('people.deleted_at', 'is', null)
    .executeTakeFirst()
}

function partyColumn(kind: PartyKind): 'helper_person_id' | 'organisation_id' | 'space_id' {
  return kind === 'helper' ? 'helper_person_id' : kind === 'organisation' ? 'organisation_id' : 'space_id'
}

/**
 * Asks a suggested party to help with one need. The party is scored again here, so only someone
 * this viewer may be pointed to can be asked (a hidden helper cannot be reached by guessing an id),
 * and the reasons stored are the ones that held when asking.
 */
export async function askParty(db: Db, input: AskInput): Promise<number> {
  const suggestion = await scoreParty(db, input.tenant.id, input.initiative, input.need, input.viewer, input.party)
  const recipient = suggestion ? await recipientOf(db, input.party) : undefined
  if (!suggestion || !recipient) throw new RequestRuleError('notSuggested')
  const column = partyColumn(input.party.kind)
  return db.transaction().execute(async (trx) => {
    const earlier = await trx
      .selectFrom('connection_requests')
      .select('status')
      .where('need_id', '=', input.need.id)
      .where('party_kind', '=', input.party.kind)
      .where(column, '=', input.party.id)
      .execute()
    if (earlier.some((request) => request.status === 'pending' || request.status === 'accepted')) throw new RequestRuleError('alreadyAsked')
    if (earlier.some((request) => request.status === 'declined')) throw new RequestRuleError('declinedBefore')
    const { id } = await trx
      .insertInto('connection_requests')
      .values({
        tenant_id: input.tenant.id,
        initiative_id: input.initiative.id,
        need_id: input.need.id,
        party_kind: input.party.kind,
        [column]: input.party.id,
        recipient_id: recipient.id,
        asked_by: input.asker.id,
        message: input.message,
        score: suggestion.score,
        reasons: JSON.stringify(suggestion.reasons),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await enqueueMail(trx, {
      tenantId: input.tenant.id,
      to: recipient.email,
      template: 'connectionRequest',
      locale: 'nl',
      params: {
        tenantName: input.tenant.name,
        askerName: input.asker.name,
        initiativeTitle: input.initiative.title,
        need: translator('nl')(needLabel[input.need.kind]),
        message: input.message,
        link: new URL('/mijn/verzoeken', input.baseUrl).href,
      },
    })
    return id
  })
}

export interface AnswerInput {
  tenant: { id: number; name: string }
  requestId: number
  recipientId: number
  accept: boolean
  answer: string
  now: Date
  baseUrl: URL
}

async function partyName(db: Db, kind: PartyKind, id: number): Promise<string> {
  if (kind === 'helper') return (await db.selectFrom('people').select('display_name').where('id', '=', id).executeTakeFirst())?.display_name ?? ''
  if (kind === 'organisation') return (await db.selectFrom('organisations').select('name').where('id', '=', id).executeTakeFirst())?.name ?? ''
  return (await db.selectFrom('spaces').select('name').where('id', '=', id).executeTakeFirst())?.name ?? ''
}

/**
 * The party's yes or no. A yes becomes a connection on the initiative, in the same transaction;
 * either way the one who asked hears of it. Answering twice, or someone else's request, is refused.
 */
export async function answerRequest(db: Db, input: AnswerInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('connection_requests')
      .innerJoin('initiatives', 'initiatives.id', 'connection_requests.initiative_id')
      .innerJoin('initiative_needs', 'initiative_needs.id', 'connection_requests.need_id')
      .select([
        'connection_requests.id', 'connection_requests.status', 'connection_requests.party_kind', 'connection_requests.helper_person_id',
        'connection_requests.organisation_id', 'connection_requests.space_id', 'connection_requests.asked_by', 'connection_requests.initiative_id',
        'connection_requests.need_id', 'initiatives.title', 'initiatives.broker_id', 'initiatives.initiator_id', 'initiative_needs.kind as needKind',
      ])
      .where('connection_requests.id', '=', input.requestId)
      .where('connection_requests.tenant_id', '=', input.tenant.id)
      .where('connection_requests.recipient_id', '=', input.recipientId)
      .forUpdate('connection_requests')
      .executeTakeFirst()
    if (!request) throw new RequestRuleError('notSuggested')
    if (request.status !== 'pending') throw new RequestRuleError('notPending')
    const partyId = (request.helper_person_id ?? request.organisation_id ?? request.space_id)!
    const name = await partyName(trx, request.party_kind, partyId)
    let connectionId: number | null = null
    if (input.accept) {
      const connection = await trx
        .insertInto('connections')
        .values({
          initiative_id: request.initiative_id,
          kind: connectionKindOf[request.party_kind],
          description: `${name} helpt bij de hulpvraag \u201c${translator('nl')(needLabel[request.needKind]).toLowerCase()}\u201d.`,
          made_by: request.asked_by,
          [partyColumn(request.party_kind)]: partyId,
          need_id: request.need_id,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      connectionId = connection.id
    }
    await trx
      .updateTable('connection_requests')
      .set({ status: input.accept ? 'accepted' : 'declined', answer: input.answer || null, decided_at: input.now, connection_id: connectionId })
      .where('id', '=', request.id)
      .execute()
    const asker = request.asked_by ? await trx.selectFrom('people').select('email').where('id', '=', request.asked_by).where('deleted_at', 'is', null).executeTakeFirst() : undefined
    if (asker) {
      // A broker reads it in the case file, an initiator in their own overview.
      const path = request.asked_by === request.initiator_id && request.asked_by !== request.broker_id ? `/mijn/initiatieven/${request.initiative_id}` : `/werk/initiatieven/${request.initiative_id}#verbindingen`
      await enqueueMail(trx, {
        tenantId: input.tenant.id,
        to: asker.email,
        template: 'connectionRequestAnswered',
        locale: 'nl',
        params: { tenantName: input.tenant.name, partyName: name, initiativeTitle: request.title, decision: input.accept ? 'accepted' : 'declined', answer: input.answer, link: new URL(path, input.baseUrl).href },
      })
    }
  })
}

export interface WithdrawInput {
  tenant: { id: number; name: string }
  initiativeId: number
  requestId: number
  withdrawer: { name: string }
  now: Date
  baseUrl: URL
}

/**
 * Takes back a request that has not been answered yet, for the initiative it was made for: the
 * party hears that nothing more is needed, and may be asked again later. An answered request stays
 * as it is; a request of another initiative is not found.
 */
export async function withdrawRequest(db: Db, input: WithdrawInput): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const request = await trx
      .selectFrom('connection_requests')
      .innerJoin('initiatives', 'initiatives.id', 'connection_requests.initiative_id')
      .innerJoin('people as recipient', 'recipient.id', 'connection_requests.recipient_id')
      .select(['connection_requests.id', 'connection_requests.status', 'initiatives.title', 'recipient.email', 'recipient.deleted_at'])
      .where('connection_requests.id', '=', input.requestId)
      .where('connection_requests.tenant_id', '=', input.tenant.id)
      .where('connection_requests.initiative_id', '=', input.initiativeId)
      .forUpdate('connection_requests')
      .executeTakeFirst()
    if (!request) throw new RequestRuleError('notSuggested')
    if (request.status !== 'pending') throw new RequestRuleError('notPending')
    await trx.updateTable('connection_requests').set({ status: 'withdrawn', decided_at: input.now }).where('id', '=', request.id).execute()
    if (request.deleted_at) return
    await enqueueMail(trx, {
      tenantId: input.tenant.id,
      to: request.email,
      template: 'connectionRequestWithdrawn',
      locale: 'nl',
      params: { tenantName: input.tenant.name, askerName: input.withdrawer.name, initiativeTitle: request.title, link: new URL('/mijn/verzoeken', input.baseUrl).href },
    })
  })
}

/** What came of a connection, recorded afterwards by the broker: it feeds "earlier successful help". */
export async function recordOutcome(db: Db, initiativeId: number, connectionId: number, outcome: ConnectionOutcome, note: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('connections')
    .set({ outcome, outcome_note: note || null, outcome_recorded_at: now })
    .where('id', '=', connectionId)
    .where('initiative_id', '=', initiativeId)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}
