import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { pageRoutes } from './page-routes.ts'

export const pagesModule: NoaberModule = { name: 'pages', routes: pageRoutes }
