import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface SpaceBookingRevokedParams {
  tenantName: string
  spaceName: string
  /** Day and times written out in the reader's language. */
  when: string
  /** Why the owner can no longer keep the booking. */
  reason: string
  /** The requester's list of requests. */
  link: string
}

/** Tells someone that the owner had to call off a booking they had already said yes to. */
export const spaceBookingRevoked = defineMailTemplate<SpaceBookingRevokedParams>({
  requiredParams: ['tenantName', 'spaceName', 'when', 'reason', 'link'],
  content: {
    nl: ({ tenantName, spaceName, when, reason, link }) => ({
      subject: `Reservering vervallen: \u201c${spaceName}\u201d`,
      heading: 'De eigenaar moet uw reservering afzeggen',
      blocks: [
        paragraph(`De eigenaar van \u201c${spaceName}\u201d had ja gezegd op uw reservering voor ${when}, maar kan die toch niet laten doorgaan.`),
        paragraph(`Toelichting van de eigenaar: ${reason}`),
        paragraph('Dat is vervelend, zeker als u al iets had geregeld. Kijk op Noaber of een andere ruimte of een ander moment past, of vraag uw ruimtemaker om mee te zoeken.'),
        action('Mijn aanvragen bekijken', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, spaceName, when, reason, link }) => ({
      subject: `Booking called off: \u201c${spaceName}\u201d`,
      heading: 'The owner has to call off your booking',
      blocks: [
        paragraph(`The owner of \u201c${spaceName}\u201d had said yes to your booking for ${when}, but cannot keep it after all.`),
        paragraph(`The owner explains: ${reason}`),
        paragraph('We know this is a nuisance, especially if you had already made plans. See on Noaber whether another space or another time fits, or ask your broker to help you look.'),
        action('View my requests', link),
      ],
      sender: tenantName,
    }),
  },
})
