import { Select, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { listingKindLabel } from './labels.ts'
import type { ListingValues } from './listing-form.ts'
import { LIMITS, listingKinds } from './vocabulary.ts'

/**
 * The fields of one offer or request. `prefix` names the fields (`request-2-kind`); `idPrefix`
 * keeps element ids unique when a page holds several listing forms.
 */
export function ListingFields({ ctx, values, errors, prefix = '', idPrefix = 'field', required = false }: { ctx: ViewContext; values: ListingValues; errors: FieldError[]; prefix?: string; idPrefix?: string; required?: boolean }) {
  const { t } = ctx
  const name = (part: string) => (prefix ? `${prefix}-${part}` : part)
  const request = values.type === 'request'
  return (
    <>
      <Select
        idPrefix={idPrefix}
        name={name('kind')}
        label={t('marketplace.listing.kind')}
        placeholder={t('marketplace.listing.kind.choose')}
        required={required}
        value={values.kind}
        error={errorFor(errors, name('kind'))}
        options={listingKinds.map((kind) => ({ value: kind, label: t(listingKindLabel[kind]) }))}
      />
      <TextArea
        idPrefix={idPrefix}
        name={name('description')}
        rows={2}
        maxLength={LIMITS.listingDescription}
        required={required}
        label={t(request ? 'marketplace.listing.request.description' : 'marketplace.listing.offer.description')}
        value={values.description}
        error={errorFor(errors, name('description'))}
      />
      <TextField
        idPrefix={idPrefix}
        name={name('value')}
        maxLength={15}
        label={`${t('marketplace.field.value')} ${t('form.optional')}`}
        description={t('marketplace.field.value.description')}
        value={values.value}
        error={errorFor(errors, name('value'))}
      />
      {request ? (
        <TextArea
          idPrefix={idPrefix}
          name={name('counterOffer')}
          rows={2}
          maxLength={LIMITS.counterOffer}
          required
          label={t('marketplace.listing.counterOffer')}
          description={t('marketplace.listing.counterOffer.description')}
          value={values.counterOffer}
          error={errorFor(errors, name('counterOffer'))}
        />
      ) : null}
    </>
  )
}
