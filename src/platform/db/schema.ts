import type { BrokerAreaTable, BrokerThemeTable, PersonTable, RoleAssignmentTable } from '../../modules/accounts/person-table.ts'
import type { AuditEventTable } from '../audit/audit-table.ts'
import type { ApiTokenTable, RateLimitCounterTable, SessionTable, SignInTokenTable } from '../auth/auth-tables.ts'
import type {
  AttachmentTable,
  CaseReadTable,
  ConnectionTable,
  GovernmentRoleChangeTable,
  InitiativeConfirmationTable,
  InitiativeFollowerTable,
  InitiativeNeedTable,
  InitiativeTable,
  InitiativeThemeTable,
  JournalEntryTable,
  ObstacleTable,
  PromiseTable,
  SupportAssessmentTable,
} from '../../modules/initiatives/initiative-tables.ts'
import type { AgendaItemInitiativeTable, AgendaItemTable, AreaFollowerTable, RepresentativeAreaTable } from '../../modules/areas/agenda-tables.ts'
import type { AreaTable } from '../../modules/areas/area-table.ts'
import type { ThemeTable } from '../../modules/themes/theme-table.ts'
import type { JobRunTable } from '../jobs/job-runs.ts'
import type { MailOutboxTable } from '../mail/outbox-table.ts'
import type { SettingTable } from '../settings/setting-table.ts'
import type { TenantTable } from '../tenancy/tenant-table.ts'

/** The whole database as the query layer sees it; each table's type lives beside the code that owns it. */
export interface Schema {
  tenants: TenantTable
  areas: AreaTable
  themes: ThemeTable
  settings: SettingTable
  people: PersonTable
  role_assignments: RoleAssignmentTable
  mail_outbox: MailOutboxTable
  sessions: SessionTable
  sign_in_tokens: SignInTokenTable
  rate_limit_counters: RateLimitCounterTable
  broker_areas: BrokerAreaTable
  broker_themes: BrokerThemeTable
  api_tokens: ApiTokenTable
  audit_events: AuditEventTable
  initiatives: InitiativeTable
  initiative_themes: InitiativeThemeTable
  initiative_needs: InitiativeNeedTable
  initiative_confirmations: InitiativeConfirmationTable
  journal_entries: JournalEntryTable
  promises: PromiseTable
  government_role_changes: GovernmentRoleChangeTable
  support_assessments: SupportAssessmentTable
  obstacles: ObstacleTable
  connections: ConnectionTable
  attachments: AttachmentTable
  initiative_followers: InitiativeFollowerTable
  case_reads: CaseReadTable
  job_runs: JobRunTable
  agenda_items: AgendaItemTable
  agenda_item_initiatives: AgendaItemInitiativeTable
  representative_areas: RepresentativeAreaTable
  area_followers: AreaFollowerTable
}
