import type { Migration } from 'kysely'
import * as foundation from './0001-foundation.ts'
import * as accounts from './0002-accounts.ts'
import * as mailOutbox from './0003-mail-outbox.ts'
import * as initiatives from './0004-initiatives.ts'
import * as jobs from './0005-jobs.ts'
import * as search from './0006-search.ts'
import * as map from './0007-map.ts'
import * as areaAgendas from './0008-area-agendas.ts'
import * as areaAdmin from './0009-area-admin.ts'
import * as messages from './0010-messages.ts'
import * as helpersOrganisations from './0011-helpers-organisations.ts'
import * as spaces from './0012-spaces.ts'
import * as neighbourRequests from './0013-neighbour-requests.ts'
import * as matching from './0014-matching.ts'
import * as marketplace from './0015-marketplace.ts'
import * as searchWords from './0016-search-words.ts'
import * as contentVersion from './0017-content-version.ts'
import * as mapCover from './0018-map-cover.ts'
import * as workVersion from './0019-work-version.ts'
import * as mapCells from './0020-map-cells.ts'
import * as endedSessions from './0021-ended-sessions.ts'
import * as directoryWords from './0022-directory-words.ts'

/** Every migration, keyed by a name that sorts in the order they must run. Append only. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-accounts': accounts,
  '0003-mail-outbox': mailOutbox,
  '0004-initiatives': initiatives,
  '0005-jobs': jobs,
  '0006-search': search,
  '0007-map': map,
  '0008-area-agendas': areaAgendas,
  '0009-area-admin': areaAdmin,
  '0010-messages': messages,
  '0011-helpers-organisations': helpersOrganisations,
  '0012-spaces': spaces,
  '0013-neighbour-requests': neighbourRequests,
  '0014-matching': matching,
  '0015-marketplace': marketplace,
  '0016-search-words': searchWords,
  '0017-content-version': contentVersion,
  '0018-map-cover': mapCover,
  '0019-work-version': workVersion,
  '0020-map-cells': mapCells,
  '0021-ended-sessions': endedSessions,
  '0022-directory-words': directoryWords,
}
