import turfDistance from '@turf/distance'
import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { NeedKind } from '../initiatives/vocabulary.ts'
import type { TimeCommitment } from '../network/vocabulary.ts'
import { queryWords } from '../search/search-service.ts'
import { needKeywords, offerForNeed } from './need-keywords.ts'
import { reason, totalScore, type MatchReason } from './reasons.ts'
import type { PartyKind, RequestStatus } from './request-table.ts'

/** Candidates fetched per kind before scoring; the few best are shown. */
const CANDIDATES = 100

export interface MatchInitiative {
  id: number
  title: string
  areaId: number | null
  areaName: string | null
  longitude: number | null
  latitude: number | null
  initiatorId: number | null
}

export interface MatchNeed {
  id: number
  kind: NeedKind
  explanation: string
}

/**
 * Who is looking: staff also see helpers who show themselves to staff only; an initiator sees
 * what any signed-in member may see.
 */
export type MatchViewer = 'staff' | 'member'

export interface SuggestedParty {
  kind: PartyKind | 'initiative'
  /** The id a request names: the helper's person, the organisation, the space, the initiative. */
  id: number
  name: string
  url: string
}

export interface Suggestion {
  party: SuggestedParty
  score: number
  reasons: MatchReason[]
  /** The latest request to this party for this need, if any. */
  request?: { id: number; status: RequestStatus }
}

export interface NeedSuggestions {
  helpers: Suggestion[]
  organisations: Suggestion[]
  spaces: Suggestion[]
  initiatives: Suggestion[]
}

function textQuery(initiative: MatchInitiative, need: MatchNeed): string {
  const words = new Set([...queryWords(`${need.explanation} ${initiative.title}`), ...needKeywords[need.kind]])
  return [...words].map((word) => `${word}:*`).join(' | ')
}

function kilometres(initiative: MatchInitiative, longitude: number | null, latitude: number | null): number | undefined {
  if (initiative.longitude === null || initiative.latitude === null || longitude === null || latitude === null) return undefined
  return turfDistance([initiative.longitude, initiative.latitude], [longitude, latitude], { units: 'kilometers' })
}

/** Nearby counts for up to 15 points, fading to nothing at five kilometres. */
function distanceReason(km: number | undefined): MatchReason[] {
  if (km === undefined || km >= 5) return []
  return [reason('distance', 15 - 3 * km, { km: Math.round(km * 10) / 10 })]
}

function earlierHelpReason(count: number): MatchReason[] {
  return count > 0 ? [reason('earlierHelp', 8 * Math.min(count, 3), { count })] : []
}

function areaReason(initiative: MatchInitiative, sameArea: boolean): MatchReason[] {
  return sameArea && initiative.areaName ? [reason('sameArea', 20, { area: initiative.areaName })] : []
}

const commitmentPoints: Record<TimeCommitment, number> = { regularly: 10, nowAndThen: 5, once: 2 }

function firstName(displayName: string): string {
  return displayName.trim().split(/\s+/)[0] ?? displayName
}

interface Only {
  kind: PartyKind
  id: number
}

async function helperSuggestions(db: Db, tenantId: number, initiative: MatchInitiative, need: MatchNeed, viewer: MatchViewer, only?: Only): Promise<Suggestion[]> {
  const visible = viewer === 'staff' ? ['public', 'members', 'staff'] : ['public', 'members']
  const areaId = initiative.areaId ?? 0
  const { rows } = await sql<{
    helper_id: number; person_id: number; display_name: string; name_shown: 'firstName' | 'fullName'; time_commitment: TimeCommitment
    whole_municipality: boolean; latitude: number | null; longitude: number | null; rank: number; skills: string[]; tags: string[]; same_area: boolean; earlier_help: number
  }>`
    select h.id as helper_id, h.person_id, p.display_name, h.name_shown, h.time_commitment, h.whole_municipality, h.latitude, h.longitude,
      ts_rank(h.search_document, q.query) as rank,
      array(select s.name->>'nl' from helper_skills hs join skills s on s.id = hs.skill_id
            where hs.helper_id = h.id and to_tsvector('dutch', s.name->>'nl') @@ q.query order by 1) as skills,
      array(select t from unnest(h.tags) t where to_tsvector('dutch', t) @@ q.query order by 1) as tags,
      exists (select 1 from helper_areas ha where ha.helper_id = h.id and ha.area_id = ${areaId}) as same_area,
      (select count(*)::int from connections c where c.helper_person_id = h.person_id and c.outcome in ('helped', 'partly')) as earlier_help
    from helper_profiles h
    join people p on p.id = h.person_id and p.deleted_at is null
    cross join (select to_tsquery('dutch', ${textQuery(initiative, need)}) as query) q
    where h.tenant_id = ${tenantId}
      and h.visibility in (${sql.join(visible)})
      and h.person_id <> ${initiative.initiatorId ?? 0}
      and (h.search_document @@ q.query or h.whole_municipality or exists (select 1 from helper_areas ha where ha.helper_id = h.id and ha.area_id = ${areaId}))
      ${only ? sql`and h.person_id = ${only.id}` : sql``}
    order by (h.search_document @@ q.query) desc, rank desc, h.id
    limit ${CANDIDATES}
  `.execute(db)
  return rows.map((row) => {
    const matched = [...row.skills, ...row.tags]
    const reasons: MatchReason[] = [
      ...(matched.length > 0 ? [reason('skills', 25 * Math.min(matched.length, 2), { skills: matched.join(', ') })] : row.rank > 0 ? [reason('words', Math.min(15, 5 + row.rank * 100))] : []),
      ...areaReason(initiative, row.same_area),
      ...(!row.same_area && row.whole_municipality ? [reason('wholeMunicipality', 8)] : []),
      ...distanceReason(kilometres(initiative, row.longitude, row.latitude)),
      reason('availability', need.kind === 'volunteers' ? commitmentPoints[row.time_commitment] : commitmentPoints[row.time_commitment] / 2, { commitment: row.time_commitment }),
      ...earlierHelpReason(row.earlier_help),
    ]
    const name = row.name_shown === 'fullName' ? row.display_name : firstName(row.display_name)
    return { party: { kind: 'helper', id: row.person_id, name, url: `/helpers/${row.helper_id}` }, score: totalScore(reasons), reasons }
  })
}

async function organisationSuggestions(db: Db, tenantId: number, initiative: MatchInitiative, need: MatchNeed, only?: Only): Promise<Suggestion[]> {
  const offerKinds = offerForNeed[need.kind]
  const { rows } = await sql<{ id: number; slug: string; name: string; area_id: number | null; latitude: number | null; longitude: number | null; rank: number; offers: string[]; earlier_help: number }>`
    select o.id, o.slug, o.name, o.area_id, o.latitude, o.longitude, ts_rank(o.search_document, q.query) as rank,
      array(select f.description from organisation_offers f where f.organisation_id = o.id and f.active and f.kind in (${sql.join(offerKinds)}) order by f.id) as offers,
      (select count(*)::int from connections c where c.organisation_id = o.id and c.outcome in ('helped', 'partly')) as earlier_help
    from organisations o
    cross join (select to_tsquery('dutch', ${textQuery(initiative, need)}) as query) q
    where o.tenant_id = ${tenantId}
      and o.visibility = 'public'
      -- Only organisations with a contact person who can answer a request.
      and exists (select 1 from organisation_contacts oc join people p on p.id = oc.person_id and p.deleted_at is null
                  where oc.organisation_id = o.id and oc.accepted_at is not null)
      and (exists (select 1 from organisation_offers f where f.organisation_id = o.id and f.active and f.kind in (${sql.join(offerKinds)}))
           or o.search_document @@ q.query or o.area_id = ${initiative.areaId ?? 0})
      ${only ? sql`and o.id = ${only.id}` : sql``}
    order by rank desc, o.id
    limit ${CANDIDATES}
  `.execute(db)
  return rows.map((row) => {
    const reasons: MatchReason[] = [
      ...(row.offers.length > 0 ? [reason('offer', 35, { offer: row.offers[0]! })] : []),
      ...(row.rank > 0 ? [reason('words', Math.min(15, 5 + row.rank * 100))] : []),
      ...areaReason(initiative, row.area_id !== null && row.area_id === initiative.areaId),
      ...distanceReason(kilometres(initiative, row.longitude, row.latitude)),
      ...earlierHelpReason(row.earlier_help),
    ]
    return { party: { kind: 'organisation', id: row.id, name: row.name, url: `/organisaties/${row.slug}` }, score: totalScore(reasons), reasons }
  })
}

async function spaceSuggestions(db: Db, tenantId: number, initiative: MatchInitiative, need: MatchNeed, only?: Only): Promise<Suggestion[]> {
  if (need.kind !== 'space') return []
  const { rows } = await sql<{ id: number; name: string; capacity: number; area_id: number; latitude: number | null; longitude: number | null; price_kind: string; accessibility: string[]; earlier_help: number }>`
    select s.id, s.name, s.capacity, s.area_id, s.latitude, s.longitude, s.price_kind, s.accessibility,
      (select count(*)::int from connections c where c.space_id = s.id and c.outcome in ('helped', 'partly')) as earlier_help
    from spaces s
    join people p on p.id = s.owner_id and p.deleted_at is null
    where s.tenant_id = ${tenantId} and s.visibility = 'listed' and s.hidden_at is null
      and s.owner_id <> ${initiative.initiatorId ?? 0}
      ${only ? sql`and s.id = ${only.id}` : sql``}
    order by (s.area_id = ${initiative.areaId ?? 0}) desc, s.id
    limit ${CANDIDATES}
  `.execute(db)
  return rows.map((row) => {
    const reasons: MatchReason[] = [
      reason('capacity', 5, { capacity: row.capacity }),
      ...areaReason(initiative, row.area_id === initiative.areaId),
      ...distanceReason(kilometres(initiative, row.longitude, row.latitude)),
      ...(row.price_kind === 'free' ? [reason('free', 10)] : []),
      ...(row.accessibility.includes('wheelchair') ? [reason('accessible', 5)] : []),
      ...earlierHelpReason(row.earlier_help),
    ]
    return { party: { kind: 'space', id: row.id, name: row.name, url: `/ruimtes/${row.id}` }, score: totalScore(reasons), reasons }
  })
}

/** Initiatives that had the same kind of need answered, or look alike: their people know the way. */
async function initiativeSuggestions(db: Db, tenantId: number, initiative: MatchInitiative, need: MatchNeed): Promise<Suggestion[]> {
  const words = queryWords(initiative.title)
  if (words.length === 0) return []
  const { rows } = await sql<{ id: number; title: string; area_id: number | null; answered: boolean }>`
    select i.id, i.title, i.area_id,
      exists (select 1 from initiative_needs n where n.initiative_id = i.id and n.kind = ${need.kind} and n.status = 'answered') as answered
    from initiatives i
    where i.tenant_id = ${tenantId} and i.publication = 'published' and i.status in ('underWay', 'realised') and i.id <> ${initiative.id}
      and i.search_document @@ to_tsquery('dutch', ${words.map((word) => `${word}:*`).join(' | ')})
    order by ts_rank(i.search_document, to_tsquery('dutch', ${words.map((word) => `${word}:*`).join(' | ')})) desc, i.id desc
    limit ${CANDIDATES}
  `.execute(db)
  return rows.map((row) => {
    const reasons: MatchReason[] = [
      reason('similarTitle', 20),
      ...(row.answered ? [reason('sameNeedAnswered', 15, { need: need.kind })] : []),
      ...areaReason(initiative, row.area_id !== null && row.area_id === initiative.areaId),
    ]
    return { party: { kind: 'initiative', id: row.id, name: row.title, url: `/initiatieven/${row.id}` }, score: totalScore(reasons), reasons }
  })
}

function best(suggestions: Suggestion[], limit: number): Suggestion[] {
  return suggestions.sort((a, b) => b.score - a.score || a.party.id - b.party.id).slice(0, limit)
}

type AskedParty = { id: number; status: RequestStatus; party_kind: PartyKind; helper_person_id: number | null; organisation_id: number | null; space_id: number | null }

/** The parties already asked for this need, so the list shows "asked" or "declined" instead of a button. */
function withRequests(requests: AskedParty[], suggestions: Suggestion[]): Suggestion[] {
  return suggestions.map((suggestion) => {
    const request = requests.find((candidate) => candidate.party_kind === suggestion.party.kind && (candidate.helper_person_id ?? candidate.organisation_id ?? candidate.space_id) === suggestion.party.id)
    return request ? { ...suggestion, request: { id: request.id, status: request.status } } : suggestion
  })
}

/** The best few of each kind for one need, each with the reasons that make up its score. */
export async function suggestionsForNeed(db: Db, tenantId: number, initiative: MatchInitiative, need: MatchNeed, viewer: MatchViewer, limit = 3): Promise<NeedSuggestions> {
  const [helpers, organisations, spaces, initiatives, requests] = await Promise.all([
    helperSuggestions(db, tenantId, initiative, need, viewer),
    organisationSuggestions(db, tenantId, initiative, need),
    spaceSuggestions(db, tenantId, initiative, need),
    initiativeSuggestions(db, tenantId, initiative, need),
    db
      .selectFrom('connection_requests')
      .select(['id', 'status', 'party_kind', 'helper_person_id', 'organisation_id', 'space_id'])
      .where('need_id', '=', need.id)
      .orderBy('id', 'desc')
      .execute(),
  ])
  return {
    helpers: withRequests(requests, best(helpers, limit)),
    organisations: withRequests(requests, best(organisations, limit)),
    spaces: withRequests(requests, best(spaces, limit)),
    initiatives: best(initiatives, Math.min(limit, 2)),
  }
}

/** One party scored for one need, or undefined when this viewer may not be pointed to them. */
export async function scoreParty(db: Db, tenantId: number, initiative: MatchInitiative, need: MatchNeed, viewer: MatchViewer, only: Only): Promise<Suggestion | undefined> {
  const found =
    only.kind === 'helper'
      ? await helperSuggestions(db, tenantId, initiative, need, viewer, only)
      : only.kind === 'organisation'
        ? await organisationSuggestions(db, tenantId, initiative, need, only)
        : await spaceSuggestions(db, tenantId, initiative, need, only)
  return found[0]
}
