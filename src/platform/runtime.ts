import type { Config } from './config/config.ts'
import { lockDataDir } from './db/data-dir-lock.ts'
import { openDatabase, type Database, type SlowQueryLog } from './db/database.ts'
import { migrateToLatest } from './db/migrator.ts'
import path from 'node:path'

export interface Runtime {
  database: Database
  close(): Promise<void>
}

/**
 * Opens the configured database, migrated to the latest schema. The embedded database lives in
 * DATA_DIR/pglite and is locked against a second process for as long as this one runs.
 */
export async function openRuntime(config: Config, slowQueries?: SlowQueryLog): Promise<Runtime> {
  const release = config.databaseUrl ? () => {} : lockDataDir(config.dataDir)
  try {
    const database = config.databaseUrl
      ? await openDatabase({ kind: 'postgres', url: config.databaseUrl, slowQueries })
      : await openDatabase({ kind: 'pglite', dataDir: path.join(config.dataDir, 'pglite'), slowQueries })
    try {
      await migrateToLatest(database.db)
    } catch (error) {
      await database.close()
      throw error
    }
    return {
      database,
      close: async () => {
        await database.close()
        release()
      },
    }
  } catch (error) {
    release()
    throw error
  }
}
