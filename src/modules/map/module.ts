import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { mapRoutes } from './map-routes.ts'

export const mapModule: NoaberModule = { name: 'map', routes: mapRoutes }
