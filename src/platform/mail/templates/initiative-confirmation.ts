import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface InitiativeConfirmationParams {
  tenantName: string
  initiativeTitle: string
  /** One-time link that confirms the initiative (and signs the initiator in). */
  link: string
  days: number
}

/** Sent right after someone submits an initiative: one click makes it real. */
export const initiativeConfirmation = defineMailTemplate<InitiativeConfirmationParams>({
  requiredParams: ['tenantName', 'initiativeTitle', 'link', 'days'],
  content: {
    nl: ({ tenantName, initiativeTitle, link, days }) => ({
      subject: `Bevestig uw initiatief \u201c${initiativeTitle}\u201d`,
      heading: 'Nog één klik',
      blocks: [
        paragraph(`Bedankt voor uw initiatief \u201c${initiativeTitle}\u201d. Bevestig met de knop hieronder dat het van u komt; daarna gaat het naar een ruimtemaker van ${tenantName}.`),
        action('Initiatief bevestigen', link),
        paragraph(`De link werkt ${days} dagen en maar één keer. Met dezelfde klik bent u ook ingelogd, zodat u uw initiatief kunt volgen.`),
        paragraph('Heeft u niets ingediend? Dan kunt u deze e-mail negeren; zonder bevestiging doen we er niets mee.'),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, initiativeTitle, link, days }) => ({
      subject: `Confirm your initiative \u201c${initiativeTitle}\u201d`,
      heading: 'One more click',
      blocks: [
        paragraph(`Thank you for your initiative \u201c${initiativeTitle}\u201d. Confirm with the button below that it comes from you; it then goes to a broker of ${tenantName}.`),
        action('Confirm initiative', link),
        paragraph(`The link works for ${days} days and only once. The same click signs you in, so you can follow your initiative.`),
        paragraph('Did you not submit anything? Then you can ignore this e-mail; without confirmation we do nothing with it.'),
      ],
      sender: tenantName,
    }),
  },
})
