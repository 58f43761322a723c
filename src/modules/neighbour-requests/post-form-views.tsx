import { ErrorSummary, Form, RadioGroup, Select, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import { categoryLabel } from './labels.ts'
import type { PostForm } from './post-form.ts'
import { LIMITS, postCategories } from './vocabulary.ts'

export interface PostFormPageProps {
  ctx: ViewContext
  form: PostForm
  areas: { slug: string; name: string }[]
  errors?: FieldError[]
  /** Set when changing an existing post. */
  postId?: number
}

/** Placing a new request or offer, or changing one: the same fields either way. */
export function PostFormPage({ ctx, form, areas, errors = [], postId }: PostFormPageProps) {
  const { t } = ctx
  const title = postId === undefined ? t('neighbourRequests.form.newTitle') : t('neighbourRequests.form.editTitle')
  return (
    <Shell ctx={ctx} title={title}>
      <div class="noaber-form-page">
        <p class="utrecht-paragraph">
          {postId === undefined
            ? <a class="utrecht-link" href="/buurtvragen">{t('neighbourRequests.back')}</a>
            : <a class="utrecht-link" href={`/buurtvragen/${postId}`}>{t('neighbourRequests.form.cancel')}</a>}
        </p>
        <h1 class="utrecht-heading-1">{title}</h1>
        <p class="utrecht-paragraph">{t('neighbourRequests.form.intro')}</p>
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action={postId === undefined ? '/buurtvragen/nieuw' : `/buurtvragen/${postId}/wijzigen`}>
          <RadioGroup
            name="kind"
            legend={t('neighbourRequests.form.kind')}
            value={form.kind}
            error={errorFor(errors, 'kind')}
            options={[
              { value: 'request', label: t('neighbourRequests.form.kind.request') },
              { value: 'offer', label: t('neighbourRequests.form.kind.offer') },
            ]}
          />
          <TextField name="title" required maxLength={LIMITS.title.max} label={t('neighbourRequests.form.title')} description={t('neighbourRequests.form.title.description')} value={form.title} error={errorFor(errors, 'title')} />
          <TextArea name="description" required rows={6} maxLength={LIMITS.description.max} label={t('neighbourRequests.form.description')} description={t('neighbourRequests.form.description.description')} value={form.description} error={errorFor(errors, 'description')} />
          <Select name="area" required label={t('neighbourRequests.form.area')} placeholder={t('neighbourRequests.form.area.placeholder')} value={form.area} error={errorFor(errors, 'area')} options={areas.map((area) => ({ value: area.slug, label: area.name }))} />
          <Select name="category" required label={t('neighbourRequests.form.category')} placeholder={t('neighbourRequests.form.category.placeholder')} value={form.category} error={errorFor(errors, 'category')} options={postCategories.map((category) => ({ value: category, label: t(categoryLabel[category]) }))} />
          <TextField name="neededBy" type="date" label={t('neighbourRequests.form.neededBy')} description={t('neighbourRequests.form.neededBy.description')} value={form.neededBy} error={errorFor(errors, 'neededBy')} />
          <SubmitButton>{postId === undefined ? t('neighbourRequests.form.submit') : t('neighbourRequests.form.save')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}
