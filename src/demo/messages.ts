import type { Db } from '../platform/db/database.ts'

/*
 * A few private conversations between demo residents (the initiators, who have accounts), about
 * each other's public initiatives. Written straight into the tables: seeding must not queue
 * notification mails to fictional people. Some end unread, so the header shows a count when one
 * of these residents signs in.
 */

interface Resident {
  id: number
  initiativeId: number
  title: string
}

interface ScriptedConversation {
  /** Index into the residents found: who starts, who answers, and whose initiative it is about (the answerer's). */
  from: number
  to: number
  subject: (title: string) => string
  /** Alternating messages, the first by `from`; each with how many hours before `now` it was sent. */
  messages: { hoursAgo: number; body: string }[]
  /** Whether the last recipient has read the conversation. */
  read: boolean
}

const script: ScriptedConversation[] = [
  {
    from: 1,
    to: 0,
    subject: (title) => `Vraag over \u201c${title}\u201d`,
    messages: [
      { hoursAgo: 72, body: 'Hallo, ik zag jullie initiatief op de website. Wij willen in onze buurt iets vergelijkbaars beginnen. Mogen we een keer komen kijken hoe jullie het aanpakken?' },
      { hoursAgo: 50, body: 'Wat leuk! Kom gerust langs. Zaterdagochtend zijn we er bijna altijd, vanaf tien uur. Neem gerust een buurman of buurvrouw mee.' },
      { hoursAgo: 5, body: 'Dank je wel, dan komen we zaterdag met z\u2019n drieën. Zullen we koffie meenemen?' },
    ],
    read: false,
  },
  {
    from: 2,
    to: 0,
    subject: () => 'Aanhanger en gereedschap te leen',
    messages: [
      { hoursAgo: 20, body: 'Goedemiddag, ik heb een aanhanger en wat tuingereedschap dat ik bijna nooit gebruik. Kan jullie initiatief daar iets mee? U mag het lenen wanneer u wilt.' },
    ],
    read: false,
  },
  {
    from: 0,
    to: 3,
    subject: (title) => `Samen een flyer voor \u201c${title}\u201d?`,
    messages: [
      { hoursAgo: 240, body: 'Hoi, onze initiatieven liggen vlak bij elkaar. Zullen we samen een flyer laten drukken? Dat scheelt ons allebei geld.' },
      { hoursAgo: 200, body: 'Goed idee! Ik vraag de drukker in het dorp om een prijs en laat het je weten.' },
      { hoursAgo: 150, body: 'Prima, ik stuur je volgende week de tekst voor onze helft.' },
      { hoursAgo: 148, body: 'Afgesproken.' },
    ],
    read: true,
  },
]

/** Residents with a public initiative, one initiative each, in a fixed order so the demo is the same every time. */
async function demoResidents(trx: Db, tenantId: number): Promise<Resident[]> {
  const rows = await trx
    .selectFrom('initiatives')
    .innerJoin('people', 'people.id', 'initiatives.initiator_id')
    .select(['people.id', 'initiatives.id as initiativeId', 'initiatives.title'])
    .where('initiatives.tenant_id', '=', tenantId)
    .where('initiatives.publication', '=', 'published')
    .where('people.deleted_at', 'is', null)
    .where('people.display_name', '<>', '')
    .orderBy('initiatives.id')
    .execute()
  const byPerson = new Map<number, Resident>()
  for (const row of rows) if (!byPerson.has(row.id)) byPerson.set(row.id, row)
  return [...byPerson.values()]
}

export async function seedDemoMessages(trx: Db, tenantId: number, now: Date): Promise<void> {
  const residents = await demoResidents(trx, tenantId)
  if (residents.length < 4) return
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 60 * 60 * 1000)
  for (const conversation of script) {
    const starter = residents[conversation.from]!
    const answerer = residents[conversation.to]!
    const senderAt = (index: number) => (index % 2 === 0 ? starter : answerer).id
    const first = at(conversation.messages[0]!.hoursAgo)
    const last = at(conversation.messages.at(-1)!.hoursAgo)
    const { id } = await trx
      .insertInto('conversations')
      .values({
        tenant_id: tenantId,
        subject: conversation.subject(answerer.title),
        context_kind: 'initiative',
        context_id: answerer.initiativeId,
        context_url: `/initiatieven/${answerer.initiativeId}`,
        created_at: first,
        last_message_at: last,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('conversation_messages')
      .values(conversation.messages.map((message, index) => ({ conversation_id: id, sender_id: senderAt(index), body: message.body, created_at: at(message.hoursAgo) })))
      .execute()
    const lastSender = senderAt(conversation.messages.length - 1)
    await trx
      .insertInto('conversation_participants')
      .values(
        [starter.id, answerer.id].map((personId) => {
          if (conversation.read || personId === lastSender) return { conversation_id: id, person_id: personId, last_message_at: last, last_read_at: last, unread_since: null, locale: 'nl' as const }
          // Waiting: they read up to their own last message, if they wrote one.
          const ownLast = conversation.messages.findLast((_, index) => senderAt(index) === personId)
          return { conversation_id: id, person_id: personId, last_message_at: last, last_read_at: ownLast ? at(ownLast.hoursAgo) : null, unread_since: last, locale: ownLast ? ('nl' as const) : null }
        }),
      )
      .execute()
  }
}
