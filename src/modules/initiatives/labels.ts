import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { GovernmentRole, InitiativeStatus, InitiatorKind, NeedKind, PromiseStatus, PublicationState } from './vocabulary.ts'

export const statusLabel: Record<InitiativeStatus, MessageKey> = {
  unconfirmed: 'initiative.status.unconfirmed',
  new: 'initiative.status.new',
  inConversation: 'initiative.status.inConversation',
  underWay: 'initiative.status.underWay',
  realised: 'initiative.status.realised',
  stopped: 'initiative.status.stopped',
  referred: 'initiative.status.referred',
  withdrawn: 'initiative.status.withdrawn',
}

export const initiatorKindLabel: Record<InitiatorKind, MessageKey> = {
  resident: 'initiative.initiatorKind.resident',
  residentGroup: 'initiative.initiatorKind.residentGroup',
  entrepreneur: 'initiative.initiatorKind.entrepreneur',
  association: 'initiative.initiatorKind.association',
  school: 'initiative.initiatorKind.school',
  careOrganisation: 'initiative.initiatorKind.careOrganisation',
  other: 'initiative.initiatorKind.other',
}

export const needLabel: Record<NeedKind, MessageKey> = {
  contacts: 'initiative.need.contacts',
  advice: 'initiative.need.advice',
  rules: 'initiative.need.rules',
  space: 'initiative.need.space',
  money: 'initiative.need.money',
  volunteers: 'initiative.need.volunteers',
  knowledge: 'initiative.need.knowledge',
  materials: 'initiative.need.materials',
  publicity: 'initiative.need.publicity',
}

export const publicationLabel: Record<PublicationState, MessageKey> = {
  private: 'initiative.publication.private',
  pendingReview: 'initiative.publication.pendingReview',
  changesRequested: 'initiative.publication.changesRequested',
  published: 'initiative.publication.published',
  rejected: 'initiative.publication.rejected',
}

export const governmentRoleLabel: Record<GovernmentRole, MessageKey> = {
  letGo: 'initiative.role.letGo',
  facilitate: 'initiative.role.facilitate',
  stimulate: 'initiative.role.stimulate',
  direct: 'initiative.role.direct',
  regulate: 'initiative.role.regulate',
}

export const promiseStatusLabel: Record<PromiseStatus, MessageKey> = {
  open: 'promise.status.open',
  kept: 'promise.status.kept',
  renegotiated: 'promise.status.renegotiated',
  broken: 'promise.status.broken',
}
