import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface BrokerAssignedParams {
  tenantName: string
  initiativeTitle: string
  brokerName: string
  /** The day by which the broker will have been in touch, written out in the reader's language. */
  firstContactBy: string
  link: string
}

/** Tells the initiator who their one contact at the municipality is, by name, and by when they hear from them. */
export const brokerAssigned = defineMailTemplate<BrokerAssignedParams>({
  requiredParams: ['tenantName', 'initiativeTitle', 'brokerName', 'firstContactBy', 'link'],
  content: {
    nl: ({ tenantName, initiativeTitle, brokerName, firstContactBy, link }) => ({
      subject: `${brokerName} is uw contactpersoon voor \u201c${initiativeTitle}\u201d`,
      heading: `Uw ruimtemaker: ${brokerName}`,
      blocks: [
        paragraph(`Uw initiatief \u201c${initiativeTitle}\u201d is bevestigd. ${brokerName} is vanaf nu uw vaste contactpersoon bij ${tenantName}.`),
        paragraph(`${brokerName} neemt uiterlijk ${firstContactBy} contact met u op.`),
        action('Bekijk uw initiatief', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, initiativeTitle, brokerName, firstContactBy, link }) => ({
      subject: `${brokerName} is your contact for \u201c${initiativeTitle}\u201d`,
      heading: `Your broker: ${brokerName}`,
      blocks: [
        paragraph(`Your initiative \u201c${initiativeTitle}\u201d has been confirmed. From now on ${brokerName} is your contact person at ${tenantName}.`),
        paragraph(`${brokerName} will contact you by ${firstContactBy} at the latest.`),
        action('View your initiative', link),
      ],
      sender: tenantName,
    }),
  },
})
