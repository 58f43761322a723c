import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import { asFormBody } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit, type RateLimitRule } from '../../platform/rate-limit/rate-limit.ts'
import { contactRefusal, readContactForm } from '../messages/contact-form.tsx'
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX, startConversation } from '../messages/conversations.ts'
import { idParam } from '../../platform/http/route-ids.ts'
import { viewerOf } from './actor.ts'
import { ContactPage } from './contact-views.tsx'
import { findVisibleHelper } from './helper-queries.ts'
import { canSeeOrganisation, findOrganisation } from './organisation-queries.ts'

/** Writing to many strangers in a short time looks like spam; a person can still reach plenty of helpers in an hour. */
export const networkContactRateLimit: RateLimitRule = { name: 'network:contact', limit: 20, windowSeconds: 3600 }
const SLUG = /^[a-z0-9-]{1,80}$/

/** Whom a contact page writes to, and how the page names and links them. */
interface Recipient {
  personId: number | undefined
  name: string
  context: { kind: 'helper' | 'organisation'; id: number; url: string }
}

/**
 * "Contact this helper" and "contact this organisation": a message through Noaber's messages, so no
 * e-mail address is shown to anyone. Only for people who may see the helper or organisation.
 */
export function contactRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  async function helperRecipient(request: FastifyRequest): Promise<Recipient | undefined> {
    const id = idParam(request)
    const helper = id === undefined ? undefined : await findVisibleHelper(db, tenantOf(request).id, viewerOf(request), id)
    if (!helper) return undefined
    return { personId: helper.profile.person_id, name: helper.name || request.t('network.helper.anonymousName'), context: { kind: 'helper', id: helper.profile.id, url: `/helpers/${helper.profile.id}` } }
  }

  /** An organisation's messages go to its first contact person. */
  async function organisationRecipient(request: FastifyRequest): Promise<Recipient | undefined> {
    const slug = (request.params as { slug?: string }).slug ?? ''
    const detail = SLUG.test(slug) ? await findOrganisation(db, tenantOf(request).id, slug) : undefined
    if (!detail || !canSeeOrganisation(detail, viewerOf(request))) return undefined
    const first = detail.contacts.find((contact) => contact.accepted)
    return { personId: first?.personId, name: detail.organisation.name, context: { kind: 'organisation', id: detail.organisation.id, url: `/organisaties/${detail.organisation.slug}` } }
  }

  function routes(path: string, recipientOf: (request: FastifyRequest) => Promise<Recipient | undefined>) {
    const show = (request: FastifyRequest, reply: FastifyReply, recipient: Recipient, extra: Partial<Parameters<typeof ContactPage>[0]> = {}, status = 200) =>
      sendHtml(reply, ContactPage({ ctx: viewContext(request, reply), name: recipient.name, back: recipient.context.url, action: `${recipient.context.url}/contact`, ...extra }), status)
    const nobody = (request: FastifyRequest) => request.t('network.organisation.contact.nobody')

    app.get(path, signedIn, async (request, reply) => {
      const recipient = await recipientOf(request)
      if (!recipient) return sendError(request, reply, 404)
      const refusal = recipient.personId === undefined ? nobody(request) : recipient.personId === request.person!.id ? request.t(contactRefusal.self) : undefined
      return show(request, reply, recipient, { refusal })
    })

    app.post(path, signedIn, async (request, reply) => {
      const recipient = await recipientOf(request)
      if (!recipient) return sendError(request, reply, 404)
      const { values, errors } = readContactForm(asFormBody(request.body), request.t)
      if (errors.length > 0) return show(request, reply, recipient, { values: { subject: values.subject.slice(0, MESSAGE_SUBJECT_MAX), body: values.body.slice(0, MESSAGE_BODY_MAX) }, errors }, 400)
      if (recipient.personId === undefined) return show(request, reply, recipient, { values, refusal: nobody(request) }, 400)
      const tenantId = tenantOf(request).id
      const person = request.person!
      const now = clock.now()
      const limit = await hitRateLimit(db, networkContactRateLimit, `${tenantId}:${person.id}`, now)
      if (!limit.allowed) {
        reply.header('retry-after', String(limit.retryAfterSeconds))
        return show(request, reply, recipient, { values, refusal: request.t('network.contact.tooMany') }, 429)
      }
      const result = await startConversation(db, { tenantId, fromPersonId: person.id, toPersonId: recipient.personId, subject: values.subject, body: values.body, context: recipient.context }, now)
      if (result.ok) return reply.redirect(`/berichten/${result.conversationId}`, 303)
      return show(request, reply, recipient, { values, refusal: request.t(contactRefusal[result.reason]) }, 400)
    })
  }

  routes('/helpers/:id/contact', helperRecipient)
  routes('/organisaties/:slug/contact', organisationRecipient)
}
