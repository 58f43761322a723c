import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { agreementRoutes } from './agreement-routes.ts'
import { followUpRoutes } from './follow-up-routes.ts'
import { publicRoutes } from './public-routes.ts'
import { registrationRoutes } from './registration-routes.ts'
import { staffRoutes } from './staff-routes.ts'

/**
 * Marketplace events (*maatschappelijke beursvloer*): coordinators organise an event, parties register
 * offers and requests (every request with a counter-offer), agreements are recorded on the day,
 * both parties are asked three months later whether they were kept, and the results are public.
 */
export const marketplaceModule: NoaberModule = {
  name: 'marketplace',
  routes(app, deps) {
    publicRoutes(app, deps)
    followUpRoutes(app, deps)
    registrationRoutes(app, deps)
    staffRoutes(app, deps)
    agreementRoutes(app, deps)
  },
}
