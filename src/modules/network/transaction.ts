import type { Db } from '../../platform/db/database.ts'

/** Runs the work in a transaction, or in the caller's when there already is one (the demo seed runs in one). */
export async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work)
}
