import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface OrganisationInvitationParams {
  tenantName: string
  organisationName: string
  inviterName: string
  /** The organisation's page, where the invited person accepts or declines. */
  link: string
}

/** Asks someone whether they want to be a contact person of an organisation; nothing changes until they say yes. */
export const organisationInvitation = defineMailTemplate<OrganisationInvitationParams>({
  requiredParams: ['tenantName', 'organisationName', 'inviterName', 'link'],
  content: {
    nl: ({ tenantName, organisationName, inviterName, link }) => ({
      subject: `Wilt u contactpersoon zijn van \u201c${organisationName}\u201d?`,
      heading: `Uitnodiging van ${organisationName}`,
      blocks: [
        paragraph(`${inviterName} vraagt of u contactpersoon wilt zijn van \u201c${organisationName}\u201d op het platform van ${tenantName}. Als contactpersoon kunt u de gegevens en het aanbod van de organisatie bijhouden, en krijgt u de berichten van mensen die de organisatie willen spreken.`),
        paragraph('Log in en open de pagina van de organisatie om de uitnodiging aan te nemen of af te slaan. Doet u niets, dan verandert er niets.'),
        action('Bekijk de uitnodiging', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, organisationName, inviterName, link }) => ({
      subject: `Would you like to be a contact for \u201c${organisationName}\u201d?`,
      heading: `Invitation from ${organisationName}`,
      blocks: [
        paragraph(`${inviterName} asks whether you would like to be a contact person for \u201c${organisationName}\u201d on the platform of ${tenantName}. As a contact person you can keep the organisation\u2019s details and offers up to date, and you receive the messages of people who want to reach the organisation.`),
        paragraph('Sign in and open the organisation\u2019s page to accept or decline the invitation. If you do nothing, nothing changes.'),
        action('View the invitation', link),
      ],
      sender: tenantName,
    }),
  },
})
