import { action, defineMailTemplate, paragraph, type MailBlock } from './mail-template.ts'

export interface SpaceBookingAnsweredParams {
  tenantName: string
  spaceName: string
  /** Day and times written out in the reader's language. */
  when: string
  accepted: boolean
  /** The owner's explanation of a no; empty when they gave none. */
  reason: string
  /** The requester's list of requests. */
  link: string
}

/** Tells the person who asked for a space whether the owner said yes or no. */
export const spaceBookingAnswered = defineMailTemplate<SpaceBookingAnsweredParams>({
  requiredParams: ['tenantName', 'spaceName', 'when', 'accepted', 'reason', 'link'],
  content: {
    nl: ({ tenantName, spaceName, when, accepted, reason, link }) => ({
      subject: accepted ? `Ja: u kunt \u201c${spaceName}\u201d gebruiken` : `Helaas: \u201c${spaceName}\u201d kan niet`,
      heading: accepted ? 'Uw aanvraag is goedgekeurd' : 'Uw aanvraag is afgewezen',
      blocks: [
        paragraph(
          accepted
            ? `De eigenaar van \u201c${spaceName}\u201d zegt ja. De ruimte is voor u gereserveerd op ${when}.`
            : `De eigenaar van \u201c${spaceName}\u201d zegt nee tegen uw aanvraag voor ${when}.`,
        ),
        ...(reason ? [paragraph(`Toelichting van de eigenaar: ${reason}`)] : ([] as MailBlock[])),
        paragraph(accepted ? 'Kunt u toch niet? Zeg de reservering dan af op Noaber, zodat een ander de ruimte kan gebruiken.' : 'Misschien past een andere ruimte of een ander moment. Kijk op Noaber welke ruimtes er zijn.'),
        action('Mijn aanvragen bekijken', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, spaceName, when, accepted, reason, link }) => ({
      subject: accepted ? `Yes: you can use \u201c${spaceName}\u201d` : `Sorry: \u201c${spaceName}\u201d is not possible`,
      heading: accepted ? 'Your request has been accepted' : 'Your request has been declined',
      blocks: [
        paragraph(
          accepted
            ? `The owner of \u201c${spaceName}\u201d says yes. The space is booked for you on ${when}.`
            : `The owner of \u201c${spaceName}\u201d says no to your request for ${when}.`,
        ),
        ...(reason ? [paragraph(`The owner explains: ${reason}`)] : ([] as MailBlock[])),
        paragraph(accepted ? 'Can you not make it after all? Please cancel on Noaber, so someone else can use the space.' : 'Another space or another time may work. See which spaces there are on Noaber.'),
        action('View my requests', link),
      ],
      sender: tenantName,
    }),
  },
})
