import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, fieldList } from '../../platform/forms/form-body.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import { localized, type MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { listAreas } from '../areas/area-repository.ts'
import { idParam } from '../../platform/http/route-ids.ts'
import { viewerOf } from './actor.ts'
import { helperFormValues, validateHelperForm, type HelperFormValues } from './helper-form.ts'
import { findOwnHelperProfile, findVisibleHelper, helperContributions, listHelpers, type HelperSummary } from './helper-queries.ts'
import { deleteHelperProfile, pauseHelperProfile, saveHelperProfile } from './helper-service.ts'
import { HelperPage, HelpersPage, type HelperListFilters } from './helper-views.tsx'
import { availabilityLabel } from './labels.ts'
import { initialHelperValues, MyOfferPage } from './my-offer-views.tsx'
import { organisationsOfPerson } from './organisation-queries.ts'
import { listSkills } from './skills.ts'
import { availabilities } from './vocabulary.ts'

export const HELPERS_PAGE_SIZE = 24
const PAGE = /^\d{1,5}$/

const myOfferNotices: Record<string, MessageKey> = {
  opgeslagen: 'network.myOffer.saved',
  gepauzeerd: 'network.myOffer.pausedNotice',
  verwijderd: 'network.myOffer.deleted',
}

/** The helper directory, each helper's page, and a person's own offer at `/mijn/hulpaanbod`. */
export function helperRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  app.get('/helpers', { schema: { hide: true } }, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const query = request.query as Record<string, unknown>
    const text = (name: string) => (typeof query[name] === 'string' ? (query[name] as string).trim().slice(0, 100) : '')
    const [skills, areas] = await Promise.all([listSkills(db, tenantId), listAreas(db, tenantId)])
    // A value that is not one of the choices is ignored: the form can only send the choices.
    const skill = skills.find((candidate) => String(candidate.id) === text('vaardigheid'))
    const area = areas.find((candidate) => candidate.slug === text('wijk'))
    const availability = availabilities.find((value) => value === text('beschikbaar'))
    const filters: HelperListFilters = { vaardigheid: skill ? String(skill.id) : '', wijk: area?.slug ?? '', beschikbaar: availability ?? '' }
    const page = PAGE.test(text('pagina')) ? Math.max(1, Number(text('pagina'))) : 1
    const result = await listHelpers(db, tenantId, viewerOf(request), { skillId: skill?.id, areaId: area?.id, availability }, page, HELPERS_PAGE_SIZE)
    const choices = {
      skills: skills.map((row) => ({ value: String(row.id), label: localized(row.name, request.locale) })),
      areas: areas.map((row) => ({ value: row.slug, label: row.name })),
      availability: availabilities.map((value) => ({ value, label: request.t(availabilityLabel[value]) })),
    }
    return sendHtml(reply, HelpersPage({ ctx: viewContext(request, reply), filters, choices, items: result.items, total: result.total, page, pageSize: HELPERS_PAGE_SIZE }))
  })

  app.get('/helpers/:id', { schema: { hide: true } }, async (request, reply) => {
    const id = idParam(request)
    const tenantId = tenantOf(request).id
    const viewer = viewerOf(request)
    const helper = id === undefined ? undefined : await findVisibleHelper(db, tenantId, viewer, id)
    if (!helper) return sendError(request, reply, 404)
    const contributions = helper.profile.show_contributions ? await helperContributions(db, tenantId, helper.profile.person_id) : undefined
    return sendHtml(reply, HelperPage({ ctx: viewContext(request, reply), helper, contributions, own: viewer?.id === helper.profile.person_id }))
  })

  async function renderMyOffer(
    request: FastifyRequest,
    reply: FastifyReply,
    helper: HelperSummary | undefined,
    extra: { values?: HelperFormValues; errors?: FieldError[]; deleteError?: string } = {},
    status = 200,
  ) {
    const tenantId = tenantOf(request).id
    const person = request.person!
    const [allSkills, areas, organisations] = await Promise.all([listSkills(db, tenantId), listAreas(db, tenantId), organisationsOfPerson(db, tenantId, person.id)])
    const own = new Set(helper?.skills.map((skill) => skill.id))
    const notice = status === 200 ? myOfferNotices[(request.query as { bericht?: string }).bericht ?? ''] : undefined
    return sendHtml(
      reply,
      MyOfferPage({
        ctx: viewContext(request, reply),
        helper,
        skills: allSkills.filter((skill) => !skill.retired_at || own.has(skill.id)),
        areas,
        values: extra.values ?? initialHelperValues(helper),
        errors: extra.errors,
        deleteError: extra.deleteError,
        notice,
        displayName: person.displayName,
        organisations,
      }),
      status,
    )
  }

  app.get('/mijn/hulpaanbod', signedIn, async (request, reply) => renderMyOffer(request, reply, await findOwnHelperProfile(db, tenantOf(request).id, request.person!.id)))

  app.post('/mijn/hulpaanbod', signedIn, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const person = request.person!
    const [current, skills, areas] = await Promise.all([findOwnHelperProfile(db, tenantId, person.id), listSkills(db, tenantId), listAreas(db, tenantId)])
    const values = helperFormValues(asFormBody(request.body))
    const checked = validateHelperForm(values, { t: request.t, locale: request.locale, skills, areas, currentSkillIds: current?.skills.map((skill) => skill.id) ?? [] })
    if (!checked.input) {
      // Show back what was typed, but never more than the fields can hold.
      const shown = { ...values, description: values.description.slice(0, 1000), tags: values.tags.slice(0, 500), hours: values.hours.slice(0, 5) }
      return renderMyOffer(request, reply, current, { values: shown, errors: checked.errors }, 400)
    }
    await saveHelperProfile(db, tenantId, person.id, checked.input, clock.now())
    return reply.redirect('/mijn/hulpaanbod?bericht=opgeslagen', 303)
  })

  app.post('/mijn/hulpaanbod/pauzeren', signedIn, async (request, reply) => {
    if (!(await pauseHelperProfile(db, request.person!.id, clock.now()))) return sendError(request, reply, 404)
    return reply.redirect('/mijn/hulpaanbod?bericht=gepauzeerd', 303)
  })

  app.post('/mijn/hulpaanbod/verwijderen', signedIn, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const current = await findOwnHelperProfile(db, tenantId, request.person!.id)
    if (!current) return sendError(request, reply, 404)
    if (!fieldList(asFormBody(request.body), 'confirm').includes('yes')) {
      return renderMyOffer(request, reply, current, { deleteError: request.t('network.myOffer.delete.notConfirmed') }, 400)
    }
    await deleteHelperProfile(db, request.person!.id)
    return reply.redirect('/mijn/hulpaanbod?bericht=verwijderd', 303)
  })
}
