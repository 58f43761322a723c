import type { Migration } from 'kysely'
import * as foundation from './0001-foundation.ts'

/** Every migration, keyed by a name that sorts in the order they must run. Append only. */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
}
