import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { contactRoutes } from './contact-routes.ts'
import { helperRoutes } from './helper-routes.ts'
import { organisationApiRoutes } from './organisation-api.ts'
import { organisationRoutes } from './organisation-routes.ts'
import { skillRoutes } from './skill-routes.ts'

/** The municipality's network: helpers with know-how, organisations with standing offers, and the skills list they share. */
export const networkModule: NoaberModule = {
  name: 'network',
  routes(app, deps) {
    skillRoutes(app, deps)
    helperRoutes(app, deps)
    organisationRoutes(app, deps)
    contactRoutes(app, deps)
    organisationApiRoutes(app, deps)
  },
}
