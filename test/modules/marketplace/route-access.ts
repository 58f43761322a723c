import { everyone, only, signedIn, type RouteAccess } from '../../support/route-access.ts'

const organisers = ['coordinator', 'admin'] as const

/**
 * The marketplace routes with the answer each visitor gets. Events that do not exist: whoever passes
 * the guard finds nothing (404). A follow-up without its link's token is unknown (404). The rules
 * of a real event are tested in the feature's own tests.
 */
export const marketplaceRouteAccess: RouteAccess = {
  'GET /beursvloer': { expect: everyone(200) },
  'GET /beursvloer/:slug': { path: '/beursvloer/bestaat-niet', expect: everyone(404) },
  'GET /beursvloer/:slug/resultaten': { path: '/beursvloer/bestaat-niet/resultaten', expect: everyone(404) },
  'GET /beursvloer/terugblik': { expect: everyone(404) },
  'POST /beursvloer/terugblik': { expect: everyone(404) },
  'GET /beursvloer/:slug/aanmelden': { path: '/beursvloer/bestaat-niet/aanmelden', expect: signedIn(404) },
  'POST /beursvloer/:slug/aanmelden': { path: '/beursvloer/bestaat-niet/aanmelden', expect: signedIn(404) },
  'GET /beursvloer/:slug/aanmeldingen/:partyId': { path: '/beursvloer/bestaat-niet/aanmeldingen/999999', expect: signedIn(404) },
  'POST /beursvloer/:slug/aanmeldingen/:partyId/vraag-en-aanbod': { path: '/beursvloer/bestaat-niet/aanmeldingen/999999/vraag-en-aanbod', expect: signedIn(404) },
  'POST /beursvloer/:slug/aanmeldingen/:partyId/vraag-en-aanbod/:listingId': { path: '/beursvloer/bestaat-niet/aanmeldingen/999999/vraag-en-aanbod/1', expect: signedIn(404) },
  'POST /beursvloer/:slug/aanmeldingen/:partyId/vraag-en-aanbod/:listingId/verwijderen': { path: '/beursvloer/bestaat-niet/aanmeldingen/999999/vraag-en-aanbod/1/verwijderen', expect: signedIn(404) },
  'POST /beursvloer/:slug/aanmeldingen/:partyId/intrekken': { path: '/beursvloer/bestaat-niet/aanmeldingen/999999/intrekken', expect: signedIn(404) },
  'GET /werk/beursvloer': { expect: only([...organisers], 200) },
  'GET /werk/beursvloer/nieuw': { expect: only([...organisers], 200) },
  'POST /werk/beursvloer/nieuw': { expect: only([...organisers], 400) },
  'GET /werk/beursvloer/:slug': { path: '/werk/beursvloer/bestaat-niet', expect: only([...organisers], 404) },
  'POST /werk/beursvloer/:slug': { path: '/werk/beursvloer/bestaat-niet', expect: only([...organisers], 404) },
  'GET /werk/beursvloer/:slug/aanmeldingen': { path: '/werk/beursvloer/bestaat-niet/aanmeldingen', expect: only([...organisers], 404) },
  'GET /werk/beursvloer/:slug/afspraken': { path: '/werk/beursvloer/bestaat-niet/afspraken', expect: only([...organisers], 404) },
  'POST /werk/beursvloer/:slug/afspraken': { path: '/werk/beursvloer/bestaat-niet/afspraken', expect: only([...organisers], 404) },
  'GET /werk/beursvloer/:slug/afspraken/:id': { path: '/werk/beursvloer/bestaat-niet/afspraken/1', expect: only([...organisers], 404) },
  'POST /werk/beursvloer/:slug/afspraken/:id': { path: '/werk/beursvloer/bestaat-niet/afspraken/1', expect: only([...organisers], 404) },
  'POST /werk/beursvloer/:slug/afspraken/:id/verwijderen': { path: '/werk/beursvloer/bestaat-niet/afspraken/1/verwijderen', expect: only([...organisers], 404) },
}
