import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { adminRoutes } from './admin-routes.ts'
import { oidcRoutes } from './oidc/oidc-routes.ts'
import { profileRoutes } from './profile-routes.ts'
import { settingsRoutes } from './settings-routes.ts'
import { signInRoutes } from './sign-in-routes.ts'

export const accountsModule: NoaberModule = {
  name: 'accounts',
  routes(app, deps) {
    signInRoutes(app, deps)
    oidcRoutes(app, deps)
    profileRoutes(app, deps)
    adminRoutes(app, deps)
    settingsRoutes(app, deps)
  },
}
