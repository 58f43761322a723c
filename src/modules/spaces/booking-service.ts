import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { enqueueMail } from '../../platform/mail/outbox.ts'
import { addDays, compareDays } from '../../platform/time/calendar-day.ts'
import { availabilityProblem } from './availability.ts'
import { amsterdamInstant, formatBookingTime, localTime } from './local-time.ts'
import type { SpaceDetail } from './space-queries.ts'
import type { BookingStatus } from './vocabulary.ts'
import { LIMITS } from './vocabulary.ts'

/** What a booking action needs besides its input: the municipality (for mails), links and the time. */
export interface BookingContext {
  tenant: { id: number; name: string }
  baseUrl: URL
  now: Date
  /** Used for the names of people who left their name empty. */
  anonymousName: Record<Locale, string>
}

export interface BookingRequest {
  /** Local calendar day, YYYY-MM-DD. */
  day: string
  startMinute: number
  endMinute: number
  peopleCount: number
  purpose: string
  initiativeId: number | null
  locale: Locale
}

export type BookingProblem = 'own' | 'past' | 'tooFar' | 'invalidTime' | 'closed' | 'outside' | 'capacity' | 'initiative' | 'overlap'

function overlapsAccepted(trx: Db, spaceId: number, startsAt: Date, endsAt: Date, exceptId?: number) {
  let query = trx
    .selectFrom('space_bookings')
    .select('id')
    .where('space_id', '=', spaceId)
    .where('status', '=', 'accepted')
    .where('starts_at', '<', endsAt)
    .where('ends_at', '>', startsAt)
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId)
  return query.executeTakeFirst()
}

function nameOr(name: string, context: BookingContext, locale: Locale): string {
  return name || context.anonymousName[locale]
}

/**
 * Asks the owner whether the requester may use the space. Refused when the time lies in the past
 * or too far ahead, falls outside the weekly windows or in a closed period, when more people come
 * than fit, or when it overlaps a booking the owner already accepted. The owner gets a mail.
 */
export async function requestBooking(db: Db, context: BookingContext, space: SpaceDetail, requester: { id: number; name: string }, request: BookingRequest): Promise<{ id: number } | { problem: BookingProblem }> {
  if (space.owner_id === requester.id) return { problem: 'own' }
  const startsAt = amsterdamInstant(request.day, request.startMinute)
  const endsAt = amsterdamInstant(request.day, request.endMinute)
  if (!startsAt || !endsAt) return { problem: 'invalidTime' }
  if (startsAt.getTime() <= context.now.getTime()) return { problem: 'past' }
  if (compareDays(request.day, addDays(localTime(context.now).day, LIMITS.bookingDaysAhead)) > 0) return { problem: 'tooFar' }
  const unavailable = availabilityProblem(space.windows, space.closures, request.day, request.startMinute, request.endMinute)
  if (unavailable) return { problem: unavailable }
  if (request.peopleCount > space.capacity) return { problem: 'capacity' }
  return db.transaction().execute(async (trx) => {
    if (request.initiativeId !== null && !(await ownInitiatives(trx, context.tenant.id, requester.id)).some((initiative) => initiative.id === request.initiativeId)) return { problem: 'initiative' as const }
    if (await overlapsAccepted(trx, space.id, startsAt, endsAt)) return { problem: 'overlap' as const }
    const { id } = await trx
      .insertInto('space_bookings')
      .values({
        tenant_id: context.tenant.id, space_id: space.id, requester_id: requester.id, initiative_id: request.initiativeId, starts_at: startsAt, ends_at: endsAt,
        people_count: request.peopleCount, purpose: request.purpose, locale: request.locale, created_at: context.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const owner = await trx.selectFrom('people').select('email').where('id', '=', space.owner_id).executeTakeFirstOrThrow()
    await enqueueMail(trx, {
      tenantId: context.tenant.id,
      to: owner.email,
      template: 'spaceBookingRequested',
      locale: space.locale,
      params: {
        tenantName: context.tenant.name,
        spaceName: space.name,
        requesterName: nameOr(requester.name, context, space.locale),
        when: formatBookingTime(startsAt, endsAt, space.locale),
        peopleCount: request.peopleCount,
        purpose: request.purpose,
        link: new URL('/mijn/ruimtes', context.baseUrl).href,
      },
    })
    return { id }
  })
}

export type DecisionOutcome = 'accepted' | 'declined' | 'notFound' | 'notPending' | 'past' | 'overlap'

/**
 * The owner says yes or no. Saying yes checks for overlap again while holding a lock on the space
 * row: two accepts of overlapping requests at the same moment take turns, and the second finds the
 * first. The requester gets a mail with the answer.
 */
export async function decideBooking(db: Db, context: BookingContext, ownerId: number, bookingId: number, decision: 'accept' | 'decline', reason: string): Promise<DecisionOutcome> {
  return db.transaction().execute(async (trx): Promise<DecisionOutcome> => {
    const found = await trx
      .selectFrom('space_bookings')
      .innerJoin('spaces', 'spaces.id', 'space_bookings.space_id')
      .select(['space_bookings.space_id', 'spaces.owner_id'])
      .where('space_bookings.id', '=', bookingId)
      .where('space_bookings.tenant_id', '=', context.tenant.id)
      .executeTakeFirst()
    if (!found || found.owner_id !== ownerId) return 'notFound'
    const space = await trx.selectFrom('spaces').select(['id', 'name']).where('id', '=', found.space_id).forUpdate().executeTakeFirstOrThrow()
    const booking = await trx
      .selectFrom('space_bookings')
      .innerJoin('people', 'people.id', 'space_bookings.requester_id')
      .select(['space_bookings.status', 'space_bookings.starts_at', 'space_bookings.ends_at', 'space_bookings.locale', 'people.email', 'people.deleted_at'])
      .where('space_bookings.id', '=', bookingId)
      .forUpdate()
      .executeTakeFirstOrThrow()
    if (booking.status !== 'pending') return 'notPending'
    if (decision === 'accept') {
      if (booking.starts_at.getTime() <= context.now.getTime()) return 'past'
      if (await overlapsAccepted(trx, space.id, booking.starts_at, booking.ends_at, bookingId)) return 'overlap'
    }
    const accepted = decision === 'accept'
    await trx
      .updateTable('space_bookings')
      .set({ status: accepted ? 'accepted' : 'declined', decided_at: context.now, decision_reason: reason || null })
      .where('id', '=', bookingId)
      .execute()
    // Someone who deleted their account has no address left to write to.
    if (booking.deleted_at === null) await enqueueMail(trx, {
      tenantId: context.tenant.id,
      to: booking.email,
      template: 'spaceBookingAnswered',
      locale: booking.locale,
      params: {
        tenantName: context.tenant.name,
        spaceName: space.name,
        when: formatBookingTime(booking.starts_at, booking.ends_at, booking.locale),
        accepted,
        reason,
        link: new URL('/mijn/reserveringen', context.baseUrl).href,
      },
    })
    return accepted ? 'accepted' : 'declined'
  })
}

/**
 * The owner calls off a booking they had said yes to and that has not ended yet (the building
 * closes, the room is double-booked elsewhere). The reason is required: the requester may already
 * have invited people, and hears why by mail.
 */
export async function revokeBooking(db: Db, context: BookingContext, ownerId: number, bookingId: number, reason: string): Promise<'revoked' | 'notFound' | 'notRevocable'> {
  return db.transaction().execute(async (trx) => {
    const booking = await trx
      .selectFrom('space_bookings')
      .innerJoin('spaces', 'spaces.id', 'space_bookings.space_id')
      .innerJoin('people as requester', 'requester.id', 'space_bookings.requester_id')
      .select(['space_bookings.status', 'space_bookings.starts_at', 'space_bookings.ends_at', 'space_bookings.locale', 'spaces.name', 'spaces.owner_id', 'requester.email', 'requester.deleted_at'])
      .where('space_bookings.id', '=', bookingId)
      .where('space_bookings.tenant_id', '=', context.tenant.id)
      .forUpdate('space_bookings')
      .executeTakeFirst()
    if (!booking || booking.owner_id !== ownerId) return 'notFound'
    if (booking.status !== 'accepted' || booking.ends_at.getTime() <= context.now.getTime()) return 'notRevocable'
    await trx.updateTable('space_bookings').set({ status: 'cancelled', cancelled_at: context.now, decision_reason: reason }).where('id', '=', bookingId).execute()
    if (booking.deleted_at === null) await enqueueMail(trx, {
      tenantId: context.tenant.id,
      to: booking.email,
      template: 'spaceBookingRevoked',
      locale: booking.locale,
      params: {
        tenantName: context.tenant.name,
        spaceName: booking.name,
        when: formatBookingTime(booking.starts_at, booking.ends_at, booking.locale),
        reason,
        link: new URL('/mijn/reserveringen', context.baseUrl).href,
      },
    })
    return 'revoked'
  })
}

/** The requester calls off a request, or a booking that has not ended; the owner hears of a cancelled yes. */
export async function cancelBooking(db: Db, context: BookingContext, requesterId: number, bookingId: number): Promise<'cancelled' | 'notFound' | 'notCancellable'> {
  return db.transaction().execute(async (trx) => {
    const booking = await trx
      .selectFrom('space_bookings')
      .select(['id', 'space_id', 'status', 'starts_at', 'ends_at'])
      .where('id', '=', bookingId)
      .where('tenant_id', '=', context.tenant.id)
      .where('requester_id', '=', requesterId)
      .forUpdate()
      .executeTakeFirst()
    if (!booking) return 'notFound'
    if ((booking.status !== 'pending' && booking.status !== 'accepted') || booking.ends_at.getTime() <= context.now.getTime()) return 'notCancellable'
    await trx.updateTable('space_bookings').set({ status: 'cancelled', cancelled_at: context.now }).where('id', '=', bookingId).execute()
    if (booking.status === 'accepted') {
      const space = await trx
        .selectFrom('spaces')
        .innerJoin('people as owner', 'owner.id', 'spaces.owner_id')
        .select(['spaces.name', 'spaces.locale', 'owner.email', 'owner.deleted_at'])
        .where('spaces.id', '=', booking.space_id)
        .executeTakeFirstOrThrow()
      const requester = await trx.selectFrom('people').select('display_name').where('id', '=', requesterId).executeTakeFirstOrThrow()
      if (space.deleted_at === null) await enqueueMail(trx, {
        tenantId: context.tenant.id,
        to: space.email,
        template: 'spaceBookingCancelled',
        locale: space.locale,
        params: {
          tenantName: context.tenant.name,
          spaceName: space.name,
          requesterName: nameOr(requester.display_name, context, space.locale),
          when: formatBookingTime(booking.starts_at, booking.ends_at, space.locale),
          link: new URL('/mijn/ruimtes', context.baseUrl).href,
        },
      })
    }
    return 'cancelled'
  })
}

/** The requester's initiatives that are still running, to say what a booking is for. */
export async function ownInitiatives(db: Db, tenantId: number, personId: number): Promise<{ id: number; title: string }[]> {
  return db
    .selectFrom('initiatives')
    .select(['id', 'title'])
    .where('tenant_id', '=', tenantId)
    .where('initiator_id', '=', personId)
    .where('status', 'in', ['new', 'inConversation', 'underWay'])
    .orderBy('title')
    .execute()
}

export interface BookingListItem {
  id: number
  spaceId: number
  spaceName: string
  startsAt: Date
  endsAt: Date
  peopleCount: number
  purpose: string
  status: BookingStatus
  decisionReason: string | null
  initiativeTitle: string | null
}

export interface RequestForOwner extends BookingListItem {
  requesterName: string
  /** A pending request that overlaps a booking already accepted: it can only be declined. */
  conflicts: boolean
}

function bookingColumns() {
  return [
    'space_bookings.id', 'space_bookings.space_id as spaceId', 'spaces.name as spaceName', 'space_bookings.starts_at as startsAt', 'space_bookings.ends_at as endsAt',
    'space_bookings.people_count as peopleCount', 'space_bookings.purpose', 'space_bookings.status', 'space_bookings.decision_reason as decisionReason', 'initiatives.title as initiativeTitle',
  ] as const
}

/** Requests for the owner's spaces: what awaits an answer first, then what is coming, then the recent past. */
export async function listRequestsForOwner(db: Db, tenantId: number, ownerId: number, now: Date): Promise<RequestForOwner[]> {
  const rows = await db
    .selectFrom('space_bookings')
    .innerJoin('spaces', 'spaces.id', 'space_bookings.space_id')
    .innerJoin('people as requester', 'requester.id', 'space_bookings.requester_id')
    .leftJoin('initiatives', 'initiatives.id', 'space_bookings.initiative_id')
    .select(bookingColumns())
    .select([
      'requester.display_name as requesterName',
      sql<boolean>`space_bookings.status = 'pending' and exists (select 1 from space_bookings other where other.space_id = space_bookings.space_id and other.status = 'accepted' and other.starts_at < space_bookings.ends_at and other.ends_at > space_bookings.starts_at)`.as('conflicts'),
    ])
    .where('space_bookings.tenant_id', '=', tenantId)
    .where('spaces.owner_id', '=', ownerId)
    .where('space_bookings.ends_at', '>', new Date(now.getTime() - 30 * 86_400_000))
    .orderBy(sql`case when space_bookings.status = 'pending' and space_bookings.starts_at > ${now} then 0 when space_bookings.ends_at > ${now} then 1 else 2 end`)
    .orderBy('space_bookings.starts_at')
    .limit(200)
    .execute()
  return rows
}

/** Everything the person asked for, newest time first. */
export async function listOwnBookings(db: Db, tenantId: number, requesterId: number): Promise<BookingListItem[]> {
  return db
    .selectFrom('space_bookings')
    .innerJoin('spaces', 'spaces.id', 'space_bookings.space_id')
    .leftJoin('initiatives', 'initiatives.id', 'space_bookings.initiative_id')
    .select(bookingColumns())
    .where('space_bookings.tenant_id', '=', tenantId)
    .where('space_bookings.requester_id', '=', requesterId)
    .orderBy('space_bookings.starts_at', 'desc')
    .limit(200)
    .execute()
}

/** When the space is already taken in the coming weeks: times only, never by whom. */
export async function upcomingAcceptedTimes(db: Db, spaceId: number, now: Date, days = 60): Promise<{ startsAt: Date; endsAt: Date }[]> {
  return db
    .selectFrom('space_bookings')
    .select(['starts_at as startsAt', 'ends_at as endsAt'])
    .where('space_id', '=', spaceId)
    .where('status', '=', 'accepted')
    .where('ends_at', '>', now)
    .where('starts_at', '<', new Date(now.getTime() + days * 86_400_000))
    .orderBy('starts_at')
    .execute()
}
