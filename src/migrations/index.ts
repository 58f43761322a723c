import type { Migration } from 'kysely'
import * as foundation from './0001-foundation.ts'
import * as accounts from './0002-accounts.ts'
import * as mailOutbox from './0003-mail-outbox.ts'
import * as initiatives from './0004-initiatives.ts'
import * as jobs from './0005-jobs.ts'
import * as search from './0006-search.ts'
import * as map from './0007-map.ts'
import * as areaAgendas from './0008-area-agendas.ts'

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
}
