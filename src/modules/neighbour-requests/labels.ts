import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { CloseReason, PostCategory, PostKind, ReportReason } from './vocabulary.ts'

export const kindLabel: Record<PostKind, MessageKey> = {
  request: 'neighbourRequests.kind.request',
  offer: 'neighbourRequests.kind.offer',
}

export const categoryLabel: Record<PostCategory, MessageKey> = {
  chores: 'neighbourRequests.category.chores',
  lending: 'neighbourRequests.category.lending',
  transport: 'neighbourRequests.category.transport',
  company: 'neighbourRequests.category.company',
  shopping: 'neighbourRequests.category.shopping',
  garden: 'neighbourRequests.category.garden',
  computer: 'neighbourRequests.category.computer',
  other: 'neighbourRequests.category.other',
}

export const closeReasonLabel: Record<CloseReason, MessageKey> = {
  workedOut: 'neighbourRequests.closeReason.workedOut',
  noLongerNeeded: 'neighbourRequests.closeReason.noLongerNeeded',
}

export const reportReasonLabel: Record<ReportReason, MessageKey> = {
  spam: 'neighbourRequests.report.reason.spam',
  offensive: 'neighbourRequests.report.reason.offensive',
  unsafe: 'neighbourRequests.report.reason.unsafe',
  commercial: 'neighbourRequests.report.reason.commercial',
  other: 'neighbourRequests.report.reason.other',
}
