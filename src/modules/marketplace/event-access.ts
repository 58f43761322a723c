import type { FastifyReply, FastifyRequest } from 'fastify'
import { sendError } from '../../platform/http/errors.ts'
import { redirectNotice } from '../../platform/http/redirect-notice.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { isOrganiser } from './actor.ts'
import { findEvent } from './event-queries.ts'
import type { MarketplaceEventRow } from './marketplace-tables.ts'

/**
 * The event named in the address, if this reader may see it: a draft only for coordinators and
 * admins. Otherwise a 404, as if it did not exist.
 */
export async function visibleEvent(deps: ModuleDeps, request: FastifyRequest, reply: FastifyReply): Promise<MarketplaceEventRow | undefined> {
  const slug = (request.params as { slug?: string }).slug ?? ''
  const event = await findEvent(deps.db, tenantOf(request).id, slug)
  if (!event || (event.status === 'draft' && !isOrganiser(request))) {
    await sendError(request, reply, 404)
    return undefined
  }
  return event
}

const notices: Record<string, MessageKey> = {
  aangemeld: 'marketplace.notice.registered',
  opgeslagen: 'marketplace.notice.saved',
  verwijderd: 'marketplace.notice.deleted',
  ingetrokken: 'marketplace.notice.withdrawn',
  aangemaakt: 'marketplace.notice.created',
  afspraak: 'marketplace.notice.agreement',
  'afspraak-gewijzigd': 'marketplace.notice.agreementChanged',
  'afspraak-verwijderd': 'marketplace.notice.agreementDeleted',
  bedankt: 'marketplace.notice.thanks',
}

/** The message named by `?bericht=` after a redirect, if it is one of ours. */
export function noticeOf(request: FastifyRequest): MessageKey | undefined {
  return redirectNotice(request, notices)
}
