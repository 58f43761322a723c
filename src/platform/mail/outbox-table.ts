// Placeholder: the mail outbox table type is being written (see src/migrations/0003-mail-outbox.ts).
export interface MailOutboxTable {
  id: number
}
