import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface ConnectionRequestAnsweredParams {
  tenantName: string
  partyName: string
  initiativeTitle: string
  decision: 'accepted' | 'declined'
  /** What the party wrote with their answer; may be empty. */
  answer: string
  link: string
}

/** Tells whoever asked how the helper, organisation or space owner answered. */
export const connectionRequestAnswered = defineMailTemplate<ConnectionRequestAnsweredParams>({
  requiredParams: ['tenantName', 'partyName', 'initiativeTitle', 'decision', 'link'],
  content: {
    nl: ({ tenantName, partyName, initiativeTitle, decision, answer, link }) => ({
      subject: decision === 'accepted' ? `${partyName} helpt \u201c${initiativeTitle}\u201d` : `${partyName} kan \u201c${initiativeTitle}\u201d niet helpen`,
      heading: decision === 'accepted' ? 'Ja, ik help mee' : 'Helaas niet',
      blocks: [
        paragraph(decision === 'accepted'
          ? `${partyName} heeft ja gezegd op uw vraag voor \u201c${initiativeTitle}\u201d. De verbinding staat nu bij het initiatief.`
          : `${partyName} heeft nee gezegd op uw vraag voor \u201c${initiativeTitle}\u201d. Misschien past een van de andere suggesties.`),
        ...(answer ? [paragraph(answer)] : []),
        action('Naar het initiatief', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, partyName, initiativeTitle, decision, answer, link }) => ({
      subject: decision === 'accepted' ? `${partyName} will help \u201c${initiativeTitle}\u201d` : `${partyName} cannot help \u201c${initiativeTitle}\u201d`,
      heading: decision === 'accepted' ? 'Yes, I will help' : 'Sorry, not this time',
      blocks: [
        paragraph(decision === 'accepted'
          ? `${partyName} said yes to your request for \u201c${initiativeTitle}\u201d. The connection is now recorded with the initiative.`
          : `${partyName} said no to your request for \u201c${initiativeTitle}\u201d. One of the other suggestions may fit.`),
        ...(answer ? [paragraph(answer)] : []),
        action('Go to the initiative', link),
      ],
      sender: tenantName,
    }),
  },
})
