import { ErrorSummary, Form, Notice, SubmitButton, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { SkillRow } from './network-tables.ts'
import { SKILL_NAME_MAX, suggestedSkills } from './skills.ts'

export interface SkillsPageProps {
  ctx: ViewContext
  skills: SkillRow[]
  /** How many helper profiles carry each skill, by skill id. */
  usage: Map<number, number>
  notice?: MessageKey
  /** The form that failed: 'new' or `skill-<id>`, with what was typed and what is wrong. */
  failedForm?: string
  values?: { nl: string; en: string }
  errors?: FieldError[]
}

function NameFields({ ctx, prefix, values, errors }: { ctx: ViewContext; prefix: string; values: { nl: string; en: string }; errors: FieldError[] }) {
  const { t } = ctx
  return (
    <>
      <TextField idPrefix={prefix} name="nl" required maxLength={SKILL_NAME_MAX} label={t('network.skills.nameNl')} value={values.nl} error={errorFor(errors, 'nl')} />
      <TextField idPrefix={prefix} name="en" maxLength={SKILL_NAME_MAX} label={`${t('network.skills.nameEn')} ${t('form.optional')}`} value={values.en} error={errorFor(errors, 'en')} />
    </>
  )
}

/** The skills helpers choose from: coordinators add, rename and retire them. */
export function SkillsPage({ ctx, skills, usage, notice, failedForm, values, errors = [] }: SkillsPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('network.skills.title')}>
      <h1 class="utrecht-heading-1">{t('network.skills.title')}</h1>
      <p class="utrecht-paragraph">{t('network.skills.intro')}</p>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {failedForm ? <ErrorSummary ctx={ctx} errors={errors} idPrefix={failedForm} /> : null}
      {skills.length === 0 ? (
        <section class="noaber-case-section" aria-labelledby="suggested-title">
          <h2 id="suggested-title" class="utrecht-heading-2">{t('network.skills.empty')}</h2>
          <p class="utrecht-paragraph">{t('network.skills.suggested.text', { count: suggestedSkills.length })}</p>
          <Form ctx={ctx} action="/beheer/vaardigheden/voorgestelde-lijst">
            <SubmitButton>{t('network.skills.suggested.button')}</SubmitButton>
          </Form>
        </section>
      ) : (
        <ul class="noaber-list">
          {skills.map((skill) => {
            const prefix = `skill-${skill.id}`
            const failed = failedForm === prefix
            return (
              <li class="noaber-card">
                <h2 class="utrecht-heading-3">
                  {skill.name.nl}
                  {skill.name.en ? <span lang="en"> ({skill.name.en})</span> : null}{' '}
                  {skill.retired_at ? <span class="noaber-tag">{t('network.skills.retired')}</span> : null}
                </h2>
                <p class="noaber-card__meta">{t('network.skills.usage', { count: usage.get(skill.id) ?? 0 })}</p>
                <details class="noaber-details" open={failed}>
                  <summary>{t('network.skills.rename', { name: skill.name.nl })}</summary>
                  <Form ctx={ctx} action={`/beheer/vaardigheden/${skill.id}`} class="noaber-case-form">
                    <NameFields ctx={ctx} prefix={prefix} values={failed && values ? values : skill.name} errors={failed ? errors : []} />
                    <SubmitButton variant="secondary">{t('network.skills.save')}</SubmitButton>
                  </Form>
                </details>
                <Form ctx={ctx} action={`/beheer/vaardigheden/${skill.id}/${skill.retired_at ? 'terugzetten' : 'intrekken'}`}>
                  <SubmitButton variant="secondary">{t(skill.retired_at ? 'network.skills.restore' : 'network.skills.retire', { name: skill.name.nl })}</SubmitButton>
                </Form>
              </li>
            )
          })}
        </ul>
      )}
      <section class="noaber-case-section" aria-labelledby="new-skill-title">
        <h2 id="new-skill-title" class="utrecht-heading-2">{t('network.skills.add')}</h2>
        <Form ctx={ctx} action="/beheer/vaardigheden" class="noaber-case-form">
          <NameFields ctx={ctx} prefix="new" values={failedForm === 'new' && values ? values : { nl: '', en: '' }} errors={failedForm === 'new' ? errors : []} />
          <SubmitButton>{t('network.skills.addButton')}</SubmitButton>
        </Form>
      </section>
    </Shell>
  )
}
