import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { areaAdminRoutes } from './area-admin-routes.ts'
import { areaPageRoutes } from './area-page-routes.ts'
import { areaPhotoRoutes } from './area-photo-routes.ts'
import { areaRoutes } from './area-routes.ts'

export const areasModule: NoaberModule = {
  name: 'areas',
  routes(app, deps) {
    areaRoutes(app, deps)
    areaPageRoutes(app, deps)
    areaPhotoRoutes(app, deps)
    areaAdminRoutes(app, deps)
  },
}
