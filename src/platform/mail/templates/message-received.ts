import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface MessageReceivedParams {
  tenantName: string
  /** The conversation in Noaber; the reader signs in on the way if needed. */
  link: string
}

/**
 * Someone sent the reader a private message in Noaber. The mail deliberately carries nothing a person
 * wrote (no message, subject or sender name): see src/modules/messages/notification.ts.
 */
export const messageReceived = defineMailTemplate<MessageReceivedParams>({
  requiredParams: ['tenantName', 'link'],
  content: {
    nl: ({ tenantName, link }) => ({
      subject: `U heeft een nieuw bericht bij ${tenantName}`,
      heading: 'U heeft een nieuw bericht',
      blocks: [
        paragraph(`Iemand heeft u een bericht gestuurd via de website van ${tenantName}. U leest het bericht op de website, en u kunt daar ook antwoorden. Uw e-mailadres blijft voor de ander verborgen.`),
        action('Lees het bericht', link),
        paragraph('Komen er in dit gesprek meer berichten bij voordat u het gelezen heeft? Dan krijgt u daarover geen extra e-mail.'),
        paragraph('Wilt u geen berichten meer van deze persoon? Open het gesprek en kies "Blokkeren". Antwoorden op deze e-mail kan niet.'),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, link }) => ({
      subject: `You have a new message at ${tenantName}`,
      heading: 'You have a new message',
      blocks: [
        paragraph(`Someone sent you a message through the ${tenantName} website. You read the message on the website, and you can reply there too. Your e-mail address stays hidden from the other person.`),
        action('Read the message', link),
        paragraph('If more messages arrive in this conversation before you have read it, you will not get another e-mail about them.'),
        paragraph('No longer want messages from this person? Open the conversation and choose "Block". Replying to this e-mail is not possible.'),
      ],
      sender: tenantName,
    }),
  },
})
