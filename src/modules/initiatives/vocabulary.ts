/** The fixed words of initiatives and case work; the same identifiers in database, code and API. */

export const initiativeStatuses = ['unconfirmed', 'new', 'inConversation', 'underWay', 'realised', 'stopped', 'referred', 'withdrawn'] as const
export type InitiativeStatus = (typeof initiativeStatuses)[number]
/** Where a case can go from each status; the end states only reopen through a new initiative. */
export const statusTransitions: Record<InitiativeStatus, InitiativeStatus[]> = {
  unconfirmed: [],
  new: ['inConversation', 'underWay', 'stopped', 'referred'],
  inConversation: ['underWay', 'realised', 'stopped', 'referred'],
  underWay: ['inConversation', 'realised', 'stopped', 'referred'],
  realised: [],
  stopped: [],
  referred: [],
  withdrawn: [],
}
export const endStatuses: InitiativeStatus[] = ['realised', 'stopped', 'referred']
/** Cases a broker still works on. */
export const openStatuses: InitiativeStatus[] = ['new', 'inConversation', 'underWay']

export const initiatorKinds = ['resident', 'residentGroup', 'entrepreneur', 'association', 'school', 'careOrganisation', 'other'] as const
export type InitiatorKind = (typeof initiatorKinds)[number]

export const needKinds = ['contacts', 'advice', 'rules', 'space', 'money', 'volunteers', 'knowledge', 'materials', 'publicity'] as const
export type NeedKind = (typeof needKinds)[number]
export const needStatuses = ['open', 'answered', 'notPossible'] as const
export type NeedStatus = (typeof needStatuses)[number]

export const publicationStates = ['private', 'pendingReview', 'changesRequested', 'published', 'rejected'] as const
export type PublicationState = (typeof publicationStates)[number]

/** The rungs of the government-participation ladder, from least to most government involvement. */
export const governmentRoles = ['letGo', 'facilitate', 'stimulate', 'direct', 'regulate'] as const
export type GovernmentRole = (typeof governmentRoles)[number]

export const promiseStatuses = ['open', 'kept', 'renegotiated', 'broken'] as const
export type PromiseStatus = (typeof promiseStatuses)[number]

export const journalKinds = ['note', 'contact', 'message', 'update'] as const
export type JournalKind = (typeof journalKinds)[number]
export const journalVisibilities = ['internal', 'shared', 'public'] as const
export type JournalVisibility = (typeof journalVisibilities)[number]

export const connectionKinds = ['person', 'organisation', 'initiative', 'department', 'fund', 'space', 'other'] as const
export type ConnectionKind = (typeof connectionKinds)[number]

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
}

/** Whether anyone may see an initiative: the initiator consented, a coordinator approved, and it was not withdrawn. */
export function isPublicInitiative(initiative: { publication: string; status: string }): boolean {
  return initiative.publication === 'published' && initiative.status !== 'unconfirmed' && initiative.status !== 'withdrawn'
}
