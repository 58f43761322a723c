import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { initiativeApiRoutes } from './api-routes.ts'
import { attachmentRoutes } from './attachment-routes.ts'
import { caseRoutes } from './case-routes.tsx'
import { initiativeExportRoutes } from './export-routes.ts'
import { followerRoutes } from './follower-routes.ts'
import { initiatorRoutes } from './initiator-routes.ts'
import { publicInitiativeRoutes } from './public-routes.ts'
import { submissionRoutes } from './submission-routes.ts'

export const initiativesModule: NoaberModule = {
  name: 'initiatives',
  routes(app, deps) {
    submissionRoutes(app, deps)
    caseRoutes(app, deps)
    initiatorRoutes(app, deps)
    followerRoutes(app, deps)
    attachmentRoutes(app, deps)
    publicInitiativeRoutes(app, deps)
    initiativeApiRoutes(app, deps)
    initiativeExportRoutes(app, deps)
  },
}
