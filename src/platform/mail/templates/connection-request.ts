import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface ConnectionRequestParams {
  tenantName: string
  askerName: string
  initiativeTitle: string
  need: string
  message: string
  link: string
}

/** Asks a helper, organisation or space owner whether they will help an initiative with one need. */
export const connectionRequest = defineMailTemplate<ConnectionRequestParams>({
  requiredParams: ['tenantName', 'askerName', 'initiativeTitle', 'need', 'message', 'link'],
  content: {
    nl: ({ tenantName, askerName, initiativeTitle, need, message, link }) => ({
      subject: `Wilt u helpen bij \u201c${initiativeTitle}\u201d?`,
      heading: 'Een vraag om hulp',
      blocks: [
        paragraph(`${askerName} vraagt of u het initiatief \u201c${initiativeTitle}\u201d wilt helpen met: ${need.toLowerCase()}.`),
        paragraph(message),
        paragraph('U kunt ja of nee zeggen op Noaber. Nee zeggen mag altijd; u hoeft geen reden te geven.'),
        action('Bekijk de vraag', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, askerName, initiativeTitle, need, message, link }) => ({
      subject: `Would you help \u201c${initiativeTitle}\u201d?`,
      heading: 'A request for help',
      blocks: [
        paragraph(`${askerName} asks whether you would help the initiative \u201c${initiativeTitle}\u201d with: ${need.toLowerCase()}.`),
        paragraph(message),
        paragraph('You can say yes or no on Noaber. Saying no is always fine; you need not give a reason.'),
        action('View the request', link),
      ],
      sender: tenantName,
    }),
  },
})
