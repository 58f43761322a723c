import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface SpaceBookingCancelledParams {
  tenantName: string
  spaceName: string
  requesterName: string
  /** Day and times written out in the reader's language. */
  when: string
  /** The owner's overview of requests. */
  link: string
}

/** Tells a space's owner that an accepted booking was cancelled, so the time is free again. */
export const spaceBookingCancelled = defineMailTemplate<SpaceBookingCancelledParams>({
  requiredParams: ['tenantName', 'spaceName', 'requesterName', 'when', 'link'],
  content: {
    nl: ({ tenantName, spaceName, requesterName, when, link }) => ({
      subject: `Reservering afgezegd: \u201c${spaceName}\u201d`,
      heading: 'Een reservering is afgezegd',
      blocks: [
        paragraph(`${requesterName} heeft de reservering van \u201c${spaceName}\u201d op ${when} afgezegd. De ruimte is op dat moment weer vrij.`),
        action('Aanvragen bekijken', link),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, spaceName, requesterName, when, link }) => ({
      subject: `Booking cancelled: \u201c${spaceName}\u201d`,
      heading: 'A booking has been cancelled',
      blocks: [
        paragraph(`${requesterName} has cancelled the booking of \u201c${spaceName}\u201d on ${when}. The space is free again at that time.`),
        action('View requests', link),
      ],
      sender: tenantName,
    }),
  },
})
