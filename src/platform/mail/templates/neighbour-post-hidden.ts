import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface NeighbourPostHiddenParams {
  tenantName: string
  /** The poster's own title, so they know which post this is about. */
  postTitle: string
  /** Written by the coordinator who hid the post. */
  reason: string
  /** The post, which its poster can still open. */
  link: string
}

/** A coordinator hid someone's request or offer; the poster hears it from us, with the reason. */
export const neighbourPostHidden = defineMailTemplate<NeighbourPostHiddenParams>({
  requiredParams: ['tenantName', 'postTitle', 'reason', 'link'],
  content: {
    nl: ({ tenantName, postTitle, reason, link }) => ({
      subject: `Uw bericht \u201c${postTitle}\u201d is verborgen`,
      heading: 'Uw bericht is verborgen',
      blocks: [
        paragraph(`Een coördinator van ${tenantName} heeft uw bericht \u201c${postTitle}\u201d bij vraag en aanbod in de buurt verborgen. Andere bewoners zien het niet meer. U kunt het zelf nog wel bekijken.`),
        paragraph(`De reden: ${reason}`),
        action('Bekijk uw bericht', link),
        paragraph(`Bent u het er niet mee eens? Neem dan contact op met ${tenantName}.`),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, postTitle, reason, link }) => ({
      subject: `Your post \u201c${postTitle}\u201d has been hidden`,
      heading: 'Your post has been hidden',
      blocks: [
        paragraph(`A coordinator of ${tenantName} has hidden your post \u201c${postTitle}\u201d in neighbourhood requests and offers. Other residents no longer see it. You can still view it yourself.`),
        paragraph(`The reason: ${reason}`),
        action('View your post', link),
        paragraph(`Do you disagree? Then contact ${tenantName}.`),
      ],
      sender: tenantName,
    }),
  },
})
