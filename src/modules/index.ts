import type { NoaberModule } from '../platform/modules/noaber-module.ts'
import { accountsModule } from './accounts/module.ts'
import { areasModule } from './areas/module.ts'
import { initiativesModule } from './initiatives/module.ts'
import { mapModule } from './map/module.ts'
import { marketplaceModule } from './marketplace/module.ts'
import { matchingModule } from './matching/module.ts'
import { messagesModule } from './messages/module.ts'
import { neighbourRequestsModule } from './neighbour-requests/module.ts'
import { networkModule } from './network/module.ts'
import { pagesModule } from './pages/module.ts'
import { searchModule } from './search/module.ts'
import { spacesModule } from './spaces/module.ts'
import { themesModule } from './themes/module.ts'

/** Every feature of Noaber. A feature exists in the product when, and only when, it is listed here. */
export const modules: NoaberModule[] = [pagesModule, accountsModule, initiativesModule, searchModule, mapModule, areasModule, themesModule, messagesModule, neighbourRequestsModule, networkModule, spacesModule, matchingModule, marketplaceModule]
