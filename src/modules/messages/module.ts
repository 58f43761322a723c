import type { NoaberModule } from '../../platform/modules/noaber-module.ts'
import { setMessageLinkBase } from './links.ts'
import { messageRoutes } from './message-routes.ts'
import { registerUnreadCount } from './unread-count.ts'

/** Private messages between people, with mail notifications, unread counts in the header and blocking. */
export const messagesModule: NoaberModule = {
  name: 'messages',
  routes(app, deps) {
    setMessageLinkBase(deps.config.baseUrl)
    registerUnreadCount(app, deps.db)
    messageRoutes(app, deps)
  },
}
