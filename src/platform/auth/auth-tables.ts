import type { Generated } from 'kysely'
import type { StaffRole } from '../../modules/accounts/person-table.ts'

export interface SessionTable {
  id: Generated<number>
  token_hash: string
  person_id: number
  created_at: Generated<Date>
  last_seen_at: Generated<Date>
  expires_at: Date
}

export interface SignInTokenTable {
  id: Generated<number>
  tenant_id: number
  token_hash: string
  purpose: 'signIn' | 'invitation'
  email: string
  expires_at: Date
  used_at: Date | null
  created_at: Generated<Date>
}

export interface ApiTokenTable {
  id: Generated<number>
  tenant_id: number
  name: string
  role: StaffRole
  token_hash: string
  created_by: number | null
  created_at: Generated<Date>
  last_used_at: Date | null
  revoked_at: Date | null
}

export interface RateLimitCounterTable {
  key: string
  window_start: Date
  hits: number
}
