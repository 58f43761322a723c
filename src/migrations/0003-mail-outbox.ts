import type { Kysely } from 'kysely'

// Placeholder: the mail outbox migration is being written.
export async function up(_db: Kysely<unknown>): Promise<void> {}
