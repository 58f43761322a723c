import type { FastifyInstance } from 'fastify'
import type { Config } from '../config/config.ts'
import type { Db } from '../db/database.ts'
import type { Clock } from '../time/clock.ts'

export interface ModuleDeps {
  db: Db
  config: Config
  /** The time source: the system clock in production, a fixed one in tests. */
  clock: Clock
  /** The secret that signs cookies and links (e.g. unsubscribe links); never shown to anyone. */
  secret: string
}

/**
 * One feature of Noaber, registered in one place (`src/modules/index.ts`): its routes now; later its
 * admin pages, permissions, exports and demo content.
 */
export interface NoaberModule {
  name: string
  routes(app: FastifyInstance, deps: ModuleDeps): void
}
