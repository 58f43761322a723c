import type { ComponentChildren } from 'preact'
import { CSRF_FIELD } from '../auth/csrf.ts'
import type { ViewContext } from '../layout/view-context.ts'

export interface FieldError {
  field: string
  message: string
}

/** A form that posts back to us with its CSRF token. */
export function Form({ ctx, action, children, class: className, withFiles = false }: { ctx: ViewContext; action: string; children: ComponentChildren; class?: string; withFiles?: boolean }) {
  return (
    <form class={`utrecht-form ${className ?? ''}`.trim()} method="post" action={action} noValidate enctype={withFiles ? 'multipart/form-data' : undefined}>
      <input type="hidden" name={CSRF_FIELD} value={ctx.csrfToken} />
      {children}
    </form>
  )
}

/** Lists what is wrong at the top of a form, each linking to its field (WCAG 3.3.1). */
/** `idPrefix` must match the fields' prefix, so each message links to its own field when a page holds several forms. */
export function ErrorSummary({ ctx, errors, idPrefix = 'field' }: { ctx: ViewContext; errors: FieldError[]; idPrefix?: string }) {
  if (errors.length === 0) return null
  return (
    <div class="utrecht-alert utrecht-alert--error noaber-alert noaber-alert--error" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" class="utrecht-heading-3">{ctx.t('form.errorSummary')}</h2>
      <ul class="utrecht-unordered-list">
        {errors.map((error) => (
          <li>
            <a class="utrecht-link" href={`#${idPrefix}-${error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}

export function errorFor(errors: FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message
}

export interface TextFieldProps {
  name: string
  label: string
  description?: string
  value?: string
  error?: string
  type?: 'text' | 'email' | 'password' | 'tel' | 'search' | 'date' | 'number' | 'url'
  autocomplete?: string
  required?: boolean
  maxLength?: number
  /** Prefix of the element id; pages with several forms give each form its own, so ids stay unique. */
  idPrefix?: string
}

export function TextField({ name, label, description, value, error, type = 'text', autocomplete, required, maxLength, idPrefix = 'field' }: TextFieldProps) {
  const id = `${idPrefix}-${name}`
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
  return (
    <div class={`utrecht-form-field utrecht-form-field--text noaber-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>{label}</label>
      </div>
      {description ? <div class="utrecht-form-field-description" id={`${id}-description`}>{description}</div> : null}
      {error ? <div class="utrecht-form-field-error-message noaber-field__error" id={`${id}-error`}>{error}</div> : null}
      <div class="utrecht-form-field__input">
        <input
          class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
          id={id}
          name={name}
          type={type}
          value={value ?? ''}
          autocomplete={autocomplete}
          required={required}
          aria-required={required ? 'true' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy}
          maxLength={maxLength}
        />
      </div>
    </div>
  )
}

export interface CheckboxOption {
  value: string
  label: string
  checked: boolean
}

export function CheckboxGroup({ name, legend, options, error, idPrefix = 'field' }: { name: string; legend: string; options: CheckboxOption[]; error?: string; idPrefix?: string }) {
  return (
    <fieldset class={`utrecht-form-fieldset noaber-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`} id={`${idPrefix}-${name}`}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {error ? <div class="utrecht-form-field-error-message noaber-field__error">{error}</div> : null}
      {options.map((option) => {
        const id = `${idPrefix}-${name}-${option.value}`
        return (
          <div class="utrecht-form-field utrecht-form-field--checkbox noaber-checkbox">
            <input class="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={id} name={name} value={option.value} checked={option.checked} />
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>{option.label}</label>
          </div>
        )
      })}
    </fieldset>
  )
}

/** A submit button; with `name` and `value` a form with several buttons tells which one was pressed. */
export function SubmitButton({ children, variant = 'primary', name, value }: { children: ComponentChildren; variant?: 'primary' | 'secondary'; name?: string; value?: string }) {
  return (
    <button class={`utrecht-button utrecht-button--${variant}-action noaber-button noaber-button--${variant}`} type="submit" name={name} value={value}>
      {children}
    </button>
  )
}

export function Notice({ children, kind = 'info' }: { children: ComponentChildren; kind?: 'info' | 'ok' | 'warning' | 'error' }) {
  return (
    <div class={`utrecht-alert utrecht-alert--${kind} noaber-alert noaber-alert--${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  )
}

function describedBy(id: string, description?: string, error?: string): string | undefined {
  return [description ? `${id}-description` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined
}

function FieldFrame({ id, label, description, error, children, kind }: { id: string; label: string; description?: string; error?: string; children: ComponentChildren; kind: string }) {
  return (
    <div class={`utrecht-form-field utrecht-form-field--${kind} noaber-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>{label}</label>
      </div>
      {description ? <div class="utrecht-form-field-description" id={`${id}-description`}>{description}</div> : null}
      {error ? <div class="utrecht-form-field-error-message noaber-field__error" id={`${id}-error`}>{error}</div> : null}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  )
}

export function TextArea({ name, label, description, value, error, required, maxLength, rows = 6, idPrefix = 'field' }: Omit<TextFieldProps, 'type' | 'autocomplete'> & { rows?: number }) {
  const id = `${idPrefix}-${name}`
  return (
    <FieldFrame id={id} label={label} description={description} error={error} kind="textarea">
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea noaber-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        id={id}
        name={name}
        rows={rows}
        required={required}
        aria-required={required ? 'true' : undefined}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
        maxLength={maxLength}
      >
        {value ?? ''}
      </textarea>
    </FieldFrame>
  )
}

export interface SelectOption {
  value: string
  label: string
}

export function Select({ name, label, description, value, error, options, placeholder, required, idPrefix = 'field' }: { name: string; label: string; description?: string; value?: string; error?: string; options: SelectOption[]; placeholder?: string; required?: boolean; idPrefix?: string }) {
  const id = `${idPrefix}-${name}`
  return (
    <FieldFrame id={id} label={label} description={description} error={error} kind="select">
      <select
        class={`utrecht-select utrecht-select--html-select noaber-select${error ? ' utrecht-select--invalid' : ''}`}
        id={id}
        name={name}
        required={required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option value={option.value} selected={option.value === value}>{option.label}</option>
        ))}
      </select>
    </FieldFrame>
  )
}

export function RadioGroup({ name, legend, description, options, value, error, idPrefix = 'field' }: { name: string; legend: string; description?: string; options: SelectOption[]; value?: string; error?: string; idPrefix?: string }) {
  return (
    <fieldset class={`utrecht-form-fieldset noaber-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`} id={`${idPrefix}-${name}`}>
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {description ? <div class="utrecht-form-field-description">{description}</div> : null}
      {error ? <div class="utrecht-form-field-error-message noaber-field__error">{error}</div> : null}
      {options.map((option) => {
        const id = `${idPrefix}-${name}-${option.value}`
        return (
          <div class="utrecht-form-field utrecht-form-field--radio noaber-checkbox">
            <input class="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id={id} name={name} value={option.value} checked={option.value === value} />
            <label class="utrecht-form-label utrecht-form-label--radio" for={id}>{option.label}</label>
          </div>
        )
      })}
    </fieldset>
  )
}

export function FileField({ name, label, description, error, accept, idPrefix = 'field' }: { name: string; label: string; description?: string; error?: string; accept: string; idPrefix?: string }) {
  const id = `${idPrefix}-${name}`
  return (
    <FieldFrame id={id} label={label} description={description} error={error} kind="file">
      <input class="noaber-file" type="file" id={id} name={name} accept={accept} aria-invalid={error ? 'true' : undefined} aria-describedby={describedBy(id, description, error)} />
    </FieldFrame>
  )
}
