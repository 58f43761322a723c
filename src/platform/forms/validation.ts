import type { Translate } from '../i18n/translate.ts'
import type { FieldError } from './fields.tsx'

export interface TextRule {
  required?: boolean
  /** Shortest acceptable length, when filled in. */
  min?: number
  max: number
}

/** Checks one text field against its rule and adds at most one message, in the reader's language. */
export function checkText(errors: FieldError[], t: Translate, field: string, value: string, rule: TextRule): void {
  if (!value) {
    if (rule.required) errors.push({ field, message: t('form.required') })
  } else if (value.length > rule.max) {
    errors.push({ field, message: t('form.tooLong', { max: rule.max }) })
  } else if (rule.min !== undefined && value.length < rule.min) {
    errors.push({ field, message: t('form.tooShort', { min: rule.min }) })
  }
}
