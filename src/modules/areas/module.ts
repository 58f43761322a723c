import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { areaRoutes } from './area-routes.ts'

export const areasModule: NoaberModule = { name: 'areas', routes: areaRoutes }
