/** The fixed words of small requests and offers between neighbours; the same identifiers in database, code and addresses. */

export const postKinds = ['request', 'offer'] as const
export type PostKind = (typeof postKinds)[number]

/** Our own short list of what neighbours ask and offer each other. */
export const postCategories = ['chores', 'lending', 'transport', 'company', 'shopping', 'garden', 'computer', 'other'] as const
export type PostCategory = (typeof postCategories)[number]

export const closeReasons = ['workedOut', 'noLongerNeeded'] as const
export type CloseReason = (typeof closeReasons)[number]

export const reportReasons = ['spam', 'offensive', 'unsafe', 'commercial', 'other'] as const
export type ReportReason = (typeof reportReasons)[number]

export const reportStatuses = ['open', 'dismissed', 'upheld'] as const
export type ReportStatus = (typeof reportStatuses)[number]

export const LIMITS = {
  title: { min: 3, max: 100 },
  description: { max: 2000 },
  response: { max: 1000 },
  reportNote: { max: 1000 },
  hideReason: { min: 10, max: 1000 },
  /** How far ahead a "needed by" date may lie. */
  neededByDaysAhead: 365,
} as const

/** A closed post stays on the list, marked closed, this long; then only its poster, responders and coordinators find it. */
export const CLOSED_LISTED_DAYS = 30
