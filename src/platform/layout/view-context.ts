import type { Locale } from '../i18n/locale.ts'
import type { Translate } from '../i18n/translate.ts'
import type { Role } from '../../modules/accounts/person-table.ts'

/** What every page needs to render its shell: language, municipality, who reads it and where they are. */
export interface ViewContext {
  locale: Locale
  t: Translate
  tenant: { name: string; slug: string }
  /** Path and query of the current request, to come back to after switching language. */
  currentPath: string
  /** The signed-in person, if any. */
  person: { displayName: string; email: string; roles: Role[] } | undefined
  /** Token every form on the page must send back (CSRF protection). */
  csrfToken: string
  /** Conversations of the signed-in person with something unread, shown beside "Berichten" in the header. */
  unreadConversations?: number
}
