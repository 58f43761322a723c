import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface MarketplaceFollowUpParams {
  tenantName: string
  eventTitle: string
  giverName: string
  receiverName: string
  /** What was agreed, as the notary wrote it down. */
  description: string
  /** The single-use page where the reader answers; no sign-in needed. */
  link: string
}

/** Three months after a beursvloer: was the agreement kept? Sent to each party's contact person once. */
export const marketplaceFollowUp = defineMailTemplate<MarketplaceFollowUpParams>({
  requiredParams: ['tenantName', 'eventTitle', 'giverName', 'receiverName', 'description', 'link'],
  content: {
    nl: ({ tenantName, eventTitle, giverName, receiverName, description, link }) => ({
      subject: `Is de afspraak van \u201c${eventTitle}\u201d nagekomen?`,
      heading: 'Hoe ging het met uw afspraak?',
      blocks: [
        paragraph(`Drie maanden geleden maakten ${giverName} en ${receiverName} op \u201c${eventTitle}\u201d deze afspraak: ${description}`),
        paragraph('We horen graag of het gelukt is. Dat helpt de gemeente de volgende beursvloer nog beter te maken. U hoeft niet in te loggen; het antwoorden duurt een minuut.'),
        action('Vertel hoe het ging', link),
        paragraph('De link werkt één keer. Stuur deze e-mail niet door.'),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, eventTitle, giverName, receiverName, description, link }) => ({
      subject: `Was the agreement made at \u201c${eventTitle}\u201d kept?`,
      heading: 'How did your agreement go?',
      blocks: [
        paragraph(`Three months ago, at \u201c${eventTitle}\u201d, ${giverName} and ${receiverName} agreed on this: ${description}`),
        paragraph('We would like to know whether it worked out. It helps the municipality make the next marketplace even better. You do not need to sign in; answering takes a minute.'),
        action('Tell us how it went', link),
        paragraph('The link works once. Please do not forward this e-mail.'),
      ],
      sender: tenantName,
    }),
  },
})
