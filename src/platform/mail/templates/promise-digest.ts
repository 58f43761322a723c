import { action, defineMailTemplate, list, paragraph, type MailBlock } from './mail-template.ts'

export interface PromiseDigestItem {
  initiativeTitle: string
  /** What was promised, as the broker wrote it. */
  promise: string
  /** The due day, written out in the reader's language. */
  dueOn: string
  /** The case file. */
  link: string
}

export interface PromiseDigestGroup {
  /** The broker whose cases these are; null for cases nobody has been assigned to yet. */
  brokerName: string | null
  items: PromiseDigestItem[]
}

export interface PromiseDigestParams {
  tenantName: string
  /** `broker`: the reader's own cases; `coordinator`: every broker's overdue promises, grouped by broker. */
  audience: 'broker' | 'coordinator'
  /** The day of the digest, written out. */
  day: string
  /** Open promises past their due day: for a broker one group (their own), for a coordinator one per broker. */
  overdue: PromiseDigestGroup[]
  /** Open promises due in the next few working days (brokers only; empty for a coordinator). */
  dueSoon: PromiseDigestItem[]
  /** The caseload. */
  link: string
}

const count = (groups: PromiseDigestGroup[]) => groups.reduce((sum, group) => sum + group.items.length, 0)

const nlItem = (item: PromiseDigestItem) => `${item.initiativeTitle}: ${item.promise} (uiterlijk ${item.dueOn}) ${item.link}`
const enItem = (item: PromiseDigestItem) => `${item.initiativeTitle}: ${item.promise} (due ${item.dueOn}) ${item.link}`

function groupedBlocks(groups: PromiseDigestGroup[], item: (item: PromiseDigestItem) => string, unassigned: string): MailBlock[] {
  return groups.flatMap((group) => [paragraph(`${group.brokerName ?? unassigned} (${group.items.length}):`), list(group.items.map(item))])
}

/**
 * The morning overview on working days: a broker's promises that are overdue or nearly due, or, for
 * a coordinator, every broker's overdue promises. Only sent when there is something to report.
 */
export const promiseDigest = defineMailTemplate<PromiseDigestParams>({
  requiredParams: ['tenantName', 'audience', 'day', 'overdue', 'dueSoon', 'link'],
  content: {
    nl: ({ tenantName, audience, day, overdue, dueSoon, link }) => {
      const late = count(overdue)
      if (audience === 'coordinator') {
        return {
          subject: `${late} ${late === 1 ? 'belofte' : 'beloften'} over de datum`,
          heading: `Beloften over de datum op ${day}`,
          blocks: [
            paragraph('Deze beloften aan initiatiefnemers staan nog open terwijl de datum voorbij is. Misschien kunt u een collega helpen, of zijn ze al gedaan en alleen nog niet afgevinkt.'),
            ...groupedBlocks(overdue, nlItem, 'Nog niet toegewezen'),
            action('Naar de werkvoorraad', link),
          ],
          sender: tenantName,
        }
      }
      const parts = [late > 0 ? `${late} over de datum` : '', dueSoon.length > 0 ? `${dueSoon.length} binnenkort` : ''].filter(Boolean)
      return {
        subject: `Uw beloften: ${parts.join(', ')}`,
        heading: `Uw beloften op ${day}`,
        blocks: [
          ...(late > 0
            ? [paragraph('Over de datum. Houd de belofte alsnog, of spreek met de initiatiefnemer een nieuwe datum af:'), list(overdue.flatMap((group) => group.items).map(nlItem))]
            : []),
          ...(dueSoon.length > 0 ? [paragraph('Binnenkort aan de beurt:'), list(dueSoon.map(nlItem))] : []),
          action('Naar uw werkvoorraad', link),
          paragraph('U krijgt dit overzicht op werkdagen, alleen als er iets over de datum is of binnenkort afloopt.'),
        ],
        sender: tenantName,
      }
    },
    en: ({ tenantName, audience, day, overdue, dueSoon, link }) => {
      const late = count(overdue)
      if (audience === 'coordinator') {
        return {
          subject: `${late} overdue ${late === 1 ? 'promise' : 'promises'}`,
          heading: `Overdue promises on ${day}`,
          blocks: [
            paragraph('These promises to initiators are still open although their day has passed. Perhaps you can help a colleague, or they were done and just not ticked off yet.'),
            ...groupedBlocks(overdue, enItem, 'Not assigned yet'),
            action('Go to the caseload', link),
          ],
          sender: tenantName,
        }
      }
      const parts = [late > 0 ? `${late} overdue` : '', dueSoon.length > 0 ? `${dueSoon.length} due soon` : ''].filter(Boolean)
      return {
        subject: `Your promises: ${parts.join(', ')}`,
        heading: `Your promises on ${day}`,
        blocks: [
          ...(late > 0
            ? [paragraph('Overdue. Keep the promise after all, or agree a new day with the initiator:'), list(overdue.flatMap((group) => group.items).map(enItem))]
            : []),
          ...(dueSoon.length > 0 ? [paragraph('Coming up soon:'), list(dueSoon.map(enItem))] : []),
          action('Go to your caseload', link),
          paragraph('You get this overview on working days, only when something is overdue or coming up soon.'),
        ],
        sender: tenantName,
      }
    },
  },
})
