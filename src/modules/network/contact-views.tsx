import type { FieldError } from '../../platform/forms/fields.tsx'
import { Notice } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { ContactForm, type ContactValues } from '../messages/contact-form.tsx'

export interface ContactPageProps {
  ctx: ViewContext
  /** Who the message goes to, as the page names them: a helper's shown name or an organisation's name. */
  name: string
  /** The page of the helper or organisation, to go back to. */
  back: string
  action: string
  values?: ContactValues
  errors?: FieldError[]
  /** Why the message could not be sent, already in the reader's language. */
  refusal?: string
}

/** Writing to a helper or an organisation: the message goes through Noaber, so nobody's e-mail address is shown. */
export function ContactPage({ ctx, name, back, action, values, errors, refusal }: ContactPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('network.contact.title', { name })}>
      <div class="noaber-form-page">
        <p class="utrecht-paragraph"><a class="utrecht-link" href={back}>{t('network.contact.back', { name })}</a></p>
        <h1 class="utrecht-heading-1">{t('network.contact.title', { name })}</h1>
        {refusal ? <Notice kind="error"><p class="utrecht-paragraph">{refusal}</p></Notice> : null}
        <p class="utrecht-paragraph">{t('network.contact.intro')}</p>
        <ContactForm ctx={ctx} action={action} values={values} errors={errors} />
      </div>
    </Shell>
  )
}
