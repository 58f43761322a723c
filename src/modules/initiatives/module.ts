import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { submissionRoutes } from './submission-routes.ts'

export const initiativesModule: NoaberModule = {
  name: 'initiatives',
  routes(app, deps) {
    submissionRoutes(app, deps)
  },
}
