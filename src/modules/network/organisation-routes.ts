import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { hitRateLimit, type RateLimitRule } from '../../platform/rate-limit/rate-limit.ts'
import { AccountInputError, normaliseEmail } from '../accounts/account-service.ts'
import { listAreaBoundaries, listAreas } from '../areas/area-repository.ts'
import { idParam } from '../../platform/http/route-ids.ts'
import { actorOf, viewerOf } from './actor.ts'
import { offerKindLabel, organisationKindLabel } from './labels.ts'
import { EditOrganisationPage, emptyOrganisationValues, NewOrganisationPage } from './organisation-edit-views.tsx'
import { offerFormValues, organisationFormValues, validateOfferForm, validateOrganisationForm, type OrganisationFormValues } from './organisation-form.ts'
import { canEditOrganisation, canSeeOrganisation, findOrganisation, isContact, listPublicOrganisations, type OrganisationDetail } from './organisation-queries.ts'
import {
  acceptInvitation,
  addOffer,
  createOrganisation,
  deleteOffer,
  inviteContact,
  removeContact,
  setOrganisationVisibility,
  updateOffer,
  updateOrganisation,
} from './organisation-service.ts'
import { OrganisationPage, OrganisationsPage, type OrganisationListFilters } from './organisation-views.tsx'
import { isNetworkKeeper } from './visibility.ts'
import { offerKinds, organisationKinds } from './vocabulary.ts'

export const ORGANISATIONS_PAGE_SIZE = 24
const PAGE = /^\d{1,5}$/
const SLUG = /^[a-z0-9-]{1,80}$/
const ROLE_TITLE_MAX = 80

/** Nobody adds dozens of organisations a day; a script that tries is stopped. */
export const organisationCreationRateLimit: RateLimitRule = { name: 'organisation:create', limit: 10, windowSeconds: 24 * 3600 }
/** Looking up addresses one by one to learn who has an account is slow on purpose. */
export const contactInvitationRateLimit: RateLimitRule = { name: 'organisation:invite', limit: 20, windowSeconds: 3600 }

const pageNotices: Record<string, MessageKey> = {
  toegevoegd: 'network.organisation.added',
  aangenomen: 'network.organisation.invitation.accepted',
  verlaten: 'network.organisation.contact.left',
}
const editNotices: Record<string, MessageKey> = {
  opgeslagen: 'network.organisation.saved',
  aanbod: 'network.offer.saved',
  uitgenodigd: 'network.organisation.contact.invitedNotice',
  verwijderd: 'network.organisation.contact.removed',
  zichtbaarheid: 'network.organisation.visibility.saved',
}

/** Organisations: the public directory and pages, and what their contact persons (and coordinators) keep up to date. */
export function organisationRoutes(app: FastifyInstance, { db, clock, config }: ModuleDeps): void {
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  /** The organisation of the address if this person may see it; otherwise a 404 that looks like any unknown address. */
  async function visibleOrganisation(request: FastifyRequest, reply: FastifyReply): Promise<OrganisationDetail | undefined> {
    const slug = (request.params as { slug?: string }).slug ?? ''
    const detail = SLUG.test(slug) ? await findOrganisation(db, tenantOf(request).id, slug) : undefined
    if (!detail || !canSeeOrganisation(detail, viewerOf(request))) {
      await sendError(request, reply, 404)
      return undefined
    }
    return detail
  }

  /** As `visibleOrganisation`, and refused (403) to someone who may see it but is not one of its keepers. */
  async function editableOrganisation(request: FastifyRequest, reply: FastifyReply): Promise<OrganisationDetail | undefined> {
    const detail = await visibleOrganisation(request, reply)
    if (!detail) return undefined
    if (!canEditOrganisation(detail, viewerOf(request))) {
      await sendError(request, reply, 403)
      return undefined
    }
    return detail
  }

  app.get('/organisaties', { schema: { hide: true } }, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const query = request.query as Record<string, unknown>
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim().slice(0, 100) : '')
    const areas = await listAreas(db, tenantId)
    const kind = organisationKinds.find((value) => value === text('soort'))
    const offerKind = offerKinds.find((value) => value === text('aanbod'))
    const area = areas.find((candidate) => candidate.slug === text('wijk'))
    const filters: OrganisationListFilters = { soort: kind ?? '', aanbod: offerKind ?? '', wijk: area?.slug ?? '' }
    const page = PAGE.test(text('pagina')) ? Math.max(1, Number(text('pagina'))) : 1
    const result = await listPublicOrganisations(db, tenantId, { kind, offerKind, areaId: area?.id }, page, ORGANISATIONS_PAGE_SIZE)
    const t = request.t
    const choices = {
      kinds: organisationKinds.map((value) => ({ value, label: t(organisationKindLabel[value]) })),
      offers: offerKinds.map((value) => ({ value, label: t(offerKindLabel[value]) })),
      areas: areas.map((row) => ({ value: row.slug, label: row.name })),
    }
    return sendHtml(reply, OrganisationsPage({ ctx: viewContext(request, reply), filters, choices, items: result.items, total: result.total, page, pageSize: ORGANISATIONS_PAGE_SIZE }))
  })

  async function newForm(request: FastifyRequest, reply: FastifyReply, values: OrganisationFormValues, roleTitle: string, errors: FieldError[] = [], status = 200) {
    const areas = await listAreas(db, tenantOf(request).id)
    return sendHtml(reply, NewOrganisationPage({ ctx: viewContext(request, reply), areas, values, roleTitle, errors }), status)
  }

  app.get('/organisaties/nieuw', signedIn, async (request, reply) => newForm(request, reply, emptyOrganisationValues, ''))

  app.post('/organisaties/nieuw', signedIn, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const body = asFormBody(request.body)
    const values = organisationFormValues(body)
    const roleTitle = field(body, 'roleTitle')
    const checked = validateOrganisationForm(values, request.t, await listAreaBoundaries(db, tenantId))
    const errors = [...checked.errors]
    checkText(errors, request.t, 'roleTitle', roleTitle, { max: ROLE_TITLE_MAX })
    if (!checked.input || errors.length > 0) return newForm(request, reply, values, roleTitle.slice(0, ROLE_TITLE_MAX), errors, 400)
    const limit = await hitRateLimit(db, organisationCreationRateLimit, `${tenantId}:${request.person!.id}`, clock.now())
    if (!limit.allowed) {
      reply.header('retry-after', String(limit.retryAfterSeconds))
      return newForm(request, reply, values, roleTitle, [{ field: 'name', message: request.t('network.organisation.tooMany') }], 429)
    }
    const { slug } = await createOrganisation(db, actorOf(request), checked.input, roleTitle, clock.now())
    return reply.redirect(`/organisaties/${slug}?bericht=toegevoegd`, 303)
  })

  app.get('/organisaties/:slug', { schema: { hide: true } }, async (request, reply) => {
    const detail = await visibleOrganisation(request, reply)
    if (!detail) return reply
    const viewer = viewerOf(request)
    const invited = !!viewer && detail.contacts.some((contact) => contact.personId === viewer.id && !contact.accepted)
    const notice = pageNotices[(request.query as { bericht?: string }).bericht ?? '']
    return sendHtml(
      reply,
      OrganisationPage({ ctx: viewContext(request, reply), detail, canEdit: canEditOrganisation(detail, viewer), invited, ownOrganisation: isContact(detail, viewer), notice }),
    )
  })

  async function renderEdit(request: FastifyRequest, reply: FastifyReply, detail: OrganisationDetail, extra: { failedForm?: string; values?: Record<string, string>; errors?: FieldError[] } = {}, status = 200) {
    const areas = await listAreas(db, tenantOf(request).id)
    const notice = status === 200 ? editNotices[(request.query as { bericht?: string }).bericht ?? ''] : undefined
    return sendHtml(reply, EditOrganisationPage({ ctx: viewContext(request, reply), detail, areas, canHide: isNetworkKeeper(viewerOf(request)), notice, ...extra }), status)
  }

  const editBase = (detail: OrganisationDetail) => `/organisaties/${detail.organisation.slug}/bewerken`

  app.get('/organisaties/:slug/bewerken', signedIn, async (request, reply) => {
    const detail = await editableOrganisation(request, reply)
    if (!detail) return reply
    return renderEdit(request, reply, detail)
  })

  app.post('/organisaties/:slug/bewerken', signedIn, async (request, reply) => {
    const detail = await editableOrganisation(request, reply)
    if (!detail) return reply
    const values = organisationFormValues(asFormBody(request.body))
    const checked = validateOrganisationForm(values, request.t, await listAreaBoundaries(db, tenantOf(request).id))
    if (!checked.input) return renderEdit(request, reply, detail, { failedForm: 'details', values: { ...values, description: values.description.slice(0, 3000) }, errors: checked.errors }, 400)
    await updateOrganisation(db, actorOf(request), detail.organisation.id, checked.input, clock.now())
    return reply.redirect(`${editBase(detail)}?bericht=opgeslagen`, 303)
  })

  app.post('/organisaties/:slug/aanbod', signedIn, async (request, reply) => {
    const detail = await editableOrganisation(request, reply)
    if (!detail) return reply
    const values = offerFormValues(asFormBody(request.body))
    const checked = validateOfferForm(values, request.t)
    if (!checked.input) return renderEdit(request, reply, detail, { failedForm: 'offer-new', values: offerShown(values), errors: checked.errors }, 400)
    await addOffer(db, detail.organisation.id, checked.input, clock.now())
    return reply.redirect(`${editBase(detail)}?bericht=aanbod#offers-title`, 303)
  })

  function offerShown(values: { kind: string; description: string; active: boolean }): Record<string, string> {
    return { kind: values.kind, description: values.description.slice(0, 500), active: values.active ? 'yes' : '' }
  }

  app.post('/organisaties/:slug/aanbod/:offerId', signedIn, async (request, reply) => {
    const detail = await editableOrganisation(request, reply)
    if (!detail) return reply
    const offerId = idParam(request, 'offerId')
    if (offerId === undefined || !detail.offers.some((offer) => offer.id === offerId)) return sendError(request, reply, 404)
    const values = offerFormValues(asFormBody(request.body))
    const checked = validateOfferForm(values, request.t)
    if (!checked.input) return renderEdit(request, reply, detail, { failedForm: `offer-${offerId}`, values: offerShown(values), errors: checked.errors }, 400)
    await updateOffer(db, detail.organisation.id, offerId, checked.input, clock.now())
    return reply.redirect(`${editBase(detail)}?bericht=aanbod#offers-title`, 303)
  })

  app.post('/organisaties/:slug/aanbod/:offerId/verwijderen', signedIn, async (request, reply) => {
    const detail = await editableOrganisation(request, reply)
    if (!detail) return reply
    const offerId = idParam(request, 'offerId')
    if (offerId === undefined || !(await deleteOffer(db, detail.organisation.id, offerId))) return sendError(request, reply, 404)
    return reply.redirect(`${editBase(detail)}?bericht=aanbod#offers-title`, 303)
  })

  app.post('/organisaties/:slug/contactpersonen', signedIn, async (request, reply) => {
    const detail = await editableOrganisation(request, reply)
    if (!detail) return reply
    const tenant = tenantOf(request)
    const body = asFormBody(request.body)
    const values = { email: field(body, 'email').slice(0, 254), roleTitle: field(body, 'roleTitle') }
    const errors: FieldError[] = []
    let email = ''
    try {
      email = normaliseEmail(values.email)
    } catch (error) {
      if (!(error instanceof AccountInputError)) throw error
      errors.push({ field: 'email', message: request.t(values.email ? 'form.email' : 'form.required') })
    }
    checkText(errors, request.t, 'roleTitle', values.roleTitle, { max: ROLE_TITLE_MAX })
    if (errors.length === 0) {
      const person = request.person!
      const limit = await hitRateLimit(db, contactInvitationRateLimit, `${tenant.id}:${person.id}`, clock.now())
      if (!limit.allowed) {
        reply.header('retry-after', String(limit.retryAfterSeconds))
        return renderEdit(request, reply, detail, { failedForm: 'contact', values, errors: [{ field: 'email', message: request.t('network.organisation.contact.tooMany') }] }, 429)
      }
      const outcome = await inviteContact(db, {
        tenant: { id: tenant.id, name: tenant.name },
        organisation: { id: detail.organisation.id, name: detail.organisation.name, slug: detail.organisation.slug },
        email,
        roleTitle: values.roleTitle,
        inviter: { id: person.id, name: person.displayName || tenant.name },
        locale: request.locale,
        baseUrl: config.baseUrl,
        now: clock.now(),
      })
      if (outcome === 'invited') return reply.redirect(`${editBase(detail)}?bericht=uitgenodigd#contacts-title`, 303)
      errors.push({ field: 'email', message: request.t(outcome === 'noAccount' ? 'network.organisation.contact.noAccount' : 'network.organisation.contact.already') })
    }
    return renderEdit(request, reply, detail, { failedForm: 'contact', values: { ...values, roleTitle: values.roleTitle.slice(0, ROLE_TITLE_MAX) }, errors }, 400)
  })

  app.post('/organisaties/:slug/contactpersonen/:personId/verwijderen', signedIn, async (request, reply) => {
    const detail = await editableOrganisation(request, reply)
    if (!detail) return reply
    const personId = idParam(request, 'personId')
    if (personId === undefined) return sendError(request, reply, 404)
    const outcome = await removeContact(db, detail.organisation.id, personId)
    if (outcome === 'notFound') return sendError(request, reply, 404)
    if (outcome === 'last') return renderEdit(request, reply, detail, { failedForm: 'contact', values: {}, errors: [{ field: 'email', message: request.t('network.organisation.contact.last') }] }, 400)
    // Someone who removed themselves may no longer keep the organisation: back to its page.
    if (personId === request.person!.id && !isNetworkKeeper(viewerOf(request))) return reply.redirect(`/organisaties/${detail.organisation.slug}?bericht=verlaten`, 303)
    return reply.redirect(`${editBase(detail)}?bericht=verwijderd#contacts-title`, 303)
  })

  app.post('/organisaties/:slug/uitnodiging/aannemen', signedIn, async (request, reply) => {
    const detail = await visibleOrganisation(request, reply)
    if (!detail) return reply
    if (!(await acceptInvitation(db, detail.organisation.id, request.person!.id, clock.now()))) return sendError(request, reply, 404)
    return reply.redirect(`/organisaties/${detail.organisation.slug}?bericht=aangenomen`, 303)
  })

  app.post('/organisaties/:slug/uitnodiging/afslaan', signedIn, async (request, reply) => {
    const detail = await visibleOrganisation(request, reply)
    if (!detail) return reply
    const viewer = request.person!
    if (!detail.contacts.some((contact) => contact.personId === viewer.id && !contact.accepted)) return sendError(request, reply, 404)
    await removeContact(db, detail.organisation.id, viewer.id)
    // The organisation may have been hidden: its public page might no longer be theirs to see.
    return reply.redirect(detail.organisation.visibility === 'public' ? `/organisaties/${detail.organisation.slug}` : '/mijn/hulpaanbod', 303)
  })

  app.post('/organisaties/:slug/zichtbaarheid', signedIn, async (request, reply) => {
    const detail = await visibleOrganisation(request, reply)
    if (!detail) return reply
    if (!isNetworkKeeper(viewerOf(request))) return sendError(request, reply, 403)
    const visibility = field(asFormBody(request.body), 'visibility')
    if (visibility !== 'public' && visibility !== 'hidden') return sendError(request, reply, 400)
    await setOrganisationVisibility(db, actorOf(request), detail.organisation.id, visibility, clock.now())
    return reply.redirect(`${editBase(detail)}?bericht=zichtbaarheid`, 303)
  })
}
