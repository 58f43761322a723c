import { everyone, only, signedIn, type Expected, type RouteAccess } from '../../support/route-access.ts'

/** Coordinators and admins keep any organisation; other people only the ones they are a contact person of (none here). */
const keepers = (status: number): Expected => ({ ...signedIn(403), coordinator: status, admin: status })
const ORGANISATION = '/organisaties/bakkerij-ter-haar'

/**
 * The network: the skills list for coordinators and admins, the public directories (a helper one may
 * not see is a 404 like one that does not exist), one's own offer of help, and organisations.
 */
export const networkRouteAccess: RouteAccess = {
  'GET /beheer/vaardigheden': { expect: only(['coordinator', 'admin'], 200) },
  'POST /beheer/vaardigheden': { expect: only(['coordinator', 'admin'], 400) },
  // The demo already has its list, so this changes nothing.
  'POST /beheer/vaardigheden/voorgestelde-lijst': { expect: only(['coordinator', 'admin'], 303) },
  'POST /beheer/vaardigheden/:id': { path: '/beheer/vaardigheden/999999', expect: only(['coordinator', 'admin'], 404) },
  'POST /beheer/vaardigheden/:id/intrekken': { path: '/beheer/vaardigheden/999999/intrekken', expect: only(['coordinator', 'admin'], 404) },
  'POST /beheer/vaardigheden/:id/terugzetten': { path: '/beheer/vaardigheden/999999/terugzetten', expect: only(['coordinator', 'admin'], 404) },
  'GET /helpers': { expect: everyone(200) },
  'GET /helpers/:id': { path: '/helpers/999999', expect: everyone(404) },
  'GET /helpers/:id/contact': { path: '/helpers/999999/contact', expect: signedIn(404) },
  'POST /helpers/:id/contact': { path: '/helpers/999999/contact', expect: signedIn(404) },
  'GET /mijn/hulpaanbod': { expect: signedIn(200) },
  'POST /mijn/hulpaanbod': { expect: signedIn(400) },
  // Nobody in the matrix offers help yet, so there is nothing to pause or delete.
  'POST /mijn/hulpaanbod/pauzeren': { expect: signedIn(404) },
  'POST /mijn/hulpaanbod/verwijderen': { expect: signedIn(404) },
  'GET /organisaties': { expect: everyone(200) },
  'GET /organisaties/nieuw': { expect: signedIn(200) },
  'POST /organisaties/nieuw': { expect: signedIn(400) },
  'GET /organisaties/:slug': { path: ORGANISATION, expect: everyone(200) },
  'GET /organisaties/:slug/bewerken': { path: `${ORGANISATION}/bewerken`, expect: keepers(200) },
  'POST /organisaties/:slug/bewerken': { path: `${ORGANISATION}/bewerken`, expect: keepers(400) },
  'POST /organisaties/:slug/aanbod': { path: `${ORGANISATION}/aanbod`, expect: keepers(400) },
  'POST /organisaties/:slug/aanbod/:offerId': { path: `${ORGANISATION}/aanbod/999999`, expect: keepers(404) },
  'POST /organisaties/:slug/aanbod/:offerId/verwijderen': { path: `${ORGANISATION}/aanbod/999999/verwijderen`, expect: keepers(404) },
  'POST /organisaties/:slug/contactpersonen': { path: `${ORGANISATION}/contactpersonen`, expect: keepers(400) },
  'POST /organisaties/:slug/contactpersonen/:personId/verwijderen': { path: `${ORGANISATION}/contactpersonen/999999/verwijderen`, expect: keepers(404) },
  // Nobody in the matrix was invited.
  'POST /organisaties/:slug/uitnodiging/aannemen': { path: `${ORGANISATION}/uitnodiging/aannemen`, expect: signedIn(404) },
  'POST /organisaties/:slug/uitnodiging/afslaan': { path: `${ORGANISATION}/uitnodiging/afslaan`, expect: signedIn(404) },
  'POST /organisaties/:slug/zichtbaarheid': { path: `${ORGANISATION}/zichtbaarheid`, expect: keepers(400) },
  'GET /organisaties/:slug/contact': { path: `${ORGANISATION}/contact`, expect: signedIn(200) },
  'POST /organisaties/:slug/contact': { path: `${ORGANISATION}/contact`, expect: signedIn(400) },
  'GET /api/v1/organisations': { expect: everyone(200) },
  'GET /api/v1/organisations/:slug': { path: '/api/v1/organisations/bakkerij-ter-haar', expect: everyone(200) },
}
