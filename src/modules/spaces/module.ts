import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { spaceApiRoutes } from './api-routes.ts'
import { bookingRoutes } from './booking-routes.ts'
import { spaceContactRoutes } from './contact-routes.ts'
import { photoRoutes } from './photo-routes.ts'
import { spaceRoutes } from './space-routes.ts'

/** Spaces for neighbourhood use (the Makelpunt): the directory, owners' listings, photos and booking requests. */
export const spacesModule: NoaberModule = {
  name: 'spaces',
  routes(app, deps) {
    spaceRoutes(app, deps)
    photoRoutes(app, deps)
    bookingRoutes(app, deps)
    spaceContactRoutes(app, deps)
    spaceApiRoutes(app, deps)
  },
}
