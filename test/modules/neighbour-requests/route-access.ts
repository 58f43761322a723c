import { everyone, only, signedIn, type RouteAccess } from '../../support/route-access.ts'

/** Routes of small requests and offers between neighbours, with the answer each visitor gets (see the role × route test). */
export const neighbourRequestsRouteAccess: RouteAccess = {
  'GET /buurtvragen': { expect: everyone(200) },
  'GET /buurtvragen/nieuw': { expect: signedIn(200) },
  'POST /buurtvragen/nieuw': { expect: signedIn(400) },
  'GET /buurtvragen/:id': { path: '/buurtvragen/999999', expect: everyone(404) },
  'GET /buurtvragen/:id/wijzigen': { path: '/buurtvragen/999999/wijzigen', expect: signedIn(404) },
  'POST /buurtvragen/:id/wijzigen': { path: '/buurtvragen/999999/wijzigen', expect: signedIn(404) },
  'POST /buurtvragen/:id/sluiten': { path: '/buurtvragen/999999/sluiten', expect: signedIn(404) },
  'POST /buurtvragen/:id/reageren': { path: '/buurtvragen/999999/reageren', expect: signedIn(404) },
  'POST /buurtvragen/:id/melden': { path: '/buurtvragen/999999/melden', expect: signedIn(404) },
  'GET /mijn/buurtvragen': { expect: signedIn(200) },
  'GET /werk/meldingen': { expect: only(['coordinator', 'admin'], 200) },
  'POST /werk/meldingen/:id/verbergen': { path: '/werk/meldingen/999999/verbergen', expect: only(['coordinator', 'admin'], 404) },
  'POST /werk/meldingen/:id/afwijzen': { path: '/werk/meldingen/999999/afwijzen', expect: only(['coordinator', 'admin'], 404) },
}
