import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { mineRoutes } from './mine-routes.ts'
import { moderationRoutes } from './moderation-routes.ts'
import { postRoutes } from './post-routes.ts'
import { responseRoutes } from './response-routes.ts'

/** Small requests and offers between neighbours (buurtvragen): posting, responding, and moderation. */
export const neighbourRequestsModule: NoaberModule = {
  name: 'neighbour-requests',
  routes(app, deps) {
    postRoutes(app, deps)
    responseRoutes(app, deps)
    moderationRoutes(app, deps)
    mineRoutes(app, deps)
  },
}
