import type { Generated } from 'kysely'
import type { Locale } from '../../platform/i18n/locale.ts'

export interface ConversationTable {
  id: Generated<number>
  tenant_id: number
  subject: string
  context_kind: string | null
  context_id: number | null
  context_url: string | null
  created_at: Generated<Date>
  last_message_at: Generated<Date>
}

export interface ConversationParticipantTable {
  conversation_id: number
  person_id: number
  last_message_at: Date
  last_read_at: Date | null
  unread_since: Date | null
  locale: Locale | null
}

export interface ConversationMessageTable {
  id: Generated<number>
  conversation_id: number
  sender_id: number
  body: string
  created_at: Generated<Date>
}

export interface MessageBlockTable {
  tenant_id: number
  blocker_id: number
  blocked_id: number
  created_at: Generated<Date>
}
