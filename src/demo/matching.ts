import type { Db } from '../platform/db/database.ts'
import { translator } from '../platform/i18n/translate.ts'
import { needLabel } from '../modules/initiatives/labels.ts'
import type { NeedKind } from '../modules/initiatives/vocabulary.ts'
import type { PartyKind } from '../modules/matching/request-table.ts'
import { suggestionsForNeed, type Suggestion } from '../modules/matching/suggestions.ts'
import { DemoRandom } from './random.ts'

const messages: Record<PartyKind, string[]> = {
  helper: [
    'Zou u een paar zaterdagochtenden kunnen meehelpen? We zijn met een klein groepje en kunnen handen goed gebruiken.',
    'We zoeken iemand die ons op weg helpt. Heeft u binnenkort een uurtje om mee te denken?',
  ],
  organisation: ['Zou uw organisatie hierbij kunnen helpen? Een eerste kennismaking aan de keukentafel zou mooi zijn.'],
  space: ['Mogen we op een doordeweekse avond uw ruimte gebruiken voor een bijeenkomst met de buurt?'],
}

/**
 * Matching in the demo: what came of the earlier connections (so "helped before" counts), and
 * requests for the open needs of running initiatives, made from the real suggestions: some still
 * waiting for an answer, some accepted (with their connection), some declined. No mail is queued.
 */
export async function seedDemoMatching(trx: Db, tenantId: number, now: Date): Promise<void> {
  const random = new DemoRandom(7707)
  const earlier = await trx
    .selectFrom('connections')
    .innerJoin('initiatives', 'initiatives.id', 'connections.initiative_id')
    .select('connections.id')
    .where('initiatives.tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('connections.helper_person_id', 'is not', null), eb('connections.organisation_id', 'is not', null)]))
    .orderBy('connections.id')
    .execute()
  for (const connection of earlier) {
    const outcome = random.pick(['helped', 'helped', 'helped', 'partly', 'notHelped'] as const)
    await trx.updateTable('connections').set({ outcome, outcome_recorded_at: now }).where('id', '=', connection.id).execute()
  }

  const running = await trx
    .selectFrom('initiative_needs')
    .innerJoin('initiatives', 'initiatives.id', 'initiative_needs.initiative_id')
    .leftJoin('areas', 'areas.id', 'initiatives.area_id')
    .select([
      'initiative_needs.id as needId', 'initiative_needs.kind', 'initiative_needs.explanation', 'initiatives.id', 'initiatives.title', 'initiatives.area_id',
      'areas.name as area_name', 'initiatives.longitude', 'initiatives.latitude', 'initiatives.initiator_id', 'initiatives.broker_id', 'initiatives.created_at',
    ])
    .where('initiatives.tenant_id', '=', tenantId)
    .where('initiatives.status', 'in', ['inConversation', 'underWay'])
    .where('initiative_needs.status', '=', 'open')
    .where('initiative_needs.kind', 'in', ['volunteers', 'space', 'advice', 'knowledge', 'materials', 'money'])
    .orderBy('initiative_needs.id')
    .execute()

  const nl = translator('nl')
  for (const need of random.sample(running, Math.min(running.length, 14))) {
    const initiative = { id: need.id, title: need.title, areaId: need.area_id, areaName: need.area_name, longitude: need.longitude, latitude: need.latitude, initiatorId: need.initiator_id }
    const found = await suggestionsForNeed(trx, tenantId, initiative, { id: need.needId, kind: need.kind as NeedKind, explanation: need.explanation }, 'staff', 1)
    const best: Suggestion | undefined = need.kind === 'space' ? found.spaces[0] : random.chance(0.7) ? found.helpers[0] : found.organisations[0]
    if (!best || best.party.kind === 'initiative') continue
    const kind = best.party.kind
    const recipient =
      kind === 'helper'
        ? best.party.id
        : kind === 'space'
          ? (await trx.selectFrom('spaces').select('owner_id').where('id', '=', best.party.id).executeTakeFirstOrThrow()).owner_id
          : (await trx.selectFrom('organisation_contacts').select('person_id').where('organisation_id', '=', best.party.id).where('accepted_at', 'is not', null).orderBy('invited_at').executeTakeFirst())?.person_id
    if (!recipient) continue
    const askedAt = new Date(Math.max(need.created_at.getTime(), now.getTime() - random.int(2, 20) * 86_400_000))
    const status = random.pick(['pending', 'pending', 'accepted', 'accepted', 'declined'] as const)
    const column = kind === 'helper' ? 'helper_person_id' : kind === 'organisation' ? 'organisation_id' : 'space_id'
    let connectionId: number | null = null
    if (status === 'accepted') {
      const connection = await trx
        .insertInto('connections')
        .values({
          initiative_id: need.id,
          kind: kind === 'helper' ? 'person' : kind,
          description: `${best.party.name} helpt bij de hulpvraag \u201c${nl(needLabel[need.kind as NeedKind]).toLowerCase()}\u201d.`,
          made_by: need.broker_id,
          [column]: best.party.id,
          need_id: need.needId,
          created_at: new Date(askedAt.getTime() + 86_400_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow()
      connectionId = connection.id
    }
    await trx
      .insertInto('connection_requests')
      .values({
        tenant_id: tenantId, initiative_id: need.id, need_id: need.needId, party_kind: kind, [column]: best.party.id, recipient_id: recipient,
        asked_by: need.broker_id, message: random.pick(messages[kind]), score: best.score, reasons: JSON.stringify(best.reasons), status,
        answer: status === 'declined' ? 'Op dit moment lukt het ons helaas niet.' : null,
        decided_at: status === 'pending' ? null : new Date(askedAt.getTime() + 86_400_000), connection_id: connectionId, created_at: askedAt,
      })
      .execute()
  }
}
