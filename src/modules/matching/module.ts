import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { matchingRoutes } from './matching-routes.ts'
import { requestRoutes } from './request-routes.ts'
import { suggestionApiRoutes } from './suggestion-api.ts'

/** Matching an initiative's needs to helpers, organisations and spaces, and the requests that follow. */
export const matchingModule: NoaberModule = {
  name: 'matching',
  routes(app, deps) {
    matchingRoutes(app, deps)
    requestRoutes(app, deps)
    suggestionApiRoutes(app, deps)
  },
}
