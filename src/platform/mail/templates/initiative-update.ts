import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface InitiativeUpdateParams {
  tenantName: string
  initiativeTitle: string
  /** The update as posted, already cut to a readable length. */
  excerpt: string
  link: string
  /** One click stops these mails; it needs no sign-in. */
  unsubscribeLink: string
}

/** News from an initiative someone follows. */
export const initiativeUpdate = defineMailTemplate<InitiativeUpdateParams>({
  requiredParams: ['tenantName', 'initiativeTitle', 'excerpt', 'link', 'unsubscribeLink'],
  content: {
    nl: ({ tenantName, initiativeTitle, excerpt, link, unsubscribeLink }) => ({
      subject: `Nieuws van \u201c${initiativeTitle}\u201d`,
      heading: initiativeTitle,
      blocks: [
        paragraph(`Er is nieuws van een initiatief dat u volgt:`),
        paragraph(excerpt),
        action('Lees verder', link),
        paragraph(`U krijgt deze e-mail omdat u dit initiatief volgt. Wilt u dat niet meer? Meld u af via ${unsubscribeLink}`),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, initiativeTitle, excerpt, link, unsubscribeLink }) => ({
      subject: `News from \u201c${initiativeTitle}\u201d`,
      heading: initiativeTitle,
      blocks: [
        paragraph('There is news from an initiative you follow:'),
        paragraph(excerpt),
        action('Read more', link),
        paragraph(`You receive this e-mail because you follow this initiative. No longer interested? Unsubscribe at ${unsubscribeLink}`),
      ],
      sender: tenantName,
    }),
  },
})
