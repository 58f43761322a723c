import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { Availability, HelperVisibility, NameShown, OfferKind, OrganisationKind, TimeCommitment } from './vocabulary.ts'

export const availabilityLabel: Record<Availability, MessageKey> = {
  weekdayDaytime: 'network.availability.weekdayDaytime',
  weekdayEvening: 'network.availability.weekdayEvening',
  weekend: 'network.availability.weekend',
}

export const timeLabel: Record<TimeCommitment, MessageKey> = {
  once: 'network.time.once',
  nowAndThen: 'network.time.nowAndThen',
  regularly: 'network.time.regularly',
}

export const helperVisibilityLabel: Record<HelperVisibility, MessageKey> = {
  public: 'network.visibility.public',
  members: 'network.visibility.members',
  staff: 'network.visibility.staff',
  hidden: 'network.visibility.hidden',
}

export const nameShownLabel: Record<NameShown, MessageKey> = {
  firstName: 'network.nameShown.firstName',
  fullName: 'network.nameShown.fullName',
}

export const organisationKindLabel: Record<OrganisationKind, MessageKey> = {
  club: 'network.organisationKind.club',
  business: 'network.organisationKind.business',
  careAndWelfare: 'network.organisationKind.careAndWelfare',
  school: 'network.organisationKind.school',
  church: 'network.organisationKind.church',
  foundation: 'network.organisationKind.foundation',
  other: 'network.organisationKind.other',
}

export const offerKindLabel: Record<OfferKind, MessageKey> = {
  money: 'network.offerKind.money',
  materials: 'network.offerKind.materials',
  people: 'network.offerKind.people',
  rooms: 'network.offerKind.rooms',
  expertise: 'network.offerKind.expertise',
}
