import { everyone, only, type RouteAccess } from '../../support/route-access.ts'

const noSuchImport = 'x'.repeat(43)

/** The admin's pages for neighbourhoods and villages, and the public area photo (the demo areas have none). */
export const areasRouteAccess: RouteAccess = {
  'GET /beheer/wijken': { expect: only(['admin'], 200) },
  'POST /beheer/wijken/grenzen': { expect: only(['admin'], 400) },
  'GET /beheer/wijken/grenzen/:token': { path: `/beheer/wijken/grenzen/${noSuchImport}`, expect: only(['admin'], 404) },
  'POST /beheer/wijken/grenzen/:token': { path: `/beheer/wijken/grenzen/${noSuchImport}`, expect: only(['admin'], 400) },
  'POST /beheer/wijken/gegevens': { expect: only(['admin'], 400) },
  'GET /beheer/wijken/gebied/:slug': { path: '/beheer/wijken/gebied/brinkhorst', expect: only(['admin'], 200) },
  'POST /beheer/wijken/gebied/:slug': { path: '/beheer/wijken/gebied/brinkhorst', expect: only(['admin'], 400) },
  'GET /wijken/:slug/foto': { path: '/wijken/brinkhorst/foto', expect: everyone(404) },
}
