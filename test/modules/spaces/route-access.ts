import { everyone, only, signedIn, type RouteAccess } from '../../support/route-access.ts'

/**
 * The spaces routes with the answer each visitor gets. Ids that do not exist: a signed-in person
 * passes the guard and finds nothing (404); a space's own rules are tested in the feature's tests.
 */
export const spacesRouteAccess: RouteAccess = {
  'GET /ruimtes': { expect: everyone(200) },
  'GET /ruimtes/nieuw': { expect: signedIn(200) },
  'POST /ruimtes/nieuw': { expect: signedIn(400) },
  'GET /ruimtes/:id': { path: '/ruimtes/999999', expect: everyone(404) },
  'GET /ruimtes/:id/bewerken': { path: '/ruimtes/999999/bewerken', expect: signedIn(404) },
  'POST /ruimtes/:id/bewerken': { path: '/ruimtes/999999/bewerken', expect: signedIn(404) },
  'POST /ruimtes/:id/verbergen': { path: '/ruimtes/999999/verbergen', expect: only(['coordinator', 'admin'], 404) },
  'POST /ruimtes/:id/tonen': { path: '/ruimtes/999999/tonen', expect: only(['coordinator', 'admin'], 404) },
  'POST /ruimtes/:id/fotos': { path: '/ruimtes/999999/fotos', expect: signedIn(404) },
  'POST /ruimtes/:id/fotos/:photoId/verwijderen': { path: '/ruimtes/999999/fotos/1/verwijderen', expect: signedIn(404) },
  'GET /ruimtes/:id/fotos/:photoId': { path: '/ruimtes/999999/fotos/1', expect: everyone(404) },
  'GET /ruimtes/:id/reserveren': { path: '/ruimtes/999999/reserveren', expect: signedIn(404) },
  'POST /ruimtes/:id/reserveren': { path: '/ruimtes/999999/reserveren', expect: signedIn(404) },
  'GET /ruimtes/:id/contact': { path: '/ruimtes/999999/contact', expect: signedIn(404) },
  'POST /ruimtes/:id/contact': { path: '/ruimtes/999999/contact', expect: signedIn(404) },
  'GET /mijn/ruimtes': { expect: signedIn(200) },
  'POST /mijn/ruimtes/reserveringen/:id/accepteren': { path: '/mijn/ruimtes/reserveringen/999999/accepteren', expect: signedIn(404) },
  'POST /mijn/ruimtes/reserveringen/:id/afwijzen': { path: '/mijn/ruimtes/reserveringen/999999/afwijzen', expect: signedIn(404) },
  'POST /mijn/ruimtes/reserveringen/:id/intrekken': { path: '/mijn/ruimtes/reserveringen/999999/intrekken', expect: signedIn(400) },
  'GET /mijn/reserveringen': { expect: signedIn(200) },
  'POST /mijn/reserveringen/:id/annuleren': { path: '/mijn/reserveringen/999999/annuleren', expect: signedIn(404) },
  'GET /api/v1/spaces': { expect: everyone(200) },
  'GET /api/v1/spaces/:id': { path: '/api/v1/spaces/999999', expect: everyone(404) },
}
