import { Migrator, type Migration } from 'kysely'
import { migrations } from '../../migrations/index.ts'
import type { Db } from './database.ts'

export interface MigrationOutcome {
  applied: string[]
}

/** Applies every migration not yet applied, in name order. Forward only: there are no down steps. */
export async function migrateToLatest(db: Db): Promise<MigrationOutcome> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations as Record<string, Migration> },
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')
    throw new Error(`migration ${failed?.migrationName ?? '(unknown)'} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  return { applied: (results ?? []).filter((result) => result.status === 'Success').map((result) => result.migrationName) }
}
