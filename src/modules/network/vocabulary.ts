/** The fixed words of the network: the same identifiers in database, code and API. */

/** Who may see a helper profile: everyone, signed-in people, staff who match, or nobody (paused). */
export const helperVisibilities = ['public', 'members', 'staff', 'hidden'] as const
export type HelperVisibility = (typeof helperVisibilities)[number]

export const availabilities = ['weekdayDaytime', 'weekdayEvening', 'weekend'] as const
export type Availability = (typeof availabilities)[number]

export const timeCommitments = ['once', 'nowAndThen', 'regularly'] as const
export type TimeCommitment = (typeof timeCommitments)[number]

export const nameChoices = ['firstName', 'fullName'] as const
export type NameShown = (typeof nameChoices)[number]

export const organisationKinds = ['club', 'business', 'careAndWelfare', 'school', 'church', 'foundation', 'other'] as const
export type OrganisationKind = (typeof organisationKinds)[number]

/** What an organisation can give, standing: the offer types matching compares with an initiative's needs. */
export const offerKinds = ['money', 'materials', 'people', 'rooms', 'expertise'] as const
export type OfferKind = (typeof offerKinds)[number]

export const organisationVisibilities = ['public', 'hidden'] as const
export type OrganisationVisibility = (typeof organisationVisibilities)[number]

export const MAX_TAGS = 10
export const MAX_TAG_LENGTH = 30
export const HELPER_DESCRIPTION_MAX = 1000
export const HELPER_DESCRIPTION_MIN = 10
export const MAX_HOURS_PER_MONTH = 160
