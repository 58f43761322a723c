import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { searchRoutes } from './search-routes.ts'

export const searchModule: NoaberModule = { name: 'search', routes: searchRoutes }
