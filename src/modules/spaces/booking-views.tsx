import { ErrorSummary, Form, Notice, Select, SubmitButton, TextArea, TextField, errorFor, type FieldError } from '../../platform/forms/fields.tsx'
import { formatNumber, type MessageKey } from '../../platform/i18n/translate.ts'
import { Shell } from '../../platform/layout/shell.tsx'
import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { BookingListItem, RequestForOwner } from './booking-service.ts'
import { bookingStatusLabel } from './labels.ts'
import { formatBookingTime } from './local-time.ts'
import type { OwnSpace, SpaceDetail } from './space-queries.ts'
import { OpeningHours } from './space-views.tsx'
import { LIMITS } from './vocabulary.ts'

export interface BookingFormValues {
  date: string
  from: string
  to: string
  people: string
  purpose: string
  initiative: string
}

export interface BookingPageProps {
  ctx: ViewContext
  space: SpaceDetail
  form: BookingFormValues
  initiatives: { id: number; title: string }[]
  taken: { startsAt: Date; endsAt: Date }[]
  errors?: FieldError[]
}

/** Asking to use a space: when, how many people and what for; the opening hours and taken times beside it. */
export function BookingPage({ ctx, space, form, initiatives, taken, errors = [] }: BookingPageProps) {
  const { t, locale } = ctx
  return (
    <Shell ctx={ctx} title={t('spaces.book.title', { name: space.name })}>
      <div class="noaber-form-page noaber-form-page--wide">
        <p class="utrecht-paragraph"><a class="utrecht-link" href={`/ruimtes/${space.id}`}>{space.name}</a></p>
        <h1 class="utrecht-heading-1">{t('spaces.book.title', { name: space.name })}</h1>
        <p class="utrecht-paragraph utrecht-paragraph--lead">{t('spaces.book.intro', { count: formatNumber(space.capacity, locale) })}</p>
        <OpeningHours ctx={ctx} space={space} />
        {taken.length > 0 ? (
          <>
            <h2 class="utrecht-heading-3">{t('spaces.taken.heading')}</h2>
            <ul class="utrecht-unordered-list">{taken.map((booking) => <li>{formatBookingTime(booking.startsAt, booking.endsAt, locale)}</li>)}</ul>
          </>
        ) : null}
        <ErrorSummary ctx={ctx} errors={errors} />
        <Form ctx={ctx} action={`/ruimtes/${space.id}/reserveren`}>
          <TextField name="date" type="date" required label={t('spaces.book.date')} description={t('spaces.book.date.description')} value={form.date} error={errorFor(errors, 'date')} />
          <div class="noaber-filter-form">
            <TextField name="from" required maxLength={5} label={t('spaces.form.from')} description={t('spaces.form.time.description')} value={form.from} error={errorFor(errors, 'from')} />
            <TextField name="to" required maxLength={5} label={t('spaces.form.to')} description={t('spaces.form.time.description')} value={form.to} error={errorFor(errors, 'to')} />
          </div>
          <TextField name="people" type="number" required maxLength={5} label={t('spaces.book.people')} value={form.people} error={errorFor(errors, 'people')} />
          <TextArea name="purpose" rows={4} required maxLength={LIMITS.purpose} label={t('spaces.book.purpose')} description={t('spaces.book.purpose.description')} value={form.purpose} error={errorFor(errors, 'purpose')} />
          {initiatives.length > 0 ? (
            <Select
              name="initiative"
              label={`${t('spaces.book.initiative')} ${t('form.optional')}`}
              placeholder={t('spaces.book.initiative.none')}
              value={form.initiative}
              error={errorFor(errors, 'initiative')}
              options={initiatives.map((initiative) => ({ value: String(initiative.id), label: initiative.title }))}
            />
          ) : null}
          <SubmitButton>{t('spaces.book.submit')}</SubmitButton>
        </Form>
      </div>
    </Shell>
  )
}

function BookingFacts({ ctx, booking }: { ctx: ViewContext; booking: BookingListItem }) {
  const { t, locale } = ctx
  return (
    <dl class="noaber-facts">
      <div><dt>{t('spaces.book.when')}</dt><dd>{formatBookingTime(booking.startsAt, booking.endsAt, locale)}</dd></div>
      <div><dt>{t('spaces.book.people')}</dt><dd>{formatNumber(booking.peopleCount, locale)}</dd></div>
      {booking.initiativeTitle ? <div><dt>{t('spaces.book.initiative')}</dt><dd>{booking.initiativeTitle}</dd></div> : null}
    </dl>
  )
}

export interface MySpacesPageProps {
  ctx: ViewContext
  spaces: OwnSpace[]
  requests: RequestForOwner[]
  now: Date
  notice?: MessageKey
  /** A refused answer: which request, and why. */
  /** A refused answer to one booking: what was wrong, and the reason as typed, to correct rather than retype. */
  refusal?: BookingRefusal
  anonymousName: string
}

/** The owner's spaces and the requests for them: the ones that await an answer first. */
export interface BookingRefusal {
  bookingId: number
  errors: FieldError[]
  reason?: string
}

export function MySpacesPage({ ctx, spaces, requests, now, notice, refusal, anonymousName }: MySpacesPageProps) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('spaces.mine.title')}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/mijn">{t('mine.title')}</a></p>
      <h1 class="utrecht-heading-1">{t('spaces.mine.title')}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {refusal ? <ErrorSummary ctx={ctx} errors={refusal.errors} idPrefix={`booking-${refusal.bookingId}`} /> : null}
      <h2 class="utrecht-heading-2">{t('spaces.mine.spaces')}</h2>
      {spaces.length === 0 ? <p class="utrecht-paragraph">{t('spaces.mine.noSpaces')}</p> : (
        <ul class="noaber-list">
          {spaces.map((space) => (
            <li class="noaber-card">
              <h3 class="utrecht-heading-3"><a class="utrecht-link" href={`/ruimtes/${space.id}`}>{space.name}</a></h3>
              <p class="noaber-card__meta">
                {space.areaName} · <span class="noaber-tag">{space.hidden ? t('spaces.visibility.hidden') : t(space.visibility === 'listed' ? 'spaces.visibility.listed.short' : 'spaces.visibility.unlisted.short')}</span>
              </p>
              <p class="utrecht-paragraph"><a class="utrecht-link" href={`/ruimtes/${space.id}/bewerken`}>{t('spaces.edit.action')}</a></p>
            </li>
          ))}
        </ul>
      )}
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/ruimtes/nieuw">{t('spaces.directory.offer')}</a></p>

      <h2 class="utrecht-heading-2">{t('spaces.mine.requests')}</h2>
      {requests.length === 0 ? <p class="utrecht-paragraph">{t('spaces.mine.noRequests')}</p> : (
        <ul class="noaber-list">
          {requests.map((request) => {
            const open = request.status === 'pending' && request.startsAt.getTime() > now.getTime()
            const prefix = `booking-${request.id}`
            const refused = refusal?.bookingId === request.id ? refusal : undefined
            const errors = refused?.errors ?? []
            return (
              <li class="noaber-card" id={prefix}>
                <h3 class="utrecht-heading-3">
                  {request.spaceName} <span class="noaber-tag">{t(bookingStatusLabel[request.status])}</span>
                </h3>
                <p class="noaber-card__meta">{t('spaces.mine.requestedBy', { name: request.requesterName || anonymousName })}</p>
                <BookingFacts ctx={ctx} booking={request} />
                <p class="utrecht-paragraph noaber-prewrap">{request.purpose}</p>
                {request.decisionReason ? <p class="utrecht-paragraph">{t('spaces.booking.reason', { reason: request.decisionReason })}</p> : null}
                {open && request.conflicts ? <Notice kind="warning"><p class="utrecht-paragraph">{t('spaces.mine.conflicts')}</p></Notice> : null}
                {open ? (
                  <div class="noaber-actions">
                    {request.conflicts ? null : (
                      <Form ctx={ctx} action={`/mijn/ruimtes/reserveringen/${request.id}/accepteren`}>
                        <SubmitButton>{t('spaces.mine.accept')}</SubmitButton>
                      </Form>
                    )}
                    <details class="noaber-details" open={errors.length > 0}>
                      <summary>{t('spaces.mine.decline')}</summary>
                      <Form ctx={ctx} action={`/mijn/ruimtes/reserveringen/${request.id}/afwijzen`} class="noaber-case-form">
                        <TextArea idPrefix={prefix} name="reason" rows={3} maxLength={LIMITS.decisionReason} label={`${t('spaces.mine.declineReason')} ${t('form.optional')}`} value={refused?.reason} error={errorFor(errors, 'reason')} />
                        <SubmitButton variant="secondary">{t('spaces.mine.declineSubmit')}</SubmitButton>
                      </Form>
                    </details>
                  </div>
                ) : null}
                {request.status === 'accepted' && request.endsAt.getTime() > now.getTime() ? (
                  <details class="noaber-details" open={errors.length > 0}>
                    <summary>{t('spaces.mine.revoke')}</summary>
                    <Form ctx={ctx} action={`/mijn/ruimtes/reserveringen/${request.id}/intrekken`} class="noaber-case-form">
                      <TextArea idPrefix={prefix} name="reason" rows={3} required maxLength={LIMITS.decisionReason} label={t('spaces.mine.revokeReason')} description={t('spaces.mine.revokeHelp')} value={refused?.reason} error={errorFor(errors, 'reason')} />
                      <SubmitButton variant="secondary">{t('spaces.mine.revokeSubmit')}</SubmitButton>
                    </Form>
                  </details>
                ) : null}
              </li>
            )
          })}
        </ul>
      )}
    </Shell>
  )
}

/** Everything the person asked for, with the answer, and a way to call it off while it still can be. */
export function MyBookingsPage({ ctx, bookings, now, notice, error }: { ctx: ViewContext; bookings: BookingListItem[]; now: Date; notice?: MessageKey; error?: MessageKey }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('spaces.myBookings.title')}>
      <p class="utrecht-paragraph"><a class="utrecht-link" href="/mijn">{t('mine.title')}</a></p>
      <h1 class="utrecht-heading-1">{t('spaces.myBookings.title')}</h1>
      {notice ? <Notice kind="ok"><p class="utrecht-paragraph">{t(notice)}</p></Notice> : null}
      {error ? <Notice kind="error"><p class="utrecht-paragraph">{t(error)}</p></Notice> : null}
      {bookings.length === 0 ? (
        <p class="utrecht-paragraph">{t('spaces.myBookings.none')} <a class="utrecht-link" href="/ruimtes">{t('spaces.directory.title')}</a></p>
      ) : (
        <ul class="noaber-list">
          {bookings.map((booking) => (
            <li class="noaber-card">
              <h2 class="utrecht-heading-3">
                <a class="utrecht-link" href={`/ruimtes/${booking.spaceId}`}>{booking.spaceName}</a> <span class="noaber-tag">{t(bookingStatusLabel[booking.status])}</span>
              </h2>
              <BookingFacts ctx={ctx} booking={booking} />
              {booking.decisionReason ? <p class="utrecht-paragraph">{t('spaces.booking.reason', { reason: booking.decisionReason })}</p> : null}
              {(booking.status === 'pending' || booking.status === 'accepted') && booking.endsAt.getTime() > now.getTime() ? (
                <Form ctx={ctx} action={`/mijn/reserveringen/${booking.id}/annuleren`}>
                  <SubmitButton variant="secondary">{booking.status === 'pending' ? t('spaces.myBookings.withdraw') : t('spaces.myBookings.cancel')}</SubmitButton>
                </Form>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Shell>
  )
}
