import type { FieldError } from '../../platform/forms/fields.tsx'
import { Notice } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { ContactForm, type ContactValues } from '../messages/contact-form.tsx'

export interface SpaceContactPageProps {
  ctx: ViewContext
  space: { id: number; name: string }
  values: ContactValues
  errors?: FieldError[]
  /** Why no message can be sent (the owner is the reader, or blocked them); the form is not shown then when it could never work. */
  refusal?: string
  showForm: boolean
}

/** Writing to a space's owner through Noaber: neither side sees the other's e-mail address. */
export function SpaceContactPage({ ctx, space, values, errors = [], refusal, showForm }: SpaceContactPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('spaces.contact.title', { name: space.name })}>
      <div class="noaber-form-page">
        <p class="utrecht-paragraph"><a class="utrecht-link" href={`/ruimtes/${space.id}`}>{space.name}</a></p>
        <h1 class="utrecht-heading-1">{t('spaces.contact.title', { name: space.name })}</h1>
        <p class="utrecht-paragraph">{t('spaces.contact.intro')}</p>
        {refusal ? <Notice kind="warning"><p class="utrecht-paragraph">{refusal}</p></Notice> : null}
        {showForm ? <ContactForm ctx={ctx} action={`/ruimtes/${space.id}/contact`} values={values} errors={errors} /> : null}
      </div>
    </Shell>
  )
}
