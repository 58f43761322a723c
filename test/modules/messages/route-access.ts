import { signedIn, type RouteAccess } from '../../support/route-access.ts'

/** Messages are for signed-in people only; a conversation one is not in is a 404, exactly like one that does not exist. */
export const messagesRouteAccess: RouteAccess = {
  'GET /berichten': { expect: signedIn(200) },
  'GET /berichten/:id': { path: '/berichten/999999', expect: signedIn(404) },
  'POST /berichten/:id': { path: '/berichten/999999', expect: signedIn(404) },
  'POST /berichten/:id/blokkeren': { path: '/berichten/999999/blokkeren', expect: signedIn(404) },
  'POST /berichten/:id/deblokkeren': { path: '/berichten/999999/deblokkeren', expect: signedIn(404) },
  // Lifting one's own block on an id never blocked changes nothing and reveals nothing.
  'POST /berichten/geblokkeerd/:personId/deblokkeren': { path: '/berichten/geblokkeerd/999999/deblokkeren', expect: signedIn(303) },
}
