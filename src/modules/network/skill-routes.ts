import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireRoles } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { idParam } from '../../platform/http/route-ids.ts'
import { actorOf } from './actor.ts'
import { SkillsPage } from './skill-views.tsx'
import { addSkill, addSuggestedSkills, listSkills, renameSkill, setSkillRetired, SKILL_NAME_MAX, SKILL_NAME_MIN, skillUsage } from './skills.ts'

const notices: Record<string, MessageKey> = {
  toegevoegd: 'network.skills.added',
  opgeslagen: 'network.skills.saved',
  ingetrokken: 'network.skills.retiredNotice',
  teruggezet: 'network.skills.restored',
  lijst: 'network.skills.suggested.added',
}

/** `/beheer/vaardigheden`: the list of skills helpers choose from, kept by coordinators and admins. */
export function skillRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const keepers = { preHandler: requireRoles('coordinator', 'admin'), schema: { hide: true } }

  async function render(request: FastifyRequest, reply: FastifyReply, extra: { failedForm?: string; values?: { nl: string; en: string }; errors?: FieldError[] } = {}, status = 200) {
    const tenantId = tenantOf(request).id
    const [skills, usage] = await Promise.all([listSkills(db, tenantId), skillUsage(db, tenantId)])
    const notice = notices[(request.query as { bericht?: string }).bericht ?? '']
    return sendHtml(reply, SkillsPage({ ctx: viewContext(request, reply), skills, usage, notice: status === 200 ? notice : undefined, ...extra }), status)
  }

  function readName(request: FastifyRequest): { values: { nl: string; en: string }; errors: FieldError[] } {
    const body = asFormBody(request.body)
    const values = { nl: field(body, 'nl').replace(/\s+/g, ' '), en: field(body, 'en').replace(/\s+/g, ' ') }
    const errors: FieldError[] = []
    checkText(errors, request.t, 'nl', values.nl, { required: true, min: SKILL_NAME_MIN, max: SKILL_NAME_MAX })
    checkText(errors, request.t, 'en', values.en, { min: SKILL_NAME_MIN, max: SKILL_NAME_MAX })
    return { values, errors }
  }

  app.get('/beheer/vaardigheden', keepers, async (request, reply) => render(request, reply))

  app.post('/beheer/vaardigheden', keepers, async (request, reply) => {
    const { values, errors } = readName(request)
    if (errors.length === 0) {
      if ((await addSkill(db, actorOf(request), values)) === 'added') return reply.redirect('/beheer/vaardigheden?bericht=toegevoegd', 303)
      errors.push({ field: 'nl', message: request.t('network.skills.duplicate', { name: values.nl }) })
    }
    return render(request, reply, { failedForm: 'new', values, errors }, 400)
  })

  app.post('/beheer/vaardigheden/voorgestelde-lijst', keepers, async (request, reply) => {
    await addSuggestedSkills(db, tenantOf(request).id, actorOf(request))
    return reply.redirect('/beheer/vaardigheden?bericht=lijst', 303)
  })

  app.post('/beheer/vaardigheden/:id', keepers, async (request, reply) => {
    const id = idParam(request)
    if (id === undefined) return sendError(request, reply, 404)
    const { values, errors } = readName(request)
    if (errors.length === 0) {
      const outcome = await renameSkill(db, actorOf(request), id, values)
      if (outcome === 'notFound') return sendError(request, reply, 404)
      if (outcome === 'saved') return reply.redirect('/beheer/vaardigheden?bericht=opgeslagen', 303)
      errors.push({ field: 'nl', message: request.t('network.skills.duplicate', { name: values.nl }) })
    }
    const exists = (await listSkills(db, tenantOf(request).id)).some((skill) => skill.id === id)
    if (!exists) return sendError(request, reply, 404)
    return render(request, reply, { failedForm: `skill-${id}`, values, errors }, 400)
  })

  for (const [path, retired] of [['intrekken', true], ['terugzetten', false]] as const) {
    app.post(`/beheer/vaardigheden/:id/${path}`, keepers, async (request, reply) => {
      const id = idParam(request)
      if (id === undefined || !(await setSkillRetired(db, actorOf(request), id, retired, clock.now()))) return sendError(request, reply, 404)
      return reply.redirect(`/beheer/vaardigheden?bericht=${retired ? 'ingetrokken' : 'teruggezet'}`, 303)
    })
  }
}
