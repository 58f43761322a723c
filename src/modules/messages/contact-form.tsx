import { ErrorSummary, Form, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { field, type FormBody } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { formatNumber, type MessageKey, type Translate } from '../../platform/i18n/translate.ts'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { MESSAGE_BODY_MAX, MESSAGE_SUBJECT_MAX, type StartConversationResult } from './conversations.ts'

/*
 * The "send a message" form other modules put on their contact pages (a helper, an organisation, a
 * space). The page posts it to its own route, which checks that the person may contact what they
 * are looking at, reads the form with `readContactForm` and calls `startConversation`.
 */

export interface ContactValues {
  subject: string
  body: string
}

/** The form's fields as `startConversation` takes them, with a message per field that is not right. */
export function readContactForm(body: FormBody, t: Translate): { values: ContactValues; errors: FieldError[] } {
  const values = { subject: field(body, 'subject').replace(/\s+/g, ' '), body: field(body, 'body') }
  const errors: FieldError[] = []
  checkText(errors, t, 'subject', values.subject, { required: true, max: MESSAGE_SUBJECT_MAX })
  checkText(errors, t, 'body', values.body, { required: true, max: MESSAGE_BODY_MAX })
  return { values, errors }
}

/** What to tell the person when `startConversation` refuses. */
export const contactRefusal: Record<Extract<StartConversationResult, { ok: false }>['reason'], MessageKey> = {
  blocked: 'messages.refused.blocked',
  self: 'messages.refused.self',
  'unknown-recipient': 'messages.refused.unknownRecipient',
}

export interface ContactFormProps {
  ctx: ViewContext
  /** The calling module's own route that receives the form. */
  action: string
  values?: ContactValues
  errors?: FieldError[]
  /** Prefix of the field ids, when the page holds other forms too. */
  idPrefix?: string
}

export function ContactForm({ ctx, action, values = { subject: '', body: '' }, errors = [], idPrefix = 'contact' }: ContactFormProps) {
  const { t } = ctx
  return (
    <Form ctx={ctx} action={action} class="noaber-case-form">
      <ErrorSummary ctx={ctx} errors={errors} idPrefix={idPrefix} />
      <p class="utrecht-paragraph">{t('messages.form.privacy')}</p>
      <TextField idPrefix={idPrefix} name="subject" label={t('messages.form.subject')} required maxLength={MESSAGE_SUBJECT_MAX} value={values.subject} error={errorFor(errors, 'subject')} />
      <TextArea
        idPrefix={idPrefix}
        name="body"
        label={t('messages.form.body')}
        description={t('messages.form.body.description', { max: formatNumber(MESSAGE_BODY_MAX, ctx.locale) })}
        required
        rows={6}
        maxLength={MESSAGE_BODY_MAX}
        value={values.body}
        error={errorFor(errors, 'body')}
      />
      <SubmitButton>{t('messages.form.send')}</SubmitButton>
    </Form>
  )
}
