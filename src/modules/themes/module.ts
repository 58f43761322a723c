import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { themeRoutes } from './theme-routes.ts'

export const themesModule: NoaberModule = { name: 'themes', routes: themeRoutes }
