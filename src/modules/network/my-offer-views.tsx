import { CheckboxGroup, ErrorSummary, Form, Notice, RadioGroup, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { localized, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AreaListing } from '../areas/area-repository.ts'
import { WHOLE_MUNICIPALITY, type HelperFormValues } from './helper-form.ts'
import type { HelperSummary } from './helper-queries.ts'
import { availabilityLabel, helperVisibilityLabel, nameShownLabel, timeLabel } from './labels.ts'
import type { SkillRow } from './network-tables.ts'
import {
  availabilities,
  HELPER_DESCRIPTION_MAX,
  helperVisibilities,
  MAX_HOURS_PER_MONTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  nameChoices,
  timeCommitments,
  type HelperVisibility,
} from './vocabulary.ts'

const visibilityHelp: Record<HelperVisibility, MessageKey> = {
  public: 'network.visibility.public.help',
  members: 'network.visibility.members.help',
  staff: 'network.visibility.staff.help',
  hidden: 'network.visibility.hidden.help',
}

/** The form as it starts: the stored profile, or sensible choices for a first offer. */
export function initialHelperValues(helper: HelperSummary | undefined): HelperFormValues {
  if (!helper) {
    return { skills: [], tags: '', description: '', areas: [], availability: [], time: '', hours: '', visibility: 'members', showContributions: true, nameShown: 'firstName' }
  }
  const { profile } = helper
  return {
    skills: helper.skills.map((skill) => String(skill.id)),
    tags: profile.tags.join(', '),
    description: profile.description,
    areas: profile.whole_municipality ? [WHOLE_MUNICIPALITY] : helper.areas.map((area) => String(area.id)),
    availability: profile.availability,
    time: profile.time_commitment,
    hours: profile.hours_per_month ? String(profile.hours_per_month) : '',
    visibility: profile.visibility,
    showContributions: profile.show_contributions,
    nameShown: profile.name_shown,
  }
}

export interface MyOfferPageProps {
  ctx: ViewContext
  helper: HelperSummary | undefined
  /** Active skills, plus retired ones already on the profile (they may stay). */
  skills: SkillRow[]
  areas: AreaListing[]
  values: HelperFormValues
  errors?: FieldError[]
  notice?: MessageKey
  /** The name the person gave in their profile; empty means helpers see "a neighbour". */
  displayName: string
  organisations: { slug: string; name: string; accepted_at: Date | null }[]
  deleteError?: string
}

/** `/mijn/hulpaanbod`: offering one's know-how, choosing who sees it; pausing or deleting it; one's organisations. */
export function MyOfferPage({ ctx, helper, skills, areas, values, errors = [], notice, displayName, organisations, deleteError }: MyOfferPageProps) {
  const { t, locale } = ctx
  const visibility = helper?.profile.visibility
  return (
    <Shell ctx={ctx} title={t('network.myOffer.title')}>
      <div class="noaber-form-page noaber-form-page--wide">
        <p class="utrecht-paragraph"><a class="utrecht-link" href="/mijn">{t('mine.title')}</a></p>
        <h1 class="utrecht-heading-1">{t('network.myOffer.title')}</h1>
        {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t('network.myOffer.intro')}</p>
        {helper ? (
          <p class="utrecht-paragraph">
            {visibility === 'hidden' ? t('network.myOffer.paused') : t('network.myOffer.status', { visibility: t(helperVisibilityLabel[helper.profile.visibility]).toLowerCase() })}{' '}
            <a class="utrecht-link" href={`/helpers/${helper.profile.id}`}>{t('network.myOffer.view')}</a>
          </p>
        ) : null}
        {displayName ? null : (
          <p class="utrecht-paragraph">
            {t('network.myOffer.noName')} <a class="utrecht-link" href="/mijn/profiel">{t('mine.profile')}</a>
          </p>
        )}
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action="/mijn/hulpaanbod">
          <CheckboxGroup
            name="skills"
            legend={t('network.helper.skills')}
            options={skills.map((skill) => ({ value: String(skill.id), label: localized(skill.name, locale), checked: values.skills.includes(String(skill.id)) }))}
            error={errorFor(errors, 'skills')}
          />
          <TextField
            name="tags"
            label={`${t('network.helper.tags')} ${t('form.optional')}`}
            description={t('network.helper.tags.description', { max: MAX_TAGS, length: MAX_TAG_LENGTH })}
            maxLength={500}
            value={values.tags}
            error={errorFor(errors, 'tags')}
          />
          <TextArea name="description" required rows={5} maxLength={HELPER_DESCRIPTION_MAX} label={t('network.helper.description')} description={t('network.helper.description.help', { max: HELPER_DESCRIPTION_MAX })} value={values.description} error={errorFor(errors, 'description')} />
          <CheckboxGroup
            name="areas"
            legend={t('network.helper.areas')}
            options={[
              { value: WHOLE_MUNICIPALITY, label: t('network.helper.wholeMunicipality'), checked: values.areas.includes(WHOLE_MUNICIPALITY) },
              ...areas.map((area) => ({ value: String(area.id), label: area.name, checked: values.areas.includes(String(area.id)) })),
            ]}
            error={errorFor(errors, 'areas')}
          />
          <CheckboxGroup
            name="availability"
            legend={t('network.helper.availability')}
            options={availabilities.map((value) => ({ value, label: t(availabilityLabel[value]), checked: values.availability.includes(value) }))}
            error={errorFor(errors, 'availability')}
          />
          <RadioGroup name="time" legend={t('network.helper.time')} options={timeCommitments.map((value) => ({ value, label: t(timeLabel[value]) }))} value={values.time} error={errorFor(errors, 'time')} />
          <TextField name="hours" type="number" label={`${t('network.helper.hours')} ${t('form.optional')}`} description={t('network.helper.hours.description', { max: MAX_HOURS_PER_MONTH })} value={values.hours} error={errorFor(errors, 'hours')} />
          <RadioGroup
            name="visibility"
            legend={t('network.helper.visibility')}
            description={t('network.helper.visibility.description')}
            options={helperVisibilities.map((value) => ({ value, label: `${t(helperVisibilityLabel[value])}: ${t(visibilityHelp[value])}` }))}
            value={values.visibility}
            error={errorFor(errors, 'visibility')}
          />
          <RadioGroup name="nameShown" legend={t('network.helper.nameShown')} options={nameChoices.map((value) => ({ value, label: t(nameShownLabel[value]) }))} value={values.nameShown} error={errorFor(errors, 'nameShown')} />
          <CheckboxGroup name="showContributions" legend={t('network.helper.showContributions.legend')} options={[{ value: 'yes', label: t('network.helper.showContributions'), checked: values.showContributions }]} />
          <SubmitButton>{helper ? t('network.myOffer.save') : t('network.myOffer.create')}</SubmitButton>
        </Form>

        {helper ? (
          <section class="noaber-case-section" aria-labelledby="pause-title">
            <h2 id="pause-title" class="utrecht-heading-2">{t('network.myOffer.pauseOrDelete')}</h2>
            {visibility === 'hidden' ? null : (
              <>
                <p class="utrecht-paragraph">{t('network.myOffer.pause.text')}</p>
                <Form ctx={ctx} action="/mijn/hulpaanbod/pauzeren">
                  <SubmitButton variant="secondary">{t('network.myOffer.pause')}</SubmitButton>
                </Form>
              </>
            )}
            <p class="utrecht-paragraph">{t('network.myOffer.delete.text')}</p>
            <Form ctx={ctx} action="/mijn/hulpaanbod/verwijderen">
              <CheckboxGroup idPrefix="delete" name="confirm" legend={t('network.myOffer.delete.legend')} options={[{ value: 'yes', label: t('network.myOffer.delete.confirm'), checked: false }]} error={deleteError} />
              <SubmitButton variant="secondary">{t('network.myOffer.delete')}</SubmitButton>
            </Form>
          </section>
        ) : null}

        <section class="noaber-case-section" aria-labelledby="organisations-title">
          <h2 id="organisations-title" class="utrecht-heading-2">{t('network.myOffer.organisations')}</h2>
          {organisations.length === 0 ? <p class="utrecht-paragraph">{t('network.myOffer.organisations.none')}</p> : null}
          <ul class="noaber-list">
            {organisations.map((organisation) => (
              <li>
                <a class="utrecht-link" href={`/organisaties/${organisation.slug}`}>{organisation.name}</a>
                {organisation.accepted_at ? null : <> <span class="noaber-tag">{t('network.organisation.contact.invited')}</span></>}
              </li>
            ))}
          </ul>
          <p class="utrecht-paragraph"><a class="utrecht-link" href="/organisaties/nieuw">{t('network.organisations.add')}</a></p>
        </section>
      </div>
    </Shell>
  )
}
