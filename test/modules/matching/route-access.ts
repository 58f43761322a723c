import { everyone, only, signedIn, type RouteAccess } from '../../support/route-access.ts'

const caseWorkers = ['broker', 'coordinator', 'admin'] as const

export const matchingRouteAccess: RouteAccess = {
  'GET /werk/initiatieven/:id/suggesties': { path: '/werk/initiatieven/999999/suggesties', expect: only([...caseWorkers], 404) },
  'POST /werk/initiatieven/:id/suggesties': { path: '/werk/initiatieven/999999/suggesties', expect: only([...caseWorkers], 404) },
  'POST /werk/initiatieven/:id/suggesties/intrekken': { path: '/werk/initiatieven/999999/suggesties/intrekken', expect: only([...caseWorkers], 404) },
  'GET /mijn/initiatieven/:id/suggesties': { path: '/mijn/initiatieven/999999/suggesties', expect: signedIn(404) },
  'POST /mijn/initiatieven/:id/suggesties': { path: '/mijn/initiatieven/999999/suggesties', expect: signedIn(404) },
  'POST /mijn/initiatieven/:id/suggesties/intrekken': { path: '/mijn/initiatieven/999999/suggesties/intrekken', expect: signedIn(404) },
  'GET /mijn/verzoeken': { expect: signedIn(200) },
  'POST /mijn/verzoeken/:id': { path: '/mijn/verzoeken/999999', expect: signedIn(400) },
  'POST /werk/initiatieven/:id/verbindingen/:connectionId/resultaat': { path: '/werk/initiatieven/999999/verbindingen/1/resultaat', expect: only([...caseWorkers], 404) },
  // The API ignores session cookies: without a bearer token there are no suggestions.
  'GET /api/v1/initiatives/:id/suggestions': { path: '/api/v1/initiatives/999999/suggestions', expect: everyone(401) },
}
