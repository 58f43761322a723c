import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface ConnectionRequestWithdrawnParams {
  tenantName: string
  askerName: string
  initiativeTitle: string
  link: string
}

/** Tells a helper, organisation or space owner that a request they had not answered yet is no longer needed. */
export const connectionRequestWithdrawn = defineMailTemplate<ConnectionRequestWithdrawnParams>({
  requiredParams: ['tenantName', 'askerName', 'initiativeTitle', 'link'],
  content: {
    nl: ({ tenantName, askerName, initiativeTitle, link }) => ({
      subject: `De vraag voor \u201c${initiativeTitle}\u201d is ingetrokken`,
      heading: 'Vraag ingetrokken',
      blocks: [
        paragraph(`${askerName} heeft de vraag om hulp bij \u201c${initiativeTitle}\u201d ingetrokken. U hoeft er niets meer mee te doen.`),
        paragraph('Dank dat u op Noaber klaarstaat voor initiatieven in de buurt.'),
        action('Naar uw vragen', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, askerName, initiativeTitle, link }) => ({
      subject: `The request for \u201c${initiativeTitle}\u201d has been withdrawn`,
      heading: 'Request withdrawn',
      blocks: [
        paragraph(`${askerName} has withdrawn the request for help with \u201c${initiativeTitle}\u201d. There is nothing more you need to do.`),
        paragraph('Thank you for being ready on Noaber to help initiatives in the neighbourhood.'),
        action('Go to your requests', link),
      ],
      sender: tenantName,
    }),
  },
})
