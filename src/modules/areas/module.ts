import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { areaPageRoutes } from './area-page-routes.ts'
import { areaRoutes } from './area-routes.ts'

export const areasModule: NoaberModule = {
  name: 'areas',
  routes(app, deps) {
    areaRoutes(app, deps)
    areaPageRoutes(app, deps)
  },
}
