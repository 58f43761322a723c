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
  /** The earliest due of the group's promises; `total` counts them all. */
  items: PromiseDigestItem[]
  total: number
}

export interface PromiseDigestParams {
  tenantName: string
  /** `broker`: the reader's own cases; `coordinator`: every broker's overdue promises, grouped by broker. */
  audience: 'broker' | 'coordinator'
  /** The day of the digest, written out. */
  day: string
  /** Open promises past their due day: for a broker one group (their own), for a coordinator one per broker. */
  overdue: PromiseDigestGroup[]
  /** Open promises due in the next few working days (brokers only; none for a coordinator). */
  dueSoon: PromiseDigestGroup
  /** The caseload. */
  link: string
}

const count = (groups: PromiseDigestGroup[]) => groups.reduce((sum, group) => sum + group.total, 0)

const nlItem = (item: PromiseDigestItem) => `${item.initiativeTitle}: ${item.promise} (uiterlijk ${item.dueOn}) ${item.link}`
const enItem = (item: PromiseDigestItem) => `${item.initiativeTitle}: ${item.promise} (due ${item.dueOn}) ${item.link}`

/** The listed promises, and a line for those left out of the mail. */
function itemBlocks(group: PromiseDigestGroup, item: (item: PromiseDigestItem) => string, more: (count: number) => string): MailBlock[] {
  const left = group.total - group.items.length
  return [list(group.items.map(item)), ...(left > 0 ? [paragraph(more(left))] : [])]
}

function groupedBlocks(groups: PromiseDigestGroup[], item: (item: PromiseDigestItem) => string, unassigned: string, more: (count: number) => string): MailBlock[] {
  return groups.flatMap((group) => [paragraph(`${group.brokerName ?? unassigned} (${group.total}):`), ...itemBlocks(group, item, more)])
}

const nlMore = (left: number) => `En nog ${left}; zie de werkvoorraad.`
const enMore = (left: number) => `And ${left} more; see the caseload.`

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
            ...groupedBlocks(overdue, nlItem, 'Nog niet toegewezen', nlMore),
            action('Naar de werkvoorraad', link),
          ],
          sender: tenantName,
        }
      }
      const parts = [late > 0 ? `${late} over de datum` : '', dueSoon.total > 0 ? `${dueSoon.total} binnenkort` : ''].filter(Boolean)
      return {
        subject: `Uw beloften: ${parts.join(', ')}`,
        heading: `Uw beloften op ${day}`,
        blocks: [
          ...(late > 0
            ? [paragraph('Over de datum. Houd de belofte alsnog, of spreek met de initiatiefnemer een nieuwe datum af:'), ...overdue.flatMap((group) => itemBlocks(group, nlItem, nlMore))]
            : []),
          ...(dueSoon.total > 0 ? [paragraph('Binnenkort aan de beurt:'), ...itemBlocks(dueSoon, nlItem, nlMore)] : []),
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
            ...groupedBlocks(overdue, enItem, 'Not assigned yet', enMore),
            action('Go to the caseload', link),
          ],
          sender: tenantName,
        }
      }
      const parts = [late > 0 ? `${late} overdue` : '', dueSoon.total > 0 ? `${dueSoon.total} due soon` : ''].filter(Boolean)
      return {
        subject: `Your promises: ${parts.join(', ')}`,
        heading: `Your promises on ${day}`,
        blocks: [
          ...(late > 0
            ? [paragraph('Overdue. Keep the promise after all, or agree a new day with the initiator:'), ...overdue.flatMap((group) => itemBlocks(group, enItem, enMore))]
            : []),
          ...(dueSoon.total > 0 ? [paragraph('Coming up soon:'), ...itemBlocks(dueSoon, enItem, enMore)] : []),
          action('Go to your caseload', link),
          paragraph('You get this overview on working days, only when something is overdue or coming up soon.'),
        ],
        sender: tenantName,
      }
    },
  },
})
