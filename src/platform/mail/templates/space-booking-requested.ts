import { action, defineMailTemplate, list, paragraph } from './mail-template.ts'

export interface SpaceBookingRequestedParams {
  tenantName: string
  spaceName: string
  /** Who asks, by the name they gave; never their e-mail address. */
  requesterName: string
  /** Day and times written out in the reader's language: "vrijdag 4 december 2026, 19:00–21:00". */
  when: string
  peopleCount: number
  purpose: string
  /** Where the owner accepts or declines. */
  link: string
}

/** Tells a space's owner that someone asks to use it, and where to answer. */
export const spaceBookingRequested = defineMailTemplate<SpaceBookingRequestedParams>({
  requiredParams: ['tenantName', 'spaceName', 'requesterName', 'when', 'peopleCount', 'purpose', 'link'],
  content: {
    nl: ({ tenantName, spaceName, requesterName, when, peopleCount, purpose, link }) => ({
      subject: `Aanvraag voor \u201c${spaceName}\u201d`,
      heading: `Iemand wil \u201c${spaceName}\u201d gebruiken`,
      blocks: [
        paragraph(`${requesterName} vraagt of uw ruimte \u201c${spaceName}\u201d gebruikt mag worden.`),
        list([`Wanneer: ${when}`, `Aantal mensen: ${peopleCount}`, `Waarvoor: ${purpose}`]),
        paragraph('Geef uw antwoord op Noaber. U kunt ja of nee zeggen; bij nee kunt u kort uitleggen waarom.'),
        action('Aanvraag bekijken', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, spaceName, requesterName, when, peopleCount, purpose, link }) => ({
      subject: `Request for \u201c${spaceName}\u201d`,
      heading: `Someone would like to use \u201c${spaceName}\u201d`,
      blocks: [
        paragraph(`${requesterName} asks whether they may use your space \u201c${spaceName}\u201d.`),
        list([`When: ${when}`, `Number of people: ${peopleCount}`, `What for: ${purpose}`]),
        paragraph('Please answer on Noaber. You can say yes or no; if no, you can briefly explain why.'),
        action('View the request', link),
      ],
      sender: tenantName,
    }),
  },
})
