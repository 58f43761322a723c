import type { RouteLoad } from './load.ts'
import type { SyntheticData } from './synthetic-data.ts'

export const SUBMITTER_EMAIL = 'indiener@bench.example'

export interface SubmissionSession {
  cookie: string
  csrfToken: string
  areaId: number
  themeId: number
}

/** Fetches the submission form as a browser does, for the CSRF cookie and token every POST must carry. */
export async function openSubmissionSession(url: string, data: SyntheticData): Promise<SubmissionSession> {
  const response = await fetch(`${url}/initiatieven/nieuw`)
  const html = await response.text()
  const cookie = response.headers.getSetCookie().map((header) => header.split(';')[0]).join('; ')
  const csrfToken = /name="_csrf" value="([^"]+)"/.exec(html)?.[1]
  if (!cookie || !csrfToken) throw new Error('The submission form gave no CSRF cookie and token.')
  return { cookie, csrfToken, areaId: data.submitAreaId, themeId: data.submitThemeId }
}

function submissionBody(session: SubmissionSession, n: number): string {
  return new URLSearchParams({
    _csrf: session.csrfToken,
    title: `Buurtmoestuin proef ${n}`,
    summary: 'Een proefinzending van de benchmark, die na afloop weer wordt verwijderd.',
    description: '',
    themes: String(session.themeId),
    area: String(session.areaId),
    initiatorKind: 'resident',
    needs: 'volunteers',
    'need-volunteers': 'Twee mensen die helpen met spitten.',
    contactName: 'Benchmark',
    contactEmail: SUBMITTER_EMAIL,
    publish: 'no',
    submissionKey: `bench-post-${String(n).padStart(12, '0')}`,
  }).toString()
}

/** The broker's cookies as their browser holds them after the first page: the session and the CSRF secret. */
export async function openBrokerSession(url: string, data: SyntheticData): Promise<string> {
  const response = await fetch(`${url}/werk`, { headers: { cookie: data.brokerCookie } })
  if (!response.ok) throw new Error(`The broker's inbox answered ${response.status}.`)
  return [data.brokerCookie, ...response.headers.getSetCookie().map((header) => header.split(';')[0])].join('; ')
}

/** A page of the common word's results that no one asked for before (pages and page sizes, a million combinations). */
function freshSearch(step: number): string {
  return `/api/v1/search?q=moestuin&page=${1 + (step % 10000)}&pageSize=${1 + (Math.floor(step / 10000) % 100)}`
}

/**
 * The first page of the common word's results, which also searches helpers, organisations and
 * spaces, under an address no one asked before: the API ignores a parameter it does not know, the
 * cache does not.
 */
function freshFirstPage(step: number): string {
  return `/api/v1/search?q=moestuin&vers=${step}`
}

/** The box moved by a few metres per step, as someone dragging the map: every answer is new. */
function pan([minLon, minLat, maxLon, maxLat]: [number, number, number, number], step: number): string {
  const shift = step * 0.0000001
  return [minLon + shift, minLat + shift, maxLon + shift, maxLat + shift].map((value) => value.toFixed(7)).join(',')
}

/** The routes the issue names, in the order they are measured. */
export function benchRoutes(data: SyntheticData, brokerCookie: string, submission: SubmissionSession, suggestionsPath: string | undefined): RouteLoad[] {
  const [minLon, minLat, maxLon, maxLat] = data.municipalityBox
  let submitted = 0
  let fresh = 0
  const routes: RouteLoad[] = [
    { name: 'home page', path: '/' },
    { name: 'initiative page', path: `/initiatieven/${data.sampleInitiativeId}` },
    { name: 'list, two filters', path: `/initiatieven?thema=${data.sampleThemeSlug}&wijk=${data.sampleAreaSlug}` },
    { name: 'search: common word', path: '/api/v1/search?q=moestuin' },
    { name: 'search: misspelled', path: '/api/v1/search?q=speeltiun' },
    { name: 'search: two words', path: `/api/v1/search?q=${encodeURIComponent('repair brink')}` },
    { name: 'map: municipality zoom', path: `/api/v1/map/clusters?bbox=${minLon},${minLat},${maxLon},${maxLat}&zoom=12` },
    { name: 'map: street zoom', path: `/api/v1/map/clusters?bbox=${data.streetBox.join(',')}&zoom=17` },
    // The same work without the public cache: each request asks something no one asked before.
    { name: 'search: common word, every page', diagnostic: true, path: '/api/v1/search?q=moestuin', setupRequest: (request) => ({ ...request, path: freshSearch(fresh++) }) },
    { name: 'map: panning at municipality zoom', diagnostic: true, path: '/api/v1/map/clusters', setupRequest: (request) => ({ ...request, path: `/api/v1/map/clusters?bbox=${pan(data.municipalityBox, fresh++)}&zoom=12` }) },
    // The same two with one connection: the latency of a cold answer, without queueing behind 49 others.
    { name: 'search: common word, every page, 1 connection', diagnostic: true, connections: 1, path: '/api/v1/search?q=moestuin', setupRequest: (request) => ({ ...request, path: freshSearch(fresh++) }) },
    { name: 'search: common word, first page with the directory, 1 connection', diagnostic: true, connections: 1, path: '/api/v1/search?q=moestuin', setupRequest: (request) => ({ ...request, path: freshFirstPage(fresh++) }) },
    { name: 'map: panning, 1 connection', diagnostic: true, connections: 1, path: '/api/v1/map/clusters', setupRequest: (request) => ({ ...request, path: `/api/v1/map/clusters?bbox=${pan(data.municipalityBox, fresh++)}&zoom=12` }) },
    { name: 'broker inbox', path: '/werk', headers: { cookie: brokerCookie } },
  ]
  if (suggestionsPath) routes.push({ name: 'match suggestions', path: suggestionsPath, headers: { authorization: `Bearer ${data.staffToken}` } })
  routes.push({
    name: 'submit initiative',
    method: 'POST',
    path: '/initiatieven/nieuw',
    expectStatus: 200,
    setupRequest: (request) => {
      submitted += 1
      // Each resident comes from their own address, as through the municipality's proxy: the
      // submission rate limit is per address, and one address would be refused after ten.
      const address = `10.${(submitted >> 16) & 255}.${(submitted >> 8) & 255}.${submitted & 255}`
      return {
        ...request,
        headers: { ...request.headers, cookie: submission.cookie, 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': address },
        body: submissionBody(submission, submitted),
      }
    },
  })
  return routes
}
