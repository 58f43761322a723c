import type { Locale } from '../i18n/locale.ts'
import { renderContent, type RenderedMail } from './mail-layout.tsx'
import type { MailTemplate } from './templates/mail-template.ts'
import { signInLink } from './templates/sign-in-link.ts'
import { staffInvitation } from './templates/staff-invitation.ts'
import { initiativeConfirmation } from './templates/initiative-confirmation.ts'
import { brokerAssigned } from './templates/broker-assigned.ts'
import { initiativeUpdate } from './templates/initiative-update.ts'
import { promiseDigest } from './templates/promise-digest.ts'
import { organisationInvitation } from './templates/organisation-invitation.ts'
import { neighbourPostHidden } from './templates/neighbour-post-hidden.ts'
import { messageReceived } from './templates/message-received.ts'
import { connectionRequest } from './templates/connection-request.ts'
import { connectionRequestAnswered } from './templates/connection-request-answered.ts'
import { connectionRequestWithdrawn } from './templates/connection-request-withdrawn.ts'
import { spaceBookingRequested } from './templates/space-booking-requested.ts'
import { spaceBookingAnswered } from './templates/space-booking-answered.ts'
import { spaceBookingCancelled } from './templates/space-booking-cancelled.ts'
import { spaceBookingRevoked } from './templates/space-booking-revoked.ts'
import { marketplaceFollowUp } from './templates/marketplace-follow-up.ts'

/**
 * Every mail Noaber sends. To add one: write `templates/<name>.ts` with `defineMailTemplate` (its text
 * in Dutch and English), and list it here; its parameters then become part of `MailTemplates`.
 */
const templates = {
  signInLink,
  staffInvitation,
  initiativeConfirmation,
  brokerAssigned,
  initiativeUpdate,
  promiseDigest,
  organisationInvitation,
  neighbourPostHidden,
  messageReceived,
  spaceBookingRequested,
  spaceBookingAnswered,
  spaceBookingCancelled,
  spaceBookingRevoked,
  connectionRequest,
  connectionRequestAnswered,
  connectionRequestWithdrawn,
  marketplaceFollowUp,
}

type ParamsOf<T> = T extends MailTemplate<infer P> ? P : never

/** Each template's name and the parameters it needs. */
export type MailTemplates = { [K in keyof typeof templates]: ParamsOf<(typeof templates)[K]> }
export type MailTemplateName = keyof MailTemplates

export type { RenderedMail }

export const mailTemplateNames = Object.keys(templates) as MailTemplateName[]

export function isMailTemplateName(value: unknown): value is MailTemplateName {
  return typeof value === 'string' && Object.hasOwn(templates, value)
}

/** Renders one mail: subject, plain text and HTML, in the given language. */
export function renderMail<T extends keyof MailTemplates>(template: T, locale: Locale, params: MailTemplates[T]): RenderedMail {
  const definition = templates[template] as MailTemplate<MailTemplates[T]>
  if (!definition) throw new Error(`unknown mail template '${String(template)}'`)
  const missing = definition.requiredParams.filter((name) => params == null || (params as unknown as Record<string, unknown>)[name] == null)
  if (missing.length > 0) throw new Error(`mail template '${template}' is missing ${missing.join(', ')}`)
  return renderContent(definition.content[locale](params), locale)
}
