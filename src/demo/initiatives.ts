import { createHash } from 'node:crypto'
import type { Db } from '../platform/db/database.ts'
import { type CalendarDay, calendarDayInAmsterdam, compareDays } from '../platform/time/calendar-day.ts'
import { addWorkingDays, isWorkingDay } from '../platform/time/working-days.ts'
import type { InitiativeOutcome } from '../modules/initiatives/initiative-tables.ts'
import type {
  ConnectionKind,
  GovernmentRole,
  InitiativeStatus,
  InitiatorKind,
  JournalKind,
  JournalVisibility,
  NeedKind,
  NeedStatus,
  PromiseStatus,
  PublicationState,
} from '../modules/initiatives/vocabulary.ts'
import { questionIds } from '../modules/support-assessment/questionnaire.ts'
import { demoAreas } from './areas.ts'
import * as texts from './case-texts.ts'
import { randomPointIn, randomPointNear } from './geo.ts'
import type { Idea } from './idea-types.ts'
import { careIdeas } from './ideas-care.ts'
import { eventIdeas } from './ideas-events.ts'
import { greenIdeas } from './ideas-green.ts'
import { youthIdeas } from './ideas-youth.ts'
import { obstacleTexts, type ObstacleText } from './obstacle-texts.ts'
import { areaPlaces, fillIn, tokensIn, type AreaPlaces } from './places.ts'
import { DemoRandom } from './random.ts'
import type { DemoArea } from './types.ts'

/*
 * About 150 fictional initiatives for Gemeente Esveld, spread over its areas and themes and over the
 * last eighteen months, each with its case file: journal, promises, needs, role on the ladder,
 * obstacles, connections and, when it ended, an outcome. Everything follows from one seed and from
 * `now`, so the demo always looks recent and is the same on every machine for the same `now`.
 * The case files follow the rules of case work (src/modules/initiatives/case-service.ts): a
 * first-contact promise due two working days after confirmation, kept when the first contact came
 * in time; a renegotiated promise replaced by a new one; an outcome for every ended case.
 */

export const demoIdeas: Idea[] = [...careIdeas, ...eventIdeas, ...greenIdeas, ...youthIdeas]

const SEED = 0x5eed_e5fe
const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** Initiatives per area. Oosterhof and Ravenesch get fewer than their size suggests: the map should show where little happens. */
export const areaQuota: Record<string, number> = {
  'esveld-centrum': 22,
  oosterhof: 15,
  veldkamp: 22,
  'de-marke': 20,
  brinkhorst: 27,
  lutteveen: 16,
  hoeverzand: 18,
  ravenesch: 10,
}

export const statusCounts: Record<InitiativeStatus, number> = {
  unconfirmed: 5,
  new: 12,
  inConversation: 22,
  underWay: 30,
  realised: 55,
  stopped: 13,
  referred: 8,
  withdrawn: 5,
}

/** Days before `now` an initiative with this status was submitted, from–to. */
const ageRange: Record<InitiativeStatus, [number, number]> = {
  unconfirmed: [0, 5],
  new: [0, 2],
  inConversation: [6, 150],
  underWay: [25, 420],
  realised: [60, 540],
  stopped: [40, 540],
  referred: [12, 500],
  withdrawn: [15, 400],
}

/** How long (days) from submission to the end, from–to. */
const durationRange: Partial<Record<InitiativeStatus, [number, number]>> = {
  realised: [30, 240],
  stopped: [14, 200],
  referred: [4, 40],
  withdrawn: [7, 120],
}

const NEW_OVERDUE = 3
const UNASSIGNED = 2
const REPEAT_INITIATORS = 8

interface AreaInfo {
  id: number
  slug: string
  name: string
  demo: DemoArea
  places: AreaPlaces
}

interface Person {
  id: number
  name: string
  areaIds: number[]
  themeIds: number[]
}

type AuthorRef = number | 'initiator' | null

interface PlannedJournal {
  authorId: AuthorRef
  kind: JournalKind
  visibility: JournalVisibility
  body: string
  createdAt: Date
}

interface PlannedPromise {
  ref: number
  madeBy: number | null
  kind: 'firstContact' | 'other'
  description: string
  dueOn: CalendarDay
  status: PromiseStatus
  replacesRef: number | null
  createdAt: Date
  resolvedAt: Date | null
}

interface PlannedNeed {
  kind: NeedKind
  explanation: string
  status: NeedStatus
  answer: string | null
  answeredAt: Date | null
}

interface PlannedObstacle extends ObstacleText {
  createdAt: Date
}

interface PlannedConnection {
  kind: ConnectionKind
  description: string
  createdAt: Date
}

/** The first pass: what, where, who and when. */
interface Basics {
  index: number
  /** 16–64 characters of [A-Za-z0-9_-], unique in the municipality, like a form's key. */
  submissionKey: string
  idea: Idea
  area: AreaInfo
  status: InitiativeStatus
  kind: InitiatorKind
  contact: { name: string; firstName: string; email: string }
  brokerId: number | null
  themeIds: number[]
  values: Record<string, string>
  title: string
  createdAt: Date
  confirmedAt: Date | null
  contactAt: Date | null
  endAt: Date | null
  /** For seasonal ideas: the day it happened (realised) or will happen (under way). */
  eventAt: Date | null
  newOverdue: boolean
  municipalMoneyEuros: number
  obstacles: ObstacleText[]
}

export interface PlannedInitiative {
  submissionKey: string
  title: string
  summary: string
  description: string
  areaId: number
  latitude: number
  longitude: number
  initiatorKind: InitiatorKind
  status: InitiativeStatus
  publication: PublicationState
  publicationNote: string | null
  publishDescription: boolean
  brokerId: number | null
  contactName: string
  contactEmail: string
  governmentRole: GovernmentRole | null
  outcome: InitiativeOutcome | null
  createdAt: Date
  confirmedAt: Date | null
  lastActivityAt: Date
  themeIds: number[]
  needs: PlannedNeed[]
  journal: PlannedJournal[]
  promises: PlannedPromise[]
  roleChanges: { role: GovernmentRole; reason: string; changedBy: number | null; changedAt: Date }[]
  obstacles: PlannedObstacle[]
  connections: PlannedConnection[]
  assessment: { answers: Record<string, number | null>; assessedAt: Date } | null
  reads: { personId: number; readAt: Date }[]
  confirmation: { tokenHash: string; expiresAt: Date } | null
}

export interface DemoPlanInput {
  now: Date
  areas: { id: number; slug: string; name: string }[]
  themes: { id: number; slug: string }[]
  brokers: Person[]
  coordinators: { id: number; name: string }[]
}

/** Adds the demo initiatives with their case files. Expects areas, themes and staff (seedDemoStaff) to exist. */
export async function seedDemoInitiatives(trx: Db, tenantId: number, now: Date): Promise<void> {
  const areas = await trx.selectFrom('areas').select(['id', 'slug', 'name']).where('tenant_id', '=', tenantId).execute()
  const themes = await trx.selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()
  const staff = await trx
    .selectFrom('people')
    .innerJoin('role_assignments', 'role_assignments.person_id', 'people.id')
    .select(['people.id', 'people.display_name', 'people.email', 'role_assignments.role'])
    .where('people.tenant_id', '=', tenantId)
    .where('people.deleted_at', 'is', null)
    .where('role_assignments.role', 'in', ['broker', 'coordinator'])
    .orderBy('people.id')
    .execute()
  const brokerIds = staff.filter((row) => row.role === 'broker').map((row) => row.id)
  const brokerAreas = brokerIds.length ? await trx.selectFrom('broker_areas').selectAll().where('person_id', 'in', brokerIds).execute() : []
  const brokerThemes = brokerIds.length ? await trx.selectFrom('broker_themes').selectAll().where('person_id', 'in', brokerIds).execute() : []
  const brokers = staff
    .filter((row) => row.role === 'broker')
    .map((row) => ({
      id: row.id,
      name: row.display_name || row.email,
      areaIds: brokerAreas.filter((link) => link.person_id === row.id).map((link) => link.area_id),
      themeIds: brokerThemes.filter((link) => link.person_id === row.id).map((link) => link.theme_id),
    }))
  const coordinators = staff.filter((row) => row.role === 'coordinator').map((row) => ({ id: row.id, name: row.display_name || row.email }))
  const plan = planDemoInitiatives({ now, areas, themes, brokers, coordinators })
  await insertPlan(trx, tenantId, plan)
}

// ---------------------------------------------------------------------------------------------
// Planning: pure, deterministic, no database.

export function planDemoInitiatives(input: DemoPlanInput): PlannedInitiative[] {
  const random = new DemoRandom(SEED)
  const nowMs = input.now.getTime()
  const latest = nowMs - 5 * MINUTE
  const today = calendarDayInAmsterdam(input.now)

  const areas: AreaInfo[] = input.areas.flatMap((row) => {
    const demo = demoAreas.find((area) => area.slug === row.slug)
    const places = areaPlaces[row.slug]
    return demo && places ? [{ id: row.id, slug: row.slug, name: row.name, demo, places }] : []
  })
  const themeId = new Map(input.themes.map((theme) => [theme.slug, theme.id]))

  // --- time helpers
  const clamp = (ms: number) => Math.min(ms, latest)
  /** A moment in [from, to] on a working day during office hours, when the window allows it. */
  const officeMoment = (from: number, to: number): Date => {
    const end = clamp(to)
    if (end <= from) return new Date(Math.min(from, latest))
    for (let attempt = 0; attempt < 12; attempt++) {
      const day = calendarDayInAmsterdam(new Date(from + random.next() * (end - from)))
      if (!isWorkingDay(day)) continue
      const at = Date.parse(`${day}T07:30:00Z`) + Math.floor(random.next() * 8 * HOUR)
      if (at >= from && at <= end) return new Date(at)
    }
    return new Date(from + Math.floor(random.next() * (end - from)))
  }
  /** Any moment in [from, to]: initiators write in the evening and at weekends too. */
  const anyMoment = (from: number, to: number): Date => {
    const end = clamp(to)
    if (end <= from) return new Date(Math.min(from, latest))
    const at = from + Math.floor(random.next() * (end - from))
    // Not in the middle of the night, when the window allows.
    const hour = new Date(at).getUTCHours()
    const later = at + 8 * HOUR
    return (hour >= 22 || hour < 5) && later <= end ? new Date(later) : new Date(at)
  }
  const dayOf = (at: Date | number) => calendarDayInAmsterdam(new Date(at))
  /** A submission on the day of `around`, between about seven in the morning and eleven at night, and at least an hour ago. */
  const submittedAround = (around: number): number => {
    const at = Date.parse(`${dayOf(around)}T05:30:00Z`) + Math.floor(random.next() * 16 * HOUR)
    return Math.min(at, nowMs - HOUR - Math.floor(random.next() * 2 * HOUR))
  }
  /** The end of a due day as an instant: late afternoon in the Netherlands. */
  const endOfDay = (day: CalendarDay) => Date.parse(`${day}T16:00:00Z`)

  // --- 1. which idea goes where
  const placements = placeIdeas(random, areas)
  // --- 2. statuses: referrals go to ideas that are typically referred
  const statuses = assignStatuses(random, placements)

  // --- 3. the basics of each initiative
  const usedNames = new Set<string>()
  const usedKeys = new Set<string>()
  const basics: Basics[] = placements.map((placement, index) => {
    const status = statuses[index]!
    const { idea, area } = placement
    const kind = random.pick(idea.kinds)
    const contact = newContact(random, usedNames)
    const themeIds = idea.themes.map((slug) => {
      const id = themeId.get(slug)
      if (id === undefined) throw new Error(`Demo idea ${idea.key} uses an unknown theme: ${slug}`)
      return id
    })
    const values: Record<string, string> = {}
    for (const [key, value] of Object.entries(area.places)) if (typeof value === 'string') values[key] = value
    values.kort = idea.kort
    values.groep = numberWords[random.int(5, 14)]!
    const title = fillIn(idea.title, values)

    const [minAge, maxAge] = ageRange[status]
    let ageDays = minAge + random.next() ** 1.3 * (maxAge - minAge)
    let createdMs = submittedAround(nowMs - ageDays * DAY)
    // Something that happens at a set time of year: a realised one happened on its day, some months after it was submitted.
    let eventMs: number | null = null
    if (idea.season && status === 'realised') {
      const past = occurrences(idea.season, nowMs).filter((ms) => ms <= nowMs - 4 * DAY && ms >= nowMs - 375 * DAY)
      eventMs = past.length > 1 && random.chance(0.4) ? past[past.length - 2]! : past[past.length - 1]!
      createdMs = submittedAround(eventMs - random.int(50, 160) * DAY)
      ageDays = (nowMs - createdMs) / DAY
    } else if (idea.season && status === 'underWay') {
      eventMs = occurrences(idea.season, nowMs).find((ms) => ms > nowMs) ?? null
    }
    let confirmedMs: number | null = null
    let newOverdue = false
    if (status !== 'unconfirmed') {
      if (status === 'new' && statuses.slice(0, index).filter((s) => s === 'new').length < NEW_OVERDUE) {
        // A few new cases nobody has called yet, past their first-contact day.
        newOverdue = true
        ageDays = 5 + random.next() * 6
        createdMs = submittedAround(nowMs - ageDays * DAY)
      }
      const delay = random.chance(0.15) ? (8 + random.next() * 12) * HOUR : (3 + random.next() * 180) * MINUTE
      confirmedMs = Math.min(createdMs + delay, nowMs - 20 * MINUTE)
      if (newOverdue) {
        // Make sure the first-contact day has passed, whatever the holidays.
        while (compareDays(addWorkingDays(dayOf(confirmedMs), 2), today) >= 0) {
          createdMs -= DAY
          confirmedMs -= DAY
        }
      }
    }

    let contactMs: number | null = null
    if (confirmedMs !== null && status !== 'new') {
      const confirmDay = dayOf(confirmedMs)
      const late = random.chance(0.12)
      const contactDay = addWorkingDays(confirmDay, late ? random.int(3, 5) : random.int(0, 2))
      contactMs = Date.parse(`${contactDay}T07:30:00Z`) + Math.floor(random.next() * 8 * HOUR)
      if (contactMs < confirmedMs + 20 * MINUTE) contactMs = confirmedMs + (20 + random.next() * 100) * MINUTE
      contactMs = Math.min(contactMs, nowMs - 30 * MINUTE)
    }

    let endMs: number | null = null
    const duration = durationRange[status]
    if (duration && contactMs !== null) {
      const longest = Math.max(duration[0], Math.min(duration[1], Math.floor(ageDays) - 1))
      const days = random.int(duration[0], longest)
      const around = createdMs + days * DAY
      endMs = status === 'withdrawn' ? anyMoment(around, around + DAY).getTime() : officeMoment(around, around + DAY).getTime()
      if (eventMs !== null && status === 'realised') endMs = officeMoment(eventMs + DAY, eventMs + 6 * DAY).getTime()
      endMs = Math.max(endMs, contactMs + DAY)
      endMs = Math.min(endMs, nowMs - HOUR)
    }

    let submissionKey = ''
    do submissionKey = `demo-${random.token(27)}`
    while (usedKeys.has(submissionKey))
    usedKeys.add(submissionKey)

    return {
      index,
      submissionKey,
      idea,
      area,
      status,
      kind,
      contact,
      brokerId: chooseBroker(random, input.brokers, area.id, themeIds),
      themeIds,
      values,
      title,
      createdAt: new Date(createdMs),
      confirmedAt: confirmedMs === null ? null : new Date(confirmedMs),
      contactAt: contactMs === null ? null : new Date(contactMs),
      endAt: endMs === null ? null : new Date(endMs),
      eventAt: eventMs === null ? null : new Date(eventMs),
      newOverdue,
      municipalMoneyEuros: 0,
      obstacles: [],
    }
  })

  // The same idea in two areas: name the area when the titles would otherwise be the same.
  const twins = basics.filter((item) => basics.some((other) => other !== item && other.title === item.title))
  for (const item of twins) item.title = `${item.title} (${item.area.name})`

  // A few cases wait for a coordinator to assign them; unconfirmed ones have nobody yet.
  for (const item of basics) if (item.status === 'unconfirmed') item.brokerId = null
  random
    .sample(basics.filter((item) => item.status === 'new' && !item.newOverdue), UNASSIGNED)
    .forEach((item) => (item.brokerId = null))

  // Some people start more than one initiative in their own area.
  let repeats = 0
  for (const later of random.shuffle(basics)) {
    if (repeats >= REPEAT_INITIATORS) break
    const earlier = basics.find((other) => other.area.id === later.area.id && other !== later && other.createdAt < later.createdAt && other.confirmedAt !== null && !basics.some((b) => b !== other && b.contact === other.contact))
    if (!earlier || later.status === 'unconfirmed') continue
    later.contact = earlier.contact
    repeats++
  }

  // Municipal money: about a quarter of the realised initiatives got some, and a few that are under way.
  const realised = basics.filter((item) => item.status === 'realised')
  const paidTarget = Math.round(realised.length * 0.25)
  random
    .sample(realised.filter((item) => item.idea.money), paidTarget)
    .forEach((item) => (item.municipalMoneyEuros = euros(random, item.idea.money!)))
  basics
    .filter((item) => item.status === 'underWay' && item.idea.money && random.chance(0.3))
    .forEach((item) => (item.municipalMoneyEuros = euros(random, item.idea.money!)))

  // --- 4. obstacles, to initiatives whose rules fit: stopped ones first for the long delays
  allocateObstacles(random, basics)

  // One initiative a coordinator declined to publish: a business advertising itself.
  const advertisers = basics.filter((item) => item.kind === 'entrepreneur' && (item.status === 'inConversation' || item.status === 'underWay'))
  const rejectedIndex = advertisers.length ? random.pick(advertisers).index : -1

  // --- 5. the case files
  const plans = basics.map((item) => planCaseFile(item))
  // The coordinator's review queue always holds a few pages sent back with a note.
  const sentBack = plans.filter((plan) => plan.publication === 'changesRequested').length
  const reviewable = plans.filter((plan) => plan.publication === 'pendingReview' && (plan.status === 'inConversation' || plan.status === 'underWay'))
  for (const plan of random.sample(reviewable, Math.max(0, 4 - sentBack))) {
    plan.publication = 'changesRequested'
    plan.publicationNote = random.pick(texts.changesRequestedNotes)
  }
  return plans

  function planCaseFile(item: Basics): PlannedInitiative {
    const { idea, status, values } = item
    const fill = (text: string, extra: Record<string, string> = {}) => fillIn(text, { ...values, voornaam: item.contact.firstName, ...extra })
    const needKinds = idea.needs.map((need) => need.kind)
    const tags = idea.tags ?? []
    const fitting = (pool: texts.FittingText[]) =>
      pool
        .filter((entry) => (!entry.needs || entry.needs.some((kind) => needKinds.includes(kind))) && (!entry.tags || entry.tags.some((tag) => tags.includes(tag))) && !entry.unlessNeeds?.some((kind) => needKinds.includes(kind)))
        .map((entry) => entry.text)
    const said = new Set<string>()
    /** A text not yet used in this case file, when there is one. */
    const fresh = (pool: string[]) => {
      const unused = pool.filter((text) => !said.has(text))
      const text = random.pick(unused.length ? unused : pool)
      said.add(text)
      return text
    }
    const brokerId = item.brokerId
    const journal: PlannedJournal[] = []
    const promises: PlannedPromise[] = []
    let promiseRef = item.index * 100
    const confirmed = item.confirmedAt?.getTime() ?? null
    const start = item.contactAt?.getTime() ?? null
    const end = item.endAt?.getTime() ?? latest
    const isOpen = status === 'inConversation' || status === 'underWay'

    // Texts of the initiative itself.
    const description = `${fill(idea.description)}\n\n${fill(random.pick(texts.closingByKind[item.kind]))}`
    const summary = fill(idea.summary)
    check(item.title, 3, 120, 'title')
    check(summary, 10, 300, 'summary')
    check(description, 0, 10000, 'description')

    // First contact.
    if (confirmed !== null) {
      const due = addWorkingDays(dayOf(confirmed), 2)
      const contactAt = item.contactAt
      promises.push({
        ref: promiseRef++,
        madeBy: null,
        kind: 'firstContact',
        description: 'Eerste contact met de initiatiefnemer',
        dueOn: due,
        status: contactAt ? (compareDays(dayOf(contactAt), due) <= 0 ? 'kept' : 'broken') : 'open',
        replacesRef: null,
        createdAt: new Date(confirmed),
        resolvedAt: contactAt,
      })
      if (contactAt) {
        const behoefte = texts.needLabels[random.pick(idea.needs).kind]
        journal.push({
          authorId: brokerId,
          kind: 'contact',
          visibility: random.chance(0.6) ? 'shared' : 'internal',
          body: fill(random.pick(texts.firstContactEntries), { behoefte, dag: random.pick(texts.weekdays) }),
          createdAt: contactAt,
        })
      }
    }
    if (status === 'new' && brokerId === null && input.coordinators.length > 0 && confirmed !== null) {
      journal.push({ authorId: random.pick(input.coordinators).id, kind: 'note', visibility: 'internal', body: texts.unassignedNote, createdAt: anyMoment(confirmed, latest) })
    }

    // Needs.
    const needs: PlannedNeed[] = idea.needs.map((need) => {
      const explanation = fill(need.explanation)
      check(explanation, 1, 1000, 'need')
      const roll = random.next()
      const chances: Record<InitiativeStatus, [number, number]> = {
        // [answered up to, notPossible up to]
        unconfirmed: [0, 0],
        new: [0, 0],
        inConversation: [0.4, 0.45],
        underWay: [0.7, 0.77],
        realised: [0.85, 1],
        stopped: [0.5, 0.85],
        referred: [0.3, 0.8],
        withdrawn: [0.3, 0.3],
      }
      const [answeredUpTo, notPossibleUpTo] = chances[status]
      let needStatus: NeedStatus = roll < answeredUpTo ? 'answered' : roll < notPossibleUpTo ? 'notPossible' : 'open'
      // "Not possible" is for money, a place or things; advice, contacts and rules always get some answer.
      if (needStatus === 'notPossible' && !['money', 'space', 'materials'].includes(need.kind)) needStatus = 'answered'
      if (need.kind === 'money' && item.municipalMoneyEuros > 0 && start !== null) needStatus = 'answered'
      if (start === null) needStatus = 'open'
      let answer: string | null = null
      if (needStatus === 'answered') {
        answer =
          need.kind === 'money' && item.municipalMoneyEuros > 0
            ? fill(texts.moneyAnswer, { bedrag: formatEuros(item.municipalMoneyEuros) })
            : need.answer
              ? fill(need.answer)
              : fill(random.pick(texts.answersByNeed[need.kind]))
      } else if (needStatus === 'notPossible') {
        answer = fill(texts.notPossibleByNeed[need.kind] ?? texts.notPossibleByNeed.other)
      }
      return {
        kind: need.kind,
        explanation,
        status: needStatus,
        answer,
        answeredAt: needStatus === 'open' || start === null ? null : officeMoment(start, start + 0.8 * (end - start)),
      }
    })

    // Journal along the way.
    if (start !== null) {
      const middle: Record<InitiativeStatus, [number, number]> = {
        unconfirmed: [0, 0],
        new: [0, 0],
        inConversation: [1, 3],
        underWay: [2, 5],
        realised: [3, 6],
        stopped: [2, 4],
        referred: [0, 2],
        withdrawn: [1, 2],
      }
      const [fewest, most] = middle[status]
      const count = random.int(fewest, most)
      const colleagues = input.brokers.filter((broker) => broker.id !== brokerId)
      for (let i = 0; i < count; i++) {
        const type = random.weighted({ note: 35, contact: 30, brokerMessage: 20, initiatorMessage: 15 })
        const from = start + HOUR
        const to = end - HOUR
        if (type === 'note') journal.push({ authorId: brokerId, kind: 'note', visibility: 'internal', body: fill(fresh(fitting(texts.noteEntries))), createdAt: officeMoment(from, to) })
        if (type === 'contact') journal.push({ authorId: brokerId, kind: 'contact', visibility: random.chance(0.7) ? 'shared' : 'internal', body: fill(fresh(fitting(texts.contactEntries))), createdAt: officeMoment(from, to) })
        if (type === 'brokerMessage') {
          const collega = colleagues.length ? random.pick(colleagues).name.split(' ')[0]! : 'een collega'
          journal.push({ authorId: brokerId, kind: 'message', visibility: 'shared', body: fill(fresh(fitting(texts.brokerMessages)), { collega }), createdAt: officeMoment(from, to) })
        }
        if (type === 'initiatorMessage') journal.push({ authorId: 'initiator', kind: 'message', visibility: 'shared', body: fill(fresh(fitting(texts.initiatorMessages))), createdAt: anyMoment(from, to) })
      }
    }

    // Promises beyond the first contact.
    const promiseCount: Record<InitiativeStatus, [number, number]> = {
      unconfirmed: [0, 0],
      new: [0, 0],
      inConversation: [1, 2],
      underWay: [1, 3],
      realised: [1, 3],
      stopped: [1, 2],
      referred: [0, 1],
      withdrawn: [0, 1],
    }
    if (start !== null) {
      const pool = [...new Set([...idea.needs.flatMap((need) => texts.promisesByNeed[need.kind]), ...fitting(texts.fittingPromises), ...texts.generalPromises])]
      const descriptions = random.sample(pool, random.int(...promiseCount[status])).map((text) => fill(text))
      const lastCreation = isOpen ? latest - HOUR : start + 0.75 * (end - start)
      for (const description of descriptions) {
        check(description, 3, 500, 'promise')
        const createdAt = officeMoment(start, lastCreation)
        const dueOn = addWorkingDays(dayOf(createdAt), random.int(3, 12))
        const settled = !isOpen || compareDays(dueOn, today) < 0
        const ref = promiseRef++
        const promise: PlannedPromise = { ref, madeBy: brokerId, kind: 'other', description, dueOn, status: 'open', replacesRef: null, createdAt, resolvedAt: null }
        promises.push(promise)
        if (!settled) continue
        const outcome = random.weighted({ kept: 78, broken: 10, renegotiated: 12 })
        const limit = isOpen ? latest : end
        if (outcome === 'broken' && endOfDay(dueOn) + DAY < limit) {
          promise.status = 'broken'
          promise.resolvedAt = officeMoment(endOfDay(dueOn) + DAY, Math.min(endOfDay(dueOn) + 6 * DAY, limit))
        } else if (outcome === 'renegotiated' && createdAt.getTime() + HOUR < Math.min(endOfDay(dueOn), limit)) {
          const at = officeMoment(createdAt.getTime() + HOUR, Math.min(endOfDay(dueOn), limit))
          promise.status = 'renegotiated'
          promise.resolvedAt = at
          const newDue = addWorkingDays(dayOf(at), random.int(5, 15))
          const replacement: PlannedPromise = { ref: promiseRef++, madeBy: brokerId, kind: 'other', description, dueOn: newDue, status: 'open', replacesRef: ref, createdAt: at, resolvedAt: null }
          promises.push(replacement)
          const uitleg = fill(random.pick(texts.renegotiationExplanations))
          journal.push({ authorId: brokerId, kind: 'message', visibility: 'shared', body: fillIn(texts.renegotiationMessage, { belofte: description, uitleg }), createdAt: at })
          if (!isOpen || compareDays(newDue, today) < 0) {
            replacement.status = !isOpen && random.chance(0.15) && endOfDay(newDue) + DAY < limit ? 'broken' : 'kept'
            replacement.resolvedAt =
              replacement.status === 'broken'
                ? officeMoment(endOfDay(newDue) + DAY, Math.min(endOfDay(newDue) + 5 * DAY, limit))
                : officeMoment(at.getTime() + HOUR, Math.min(endOfDay(newDue), limit))
          }
        } else {
          promise.status = 'kept'
          promise.resolvedAt = officeMoment(createdAt.getTime() + HOUR, Math.min(endOfDay(dueOn), limit))
        }
      }
      // Now and then a promise that slipped: still open, its day has passed.
      if (isOpen && start < nowMs - 14 * DAY && random.chance(0.12)) {
        const createdAt = officeMoment(Math.max(start, nowMs - 35 * DAY), nowMs - 14 * DAY)
        const dueOn = addWorkingDays(dayOf(createdAt), random.int(3, 6))
        if (compareDays(dueOn, today) < 0) {
          const description = fill(random.pick(pool))
          promises.push({ ref: promiseRef++, madeBy: brokerId, kind: 'other', description, dueOn, status: 'open', replacesRef: null, createdAt, resolvedAt: null })
        }
      }
    }

    // The rung on the ladder.
    const roleChanges: PlannedInitiative['roleChanges'] = []
    const roleChance: Record<InitiativeStatus, number> = { unconfirmed: 0, new: 0, inConversation: 0.5, underWay: 1, realised: 1, stopped: 0.8, referred: 0, withdrawn: 0.3 }
    if (start !== null && random.chance(roleChance[status])) {
      let role: GovernmentRole = idea.role && random.chance(0.75) ? idea.role : random.weighted({ letGo: 25, facilitate: 45, stimulate: 20, direct: 5, regulate: 5 })
      roleChanges.push({ role, reason: random.pick(texts.roleReasons[role]), changedBy: brokerId, changedAt: officeMoment(start, start + 0.3 * (end - start)) })
      if (status !== 'inConversation' && random.chance(0.2)) {
        const next: Record<GovernmentRole, GovernmentRole> = { letGo: 'facilitate', facilitate: 'letGo', stimulate: 'facilitate', direct: 'facilitate', regulate: 'facilitate' }
        const nextRole = random.chance(0.15) ? (role === 'direct' ? 'stimulate' : 'direct') : next[role]
        role = nextRole
        roleChanges.push({ role, reason: texts.roleChangeReasons[role], changedBy: brokerId, changedAt: officeMoment(start + 0.4 * (end - start), end) })
      }
    }

    // Obstacles, as recorded by the broker.
    const obstacles: PlannedObstacle[] = start === null ? [] : item.obstacles.map((obstacle) => ({ ...obstacle, createdAt: officeMoment(start, end) }))

    // Connections made.
    const connections: PlannedConnection[] = []
    const connectionCount: Record<InitiativeStatus, [number, number]> = {
      unconfirmed: [0, 0],
      new: [0, 0],
      inConversation: [0, 2],
      underWay: [1, 3],
      realised: [1, 3],
      stopped: [0, 2],
      referred: [0, 1],
      withdrawn: [0, 1],
    }
    if (start !== null) {
      const pool = idea.needs.flatMap((need) => texts.connectionsByNeed[need.kind]).filter((connection) => !connection.tags || connection.tags.some((tag) => tags.includes(tag)))
      const count = random.int(...connectionCount[status])
      for (const connection of random.sample(pool, count)) {
        connections.push({ kind: connection.kind, description: fill(connection.text), createdAt: officeMoment(start, end) })
      }
      if (status !== 'referred' && random.chance(0.3)) {
        const elsewhere = basics.filter((other) => other !== item && other.area.id !== item.area.id && other.status !== 'unconfirmed' && other.createdAt < item.createdAt)
        const same = elsewhere.filter((other) => other.idea.key === item.idea.key)
        const similar = same.length ? same : elsewhere.filter((other) => other.themeIds.some((id) => item.themeIds.includes(id)))
        if (similar.length) {
          const other = random.pick(similar)
          connections.push({ kind: 'initiative', description: fill(texts.initiativeConnection, { titel: other.title, gebiedAnder: other.area.name }), createdAt: officeMoment(start, end) })
        }
      }
    }

    // The end of the case.
    let outcome: InitiativeOutcome | null = null
    const endAt = item.endAt
    if (endAt && start !== null) {
      const at = endAt.getTime()
      if (status === 'realised') {
        const kinds = idea.needs.map((need) => need.kind)
        const helpedKind = item.municipalMoneyEuros > 0 && kinds.includes('money') && random.chance(0.5) ? 'money' : random.pick(kinds)
        outcome = {
          achieved: fill(idea.achieved),
          municipalMoneyCents: item.municipalMoneyEuros * 100,
          participants: random.int(...idea.participants),
          helpedMost: fill(random.pick(texts.helpedMostByNeed[helpedKind])),
        }
        journal.push({ authorId: brokerId, kind: 'note', visibility: random.chance(0.5) ? 'internal' : 'shared', body: fill(random.pick(texts.realisedNotes)), createdAt: endAt })
      } else if (status === 'stopped') {
        const reden = item.obstacles.some((obstacle) => obstacle.tag === 'zoning') ? texts.stopReasons[1]! : random.pick(texts.stopReasons)
        outcome = {
          achieved: `Niet gerealiseerd. ${reden}`,
          municipalMoneyCents: random.chance(0.1) ? random.int(2, 6) * 5000 : 0,
          participants: random.int(3, 15),
          helpedMost: random.pick(texts.helpedMostStopped),
        }
        journal.push({ authorId: brokerId, kind: 'contact', visibility: 'shared', body: fill(texts.stoppedNote, { reden }), createdAt: endAt })
      } else if (status === 'referred') {
        const verwijzing = idea.referTo ?? random.pick(texts.referralDestinations)
        outcome = {
          achieved: `Doorverwezen naar ${verwijzing}. De gemeente is hier niet de partij die het kan regelen; de initiatiefnemers zijn daar persoonlijk voorgesteld.`,
          municipalMoneyCents: 0,
          participants: random.int(2, 10),
          helpedMost: texts.helpedMostReferred,
        }
        journal.push({ authorId: brokerId, kind: 'note', visibility: 'shared', body: fill(texts.referredNote, { verwijzing }), createdAt: endAt })
        connections.push({ kind: 'organisation', description: `Doorverwezen naar ${verwijzing}.`, createdAt: endAt })
        promises.push({ ref: promiseRef++, madeBy: brokerId, kind: 'other', description: 'Warme overdracht: de initiatiefnemers persoonlijk voorstellen aan de nieuwe contactpersoon', dueOn: addWorkingDays(dayOf(at - 2 * DAY), 3), status: 'kept', replacesRef: null, createdAt: new Date(at - 2 * DAY), resolvedAt: endAt })
      } else if (status === 'withdrawn') {
        journal.push({ authorId: brokerId, kind: 'note', visibility: 'internal', body: fill(texts.withdrawnNote), createdAt: officeMoment(at + HOUR, at + 3 * DAY) })
      }
    }

    // Publication: the initiator's consent, then a coordinator's decision.
    const publicationWeights: Record<InitiativeStatus, Partial<Record<PublicationState, number>>> = {
      unconfirmed: { pendingReview: 60, private: 40 },
      new: { pendingReview: 75, private: 25 },
      inConversation: { published: 45, pendingReview: 12, changesRequested: 12, private: 31 },
      underWay: { published: 75, pendingReview: 5, changesRequested: 7, private: 13 },
      realised: { published: 82, private: 18 },
      stopped: { published: 30, private: 70 },
      referred: { published: 15, private: 85 },
      withdrawn: { published: 40, private: 60 },
    }
    let publication = random.weighted(publicationWeights[status] as Record<PublicationState, number>)
    let publicationNote: string | null = publication === 'changesRequested' ? random.pick(texts.changesRequestedNotes) : null
    if (item.index === rejectedIndex) {
      publication = 'rejected'
      publicationNote = texts.rejectedNote
    }
    const publishDescription = publication === 'published' ? random.chance(0.85) : publication === 'private' ? false : random.chance(0.7)

    // Public updates by the initiator on published pages; for seasonal things, at the right time of year.
    if (publication === 'published' && start !== null && (status === 'underWay' || status === 'realised')) {
      const update = (body: string, at: Date) => journal.push({ authorId: 'initiator', kind: 'update', visibility: 'public', body: fill(body), createdAt: at })
      const eventAt = item.eventAt?.getTime()
      if (eventAt === undefined) {
        update(idea.update, anyMoment(start + 0.3 * (end - start), start + 0.7 * (end - start)))
      } else if (status === 'underWay' && eventAt - 16 * DAY < nowMs) {
        update(idea.update, anyMoment(Math.max(start, eventAt - 16 * DAY), Math.min(latest, eventAt - DAY)))
      } else if (status === 'underWay') {
        update(random.pick(texts.preparingUpdates), anyMoment(start + 0.3 * (end - start), start + 0.7 * (end - start)))
      } else {
        update(idea.update, anyMoment(Math.max(start, eventAt - 16 * DAY), eventAt - DAY))
      }
      if (status === 'realised' && endAt) {
        const from = eventAt === undefined ? endAt.getTime() - 3 * DAY : eventAt + 3 * HOUR
        update(random.pick(texts.finalUpdates), anyMoment(from, endAt.getTime() - HOUR))
      }
    }

    // The ACTIE assessment for some cases.
    let assessment: PlannedInitiative['assessment'] = null
    if (start !== null && (isOpen || status === 'realised') && random.chance(0.35)) {
      const answers: Record<string, number | null> = {}
      for (const question of questionIds) answers[question] = random.chance(0.1) ? null : random.int(1, 4)
      assessment = { answers, assessedAt: officeMoment(start, start + 0.3 * (end - start)) }
    }

    const stamps = [
      item.createdAt,
      item.confirmedAt,
      item.endAt,
      ...journal.map((entry) => entry.createdAt),
      ...promises.flatMap((promise) => [promise.createdAt, promise.resolvedAt]),
      ...needs.map((need) => need.answeredAt),
      ...roleChanges.map((change) => change.changedAt),
      ...obstacles.map((obstacle) => obstacle.createdAt),
      ...connections.map((connection) => connection.createdAt),
      assessment?.assessedAt ?? null,
    ].filter((stamp): stamp is Date => stamp !== null)
    const lastActivityAt = new Date(Math.max(...stamps.map((stamp) => stamp.getTime())))

    // Brokers have read most of their open cases; what changed in the last days shows as new.
    const reads: PlannedInitiative['reads'] = []
    if (brokerId !== null && isOpen && lastActivityAt.getTime() < nowMs - 2 * DAY && random.chance(0.85)) {
      reads.push({ personId: brokerId, readAt: new Date(Math.min(lastActivityAt.getTime() + (1 + random.next() * 30) * HOUR, latest)) })
    }

    const point = item.area.places.core && random.chance(0.8) ? randomPointNear(item.area.demo.boundary, item.area.places.core, 0.006, random) : randomPointIn(item.area.demo.boundary, random)

    return {
      submissionKey: item.submissionKey,
      title: item.title,
      summary,
      description,
      areaId: item.area.id,
      latitude: point.latitude,
      longitude: point.longitude,
      initiatorKind: item.kind,
      status,
      publication,
      publicationNote,
      publishDescription,
      brokerId,
      contactName: item.contact.name,
      contactEmail: item.contact.email,
      governmentRole: roleChanges.at(-1)?.role ?? null,
      outcome,
      createdAt: item.createdAt,
      confirmedAt: item.confirmedAt,
      lastActivityAt,
      themeIds: item.themeIds,
      needs,
      journal: journal.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
      promises,
      roleChanges,
      obstacles,
      connections,
      assessment,
      reads,
      confirmation:
        status === 'unconfirmed'
          ? { tokenHash: createHash('sha256').update(`demo-confirmation-${item.submissionKey}`).digest('hex'), expiresAt: new Date(item.createdAt.getTime() + 7 * DAY) }
          : null,
    }
  }
}

/** The moments in the years around now on which a seasonal idea happens (late morning in the Netherlands). */
function occurrences([month, day]: [number, number], nowMs: number): number[] {
  const thisYear = new Date(nowMs).getUTCFullYear()
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1]
  return years.map((year) => Date.parse(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T10:00:00Z`))
}

const numberWords = ['nul', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien', 'veertien']

function check(text: string, min: number, max: number, what: string): void {
  if (text.length < min || text.length > max) throw new Error(`Demo ${what} must be ${min}–${max} characters, got ${text.length}: ${text.slice(0, 80)}`)
}

function euros(random: DemoRandom, [from, to]: [number, number]): number {
  return Math.round((from + random.next() * (to - from)) / 50) * 50
}

function formatEuros(amount: number): string {
  return `€ ${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`
}

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z-]/g, '')
}

function newContact(random: DemoRandom, used: Set<string>): Basics['contact'] {
  for (;;) {
    const firstName = random.pick(texts.firstNames)
    const lastName = random.pick(texts.lastNames)
    const name = `${firstName} ${lastName}`
    if (used.has(name)) continue
    used.add(name)
    return { name, firstName, email: `${plain(firstName)}.${plain(lastName)}@voorbeeld.nl` }
  }
}

function fits(idea: Idea, area: AreaInfo): boolean {
  if (idea.where === 'village' && area.demo.kind !== 'village') return false
  if (idea.where === 'neighbourhood' && area.demo.kind !== 'neighbourhood') return false
  if (Array.isArray(idea.where) && !idea.where.includes(area.slug)) return false
  const ideaTexts = [idea.title, idea.summary, idea.description, idea.update, idea.achieved, ...idea.needs.flatMap((need) => [need.explanation, need.answer ?? ''])]
  const places = area.places as unknown as Record<string, string | undefined>
  return ideaTexts.every((text) => tokensIn(text).every((token) => token === 'kort' || token === 'groep' || places[token] !== undefined))
}

/** Fills each area's quota with ideas that fit it, using each idea at most twice (more only if the quotas demand it). */
function placeIdeas(random: DemoRandom, areas: AreaInfo[]): { idea: Idea; area: AreaInfo }[] {
  const slots = random.shuffle(areas.flatMap((area) => Array.from({ length: areaQuota[area.slug] ?? 0 }, () => area)))
  const uses = new Map<string, number>()
  const placed = new Set<string>()
  const result: { idea: Idea; area: AreaInfo }[] = []
  for (const area of slots) {
    for (let allowance = 0; allowance < 3; allowance++) {
      const candidates = demoIdeas.filter((idea) => !placed.has(`${idea.key}@${area.slug}`) && (uses.get(idea.key) ?? 0) < (idea.uses ?? 2) + allowance && fits(idea, area))
      if (candidates.length === 0) continue
      const fewest = Math.min(...candidates.map((idea) => uses.get(idea.key) ?? 0))
      const idea = random.pick(candidates.filter((candidate) => (uses.get(candidate.key) ?? 0) === fewest))
      uses.set(idea.key, (uses.get(idea.key) ?? 0) + 1)
      placed.add(`${idea.key}@${area.slug}`)
      result.push({ idea, area })
      break
    }
  }
  return result
}

function assignStatuses(random: DemoRandom, placements: { idea: Idea }[]): InitiativeStatus[] {
  const statuses: (InitiativeStatus | undefined)[] = placements.map(() => undefined)
  const pool = (Object.entries(statusCounts) as [InitiativeStatus, number][]).flatMap(([status, count]) => Array.from({ length: count }, () => status))
  // Stretch or shrink the pool to the number of placements, keeping the proportions roughly.
  while (pool.length < placements.length) pool.push('realised')
  pool.length = placements.length
  const referred = pool.filter((status) => status === 'referred').length
  const referable = random.shuffle(placements.map((placement, index) => ({ placement, index })).filter(({ placement }) => placement.idea.referTo))
  referable.slice(0, referred).forEach(({ index }) => (statuses[index] = 'referred'))
  let remaining = [...pool]
  for (let i = 0; i < statuses.filter((status) => status === 'referred').length; i++) remaining.splice(remaining.indexOf('referred'), 1)
  remaining = random.shuffle(remaining)
  return statuses.map((status) => status ?? remaining.pop()!)
}

function chooseBroker(random: DemoRandom, brokers: Person[], areaId: number, themeIds: number[]): number | null {
  if (brokers.length === 0) return null
  const ofArea = brokers.filter((broker) => broker.areaIds.includes(areaId))
  const themed = (list: Person[]) => list.filter((broker) => broker.themeIds.some((id) => themeIds.includes(id)))
  const choice = themed(ofArea)[0] ? themed(ofArea) : ofArea.length ? ofArea : themed(brokers).length ? themed(brokers) : brokers
  return random.pick(choice).id
}

function allocateObstacles(random: DemoRandom, basics: Basics[]): void {
  const eligible = (item: Basics) => item.contactAt !== null && item.status !== 'withdrawn'
  for (const obstacle of random.shuffle(obstacleTexts)) {
    const matches = basics.filter((item) => eligible(item) && (item.idea.tags ?? []).includes(obstacle.tag) && (!obstacle.ideas || obstacle.ideas.includes(item.idea.key)) && !item.obstacles.includes(obstacle))
    if (matches.length === 0) continue
    const free = matches.filter((item) => item.obstacles.length === 0)
    const candidates = free.length ? free : matches
    const stopped = candidates.filter((item) => item.status === 'stopped')
    const item = obstacle.delayDays >= 90 && stopped.length && random.chance(0.7) ? random.pick(stopped) : random.pick(candidates)
    item.obstacles.push(obstacle)
  }
}

// ---------------------------------------------------------------------------------------------
// Storing: multi-row inserts in chunks, ids matched back by unique keys.

async function inChunks<T, R>(rows: T[], size: number, insert: (chunk: T[]) => Promise<R[]>): Promise<R[]> {
  const results: R[] = []
  for (let i = 0; i < rows.length; i += size) results.push(...(await insert(rows.slice(i, i + size))))
  return results
}

async function insertPlan(trx: Db, tenantId: number, plans: PlannedInitiative[]): Promise<void> {
  // The initiators get resident accounts, as confirming an initiative gives them.
  const initiators = new Map<string, { name: string; createdAt: Date }>()
  for (const plan of [...plans].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (plan.confirmedAt && !initiators.has(plan.contactEmail)) initiators.set(plan.contactEmail, { name: plan.contactName, createdAt: plan.confirmedAt })
  }
  const people = await inChunks([...initiators], 200, (chunk) =>
    trx
      .insertInto('people')
      .values(chunk.map(([email, person]) => ({ tenant_id: tenantId, email, display_name: person.name, created_at: person.createdAt })))
      .returning(['id', 'email'])
      .execute(),
  )
  const personId = new Map(people.map((row) => [row.email, row.id]))
  if (people.length) await inChunks(people, 500, (chunk) => trx.insertInto('role_assignments').values(chunk.map((row) => ({ person_id: row.id, role: 'resident' as const, granted_at: initiators.get(row.email)!.createdAt }))).execute())

  const stored = await inChunks(plans, 100, (chunk) =>
    trx
      .insertInto('initiatives')
      .values(
        chunk.map((plan) => ({
          tenant_id: tenantId,
          title: plan.title,
          summary: plan.summary,
          description: plan.description,
          area_id: plan.areaId,
          latitude: plan.latitude,
          longitude: plan.longitude,
          initiator_kind: plan.initiatorKind,
          status: plan.status,
          publication: plan.publication,
          publication_note: plan.publicationNote,
          publish_description: plan.publishDescription,
          initiator_id: plan.confirmedAt ? (personId.get(plan.contactEmail) ?? null) : null,
          broker_id: plan.brokerId,
          contact_name: plan.contactName,
          contact_email: plan.contactEmail,
          contact_phone: null,
          government_role: plan.governmentRole,
          outcome: plan.outcome ? JSON.stringify(plan.outcome) : null,
          submission_key: plan.submissionKey,
          created_at: plan.createdAt,
          confirmed_at: plan.confirmedAt,
          last_activity_at: plan.lastActivityAt,
        })),
      )
      .returning(['id', 'submission_key'])
      .execute(),
  )
  const idByKey = new Map(stored.map((row) => [row.submission_key, row.id]))
  const withId = plans.map((plan) => ({ plan, id: idByKey.get(plan.submissionKey)! }))
  const rows = <T>(make: (plan: PlannedInitiative, id: number) => T[]) => withId.flatMap(({ plan, id }) => make(plan, id))
  const authorOf = (plan: PlannedInitiative, author: AuthorRef) => (author === 'initiator' ? (personId.get(plan.contactEmail) ?? null) : author)

  const themes = rows((plan, id) => plan.themeIds.map((themeId) => ({ initiative_id: id, theme_id: themeId })))
  await inChunks(themes, 1000, (chunk) => trx.insertInto('initiative_themes').values(chunk).execute())

  const needs = rows((plan, id) => plan.needs.map((need) => ({ initiative_id: id, kind: need.kind, explanation: need.explanation, status: need.status, answer: need.answer, answered_at: need.answeredAt })))
  await inChunks(needs, 500, (chunk) => trx.insertInto('initiative_needs').values(chunk).execute())

  const confirmations = rows((plan, id) => (plan.confirmation ? [{ token_hash: plan.confirmation.tokenHash, initiative_id: id, expires_at: plan.confirmation.expiresAt, used_at: null }] : []))
  if (confirmations.length) await trx.insertInto('initiative_confirmations').values(confirmations).execute()

  const journal = rows((plan, id) => plan.journal.map((entry) => ({ initiative_id: id, author_id: authorOf(plan, entry.authorId), kind: entry.kind, visibility: entry.visibility, body: entry.body, created_at: entry.createdAt })))
  await inChunks(journal, 500, (chunk) => trx.insertInto('journal_entries').values(chunk).execute())

  // Promises in two rounds: a renegotiated promise must exist before the one that replaces it.
  const promiseId = new Map<number, number>()
  for (const round of [false, true]) {
    const planned = rows((plan, id) => plan.promises.filter((promise) => (promise.replacesRef !== null) === round).map((promise) => ({ promise, id })))
    const inserted = await inChunks(planned, 500, (chunk) =>
      trx
        .insertInto('promises')
        .values(
          chunk.map(({ promise, id }) => ({
            initiative_id: id,
            made_by: promise.madeBy,
            kind: promise.kind,
            description: promise.description,
            due_on: promise.dueOn,
            status: promise.status,
            replaces_id: promise.replacesRef === null ? null : promiseId.get(promise.replacesRef)!,
            created_at: promise.createdAt,
            resolved_at: promise.resolvedAt,
          })),
        )
        .returning(['id', 'initiative_id', 'description'])
        .execute(),
    )
    // PostgreSQL returns the rows of a multi-row insert in the order given; check rather than trust.
    inserted.forEach((row, i) => {
      const { promise, id } = planned[i]!
      if (row.initiative_id !== id || row.description !== promise.description) throw new Error('Demo promises came back in an unexpected order')
      promiseId.set(promise.ref, row.id)
    })
  }

  const roleChanges = rows((plan, id) => plan.roleChanges.map((change) => ({ initiative_id: id, role: change.role, reason: change.reason, changed_by: change.changedBy, changed_at: change.changedAt })))
  if (roleChanges.length) await inChunks(roleChanges, 500, (chunk) => trx.insertInto('government_role_changes').values(chunk).execute())

  const obstacles = rows((plan, id) =>
    plan.obstacles.map((obstacle) => ({
      tenant_id: tenantId,
      initiative_id: id,
      rule: obstacle.rule,
      department: obstacle.department,
      what_happened: obstacle.whatHappened,
      delay_days: obstacle.delayDays,
      suggested_change: obstacle.suggestedChange,
      recorded_by: plan.brokerId,
      created_at: obstacle.createdAt,
    })),
  )
  if (obstacles.length) await trx.insertInto('obstacles').values(obstacles).execute()

  const connections = rows((plan, id) => plan.connections.map((connection) => ({ initiative_id: id, kind: connection.kind, description: connection.description, url: null, made_by: plan.brokerId, created_at: connection.createdAt })))
  if (connections.length) await inChunks(connections, 500, (chunk) => trx.insertInto('connections').values(chunk).execute())

  const assessments = rows((plan, id) => (plan.assessment ? [{ initiative_id: id, answers: JSON.stringify(plan.assessment.answers), assessed_by: plan.brokerId, assessed_at: plan.assessment.assessedAt }] : []))
  if (assessments.length) await trx.insertInto('support_assessments').values(assessments).execute()

  const reads = rows((plan, id) => plan.reads.map((read) => ({ person_id: read.personId, initiative_id: id, read_at: read.readAt })))
  if (reads.length) await trx.insertInto('case_reads').values(reads).execute()
}
