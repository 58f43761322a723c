import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { roles } from '../../../src/modules/accounts/person-table.ts'
import { newSecretToken } from '../../../src/platform/auth/tokens.ts'
import { SESSION_ABSOLUTE_MS } from '../../../src/platform/auth/session.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { everyone, only, signedIn, visitors, type RouteAccess, type Visitor } from '../../support/route-access.ts'
import { areasRouteAccess } from '../../modules/areas/route-access.ts'
import { neighbourRequestsRouteAccess } from '../../modules/neighbour-requests/route-access.ts'
import { messagesRouteAccess } from '../../modules/messages/route-access.ts'
import { matchingRouteAccess } from '../../modules/matching/route-access.ts'
import { spacesRouteAccess } from '../../modules/spaces/route-access.ts'
import { networkRouteAccess } from '../../modules/network/route-access.ts'
import { marketplaceRouteAccess } from '../../modules/marketplace/route-access.ts'

/**
 * Every route with the answer each kind of visitor gets: a form posted empty (with a valid CSRF
 * token) shows what the guard lets through. A route missing from this table fails the test.
 * Feature modules with their own table (`test/modules/<feature>/route-access.ts`) are spread in at the end.
 */
const matrix: RouteAccess = {
  'GET /': { expect: everyone(200) },
  'GET /over': { expect: everyone(200) },
  'GET /netwerk': { expect: everyone(200) },
  'GET /toegankelijkheid': { expect: everyone(200) },
  'GET /privacy': { expect: everyone(200) },
  'GET /healthz': { expect: everyone(200) },
  'GET /readyz': { expect: everyone(200) },
  'GET /theme.css': { expect: everyone(200) },
  'GET /logo.svg': { expect: everyone(200) },
  'GET /taal/:locale': { path: '/taal/en', expect: everyone(303) },
  'GET /api/v1/openapi.json': { expect: everyone(200) },
  'GET /api/v1/areas': { expect: everyone(200) },
  'GET /api/v1/areas/:slug': { path: '/api/v1/areas/oosterhof', expect: everyone(200) },
  'GET /api/v1/themes': { expect: everyone(200) },
  'GET /inloggen': { expect: { ...everyone(303), anonymous: 200 } },
  'POST /inloggen': { expect: everyone(400) },
  'GET /inloggen/bevestigen': { expect: everyone(400) },
  'POST /inloggen/bevestigen': { expect: everyone(400) },
  'GET /inloggen/medewerker': { expect: everyone(200) },
  'POST /inloggen/medewerker': { expect: everyone(400) },
  // OIDC_* is not set here, so staff sign-in through the identity provider does not exist.
  'GET /inloggen/oidc': { expect: everyone(404) },
  'GET /inloggen/oidc/terug': { expect: everyone(404) },
  'GET /wachtwoord-instellen': { expect: everyone(400) },
  'POST /wachtwoord-instellen': { expect: everyone(400) },
  'POST /uitloggen': { expect: everyone(303) },
  'POST /uitloggen/overal': { expect: signedIn(303) },
  'GET /mijn': { expect: signedIn(200) },
  'GET /mijn/profiel': { expect: signedIn(200) },
  'POST /mijn/profiel': { expect: signedIn(303) },
  'GET /mijn/gegevens': { expect: signedIn(200) },
  'GET /mijn/gegevens.json': { expect: signedIn(200) },
  'POST /mijn/account-verwijderen': { expect: signedIn(400) },
  'GET /initiatieven/nieuw': { expect: everyone(200) },
  'POST /initiatieven/nieuw': { expect: everyone(400) },
  'GET /initiatieven/bevestigen': { expect: everyone(400) },
  'POST /initiatieven/bevestigen': { expect: everyone(400) },
  'GET /api/v1/initiative-suggestions': { path: '/api/v1/initiative-suggestions?title=moestuin', expect: everyone(200) },
  'GET /initiatieven': { expect: everyone(200) },
  'GET /initiatieven/:id': { path: '/initiatieven/999999', expect: everyone(404) },
  // The API ignores session cookies: without a bearer token the list is the public one and writes are refused.
  'GET /api/v1/initiatives': { expect: everyone(200) },
  'GET /api/v1/initiatives/:id': { path: '/api/v1/initiatives/999999', expect: everyone(404) },
  'POST /api/v1/initiatives': { expect: everyone(401) },
  'PATCH /api/v1/initiatives/:id': { path: '/api/v1/initiatives/999999', expect: everyone(401) },
  'GET /werk/export/initiatieven.csv': { expect: only(['coordinator', 'admin'], 200) },
  'GET /werk/export/belemmeringen.csv': { expect: only(['coordinator', 'admin'], 200) },
  'GET /werk': { expect: only(['broker', 'coordinator', 'admin'], 200) },
  'GET /werk/publicatie': { expect: only(['coordinator', 'admin'], 200) },
  'GET /werk/initiatieven/:id': { path: '/werk/initiatieven/999999', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'GET /werk/initiatieven/:id/ondersteuning': { path: '/werk/initiatieven/999999/ondersteuning', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/ondersteuning': { path: '/werk/initiatieven/999999/ondersteuning', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/logboek': { path: '/werk/initiatieven/999999/logboek', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/beloften': { path: '/werk/initiatieven/999999/beloften', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/beloften/:promiseId/nagekomen': { path: '/werk/initiatieven/999999/beloften/1/nagekomen', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/beloften/:promiseId/niet-nagekomen': { path: '/werk/initiatieven/999999/beloften/1/niet-nagekomen', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/beloften/:promiseId/nieuwe-afspraak': { path: '/werk/initiatieven/999999/beloften/1/nieuwe-afspraak', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/hulpvragen/:needId': { path: '/werk/initiatieven/999999/hulpvragen/1', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/rol': { path: '/werk/initiatieven/999999/rol', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/belemmeringen': { path: '/werk/initiatieven/999999/belemmeringen', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/verbindingen': { path: '/werk/initiatieven/999999/verbindingen', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/status': { path: '/werk/initiatieven/999999/status', expect: only(['broker', 'coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/publicatie': { path: '/werk/initiatieven/999999/publicatie', expect: only(['coordinator', 'admin'], 404) },
  'POST /werk/initiatieven/:id/toewijzen': { path: '/werk/initiatieven/999999/toewijzen', expect: only(['coordinator', 'admin'], 404) },
  'GET /mijn/initiatieven': { expect: signedIn(200) },
  'GET /mijn/initiatieven/:id': { path: '/mijn/initiatieven/999999', expect: signedIn(404) },
  'POST /mijn/initiatieven/:id/bericht': { path: '/mijn/initiatieven/999999/bericht', expect: signedIn(404) },
  'POST /mijn/initiatieven/:id/wijzigen': { path: '/mijn/initiatieven/999999/wijzigen', expect: signedIn(404) },
  'POST /mijn/initiatieven/:id/intrekken': { path: '/mijn/initiatieven/999999/intrekken', expect: signedIn(404) },
  'POST /initiatieven/:id/volgen': { path: '/initiatieven/999999/volgen', expect: signedIn(404) },
  'POST /initiatieven/:id/ontvolgen': { path: '/initiatieven/999999/ontvolgen', expect: signedIn(404) },
  'GET /volgen/afmelden': { expect: everyone(200) },
  'POST /volgen/afmelden': { expect: everyone(400) },
  'GET /bijlagen/:id': { path: '/bijlagen/999999', expect: everyone(404) },
  'GET /zoeken': { expect: everyone(200) },
  'GET /api/v1/search': { path: '/api/v1/search?q=moestuin', expect: everyone(200) },
  'GET /kaart': { expect: everyone(200) },
  'GET /api/v1/map/clusters': { path: '/api/v1/map/clusters?bbox=6.5,52.2,6.8,52.4&zoom=12', expect: everyone(200) },
  'GET /api/v1/map/areas': { expect: everyone(200) },
  'GET /wijken': { expect: everyone(200) },
  'GET /wijken/:slug': { path: '/wijken/brinkhorst', expect: everyone(200) },
  'POST /wijken/:slug/agenda': { path: '/wijken/brinkhorst/agenda', expect: { ...signedIn(403), coordinator: 400, admin: 400 } },
  'POST /wijken/:slug/agenda/:id': { path: '/wijken/brinkhorst/agenda/999999', expect: { ...signedIn(403), coordinator: 400, admin: 400 } },
  'POST /wijken/:slug/volgen': { path: '/wijken/brinkhorst/volgen', expect: only(['broker', 'coordinator', 'admin', 'councilMember'], 303) },
  'POST /wijken/:slug/ontvolgen': { path: '/wijken/brinkhorst/ontvolgen', expect: only(['broker', 'coordinator', 'admin', 'councilMember'], 303) },
  'GET /beheer': { expect: only(['admin'], 200) },
  'GET /beheer/medewerkers': { expect: only(['admin'], 200) },
  'POST /beheer/medewerkers': { expect: only(['admin'], 400) },
  'GET /beheer/medewerkers/:id': { path: '/beheer/medewerkers/999999', expect: only(['admin'], 404) },
  'POST /beheer/medewerkers/:id/werkgebied': { path: '/beheer/medewerkers/999999/werkgebied', expect: only(['admin'], 404) },
  'POST /beheer/medewerkers/:id/rollen': { path: '/beheer/medewerkers/999999/rollen', expect: only(['admin'], 404) },
  'GET /beheer/api-sleutels': { expect: only(['admin'], 200) },
  'POST /beheer/api-sleutels': { expect: only(['admin'], 400) },
  'POST /beheer/api-sleutels/:id/intrekken': { path: '/beheer/api-sleutels/999999/intrekken', expect: only(['admin'], 404) },
  'GET /beheer/logboek': { expect: only(['admin'], 200) },
  'GET /beheer/instellingen': { expect: only(['admin'], 200) },
  'POST /beheer/instellingen': { expect: only(['admin'], 400) },
  ...areasRouteAccess,
  ...neighbourRequestsRouteAccess,
  ...messagesRouteAccess,
  ...matchingRouteAccess,
  ...spacesRouteAccess,
  ...networkRouteAccess,
  ...marketplaceRouteAccess,
}

describeEachDatabase('access to every route by role', (context) => {
  let app: FastifyInstance
  const people = new Map<Visitor, number>()

  /** A fresh session each time: signing out, one of the routes tested, ends the session it is sent with. */
  async function sessionCookie(visitor: Visitor): Promise<string | undefined> {
    const personId = people.get(visitor)
    if (personId === undefined) return undefined
    const { token, hash } = newSecretToken()
    await context.database.db.insertInto('sessions').values({ token_hash: hash, person_id: personId, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()
    return `noaber_session=${token}`
  }

  before(async () => {
    const { db } = context.database
    const { tenantId } = await seedDemo(db)
    app = await testApp(db)
    await app.ready()
    for (const role of roles) {
      const { person } = await grantRole(db, tenantId, `${role.toLowerCase()}@matrix.example`, role)
      people.set(role, person.id)
    }
  })
  after(() => app.close())

  it('has an expected answer for every registered route', () => {
    const routes = app.registeredRoutes.filter((route) => !route.url.startsWith('/assets/')).map((route) => `${route.method} ${route.url}`)
    const missing = routes.filter((route) => !(route in matrix))
    assert.deepEqual(missing, [], 'add these routes to the matrix with the answer each role should get')
    const stale = Object.keys(matrix).filter((route) => !routes.includes(route))
    assert.deepEqual(stale, [], 'these matrix entries name routes that no longer exist')
  })

  it('gives each role the expected answer on each route', async () => {
    const wrong: string[] = []
    for (const [route, { path, expect }] of Object.entries(matrix)) {
      const [method, url] = route.split(' ') as [string, string]
      for (const visitor of visitors) {
        const cookie = await sessionCookie(visitor)
        let headers: Record<string, string> = cookie ? { cookie } : {}
        let payload: string | undefined
        if (method === 'POST') {
          // Fetch a page first, as a browser would, to hold a CSRF cookie and token.
          const page = await app.inject({ url: '/inloggen/medewerker', headers })
          const csrfCookie = page.cookies.find((c) => c.name === 'noaber_csrf')
          const token = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1] ?? ''
          headers = { ...headers, cookie: [cookie, csrfCookie ? `noaber_csrf=${csrfCookie.value}` : ''].filter(Boolean).join('; '), 'content-type': 'application/x-www-form-urlencoded' }
          payload = `_csrf=${encodeURIComponent(token)}`
        }
        const response = await app.inject({ method: method as 'GET' | 'POST', url: path ?? url, headers, payload })
        if (response.statusCode !== expect[visitor]) wrong.push(`${route} as ${visitor}: expected ${expect[visitor]}, got ${response.statusCode}`)
      }
    }
    assert.deepEqual(wrong, [])
  })
})
