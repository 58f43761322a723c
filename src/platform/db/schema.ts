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
import type { AreaImportTable, AreaPhotoTable } from '../../modules/areas/area-admin-tables.ts'
import type { ThemeTable } from '../../modules/themes/theme-table.ts'
import type { HelperAreaTable, HelperProfileTable, HelperSkillTable, OrganisationContactTable, OrganisationOfferTable, OrganisationTable, SkillTable } from '../../modules/network/network-tables.ts'
import type { NeighbourPostReportTable, NeighbourPostResponseTable, NeighbourPostTable } from '../../modules/neighbour-requests/post-tables.ts'
import type { ConversationMessageTable, ConversationParticipantTable, ConversationTable, MessageBlockTable } from '../../modules/messages/message-tables.ts'
import type { SpaceBookingTable, SpaceClosureTable, SpacePhotoTable, SpaceTable, SpaceWindowTable } from '../../modules/spaces/space-tables.ts'
import type { ConnectionRequestTable } from '../../modules/matching/request-table.ts'
import type { MarketplaceAgreementTable, MarketplaceEventTable, MarketplaceFollowUpTable, MarketplaceListingTable, MarketplacePartyTable } from '../../modules/marketplace/marketplace-tables.ts'
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
  conversations: ConversationTable
  conversation_participants: ConversationParticipantTable
  conversation_messages: ConversationMessageTable
  message_blocks: MessageBlockTable
  area_photos: AreaPhotoTable
  area_imports: AreaImportTable
  neighbour_posts: NeighbourPostTable
  neighbour_post_responses: NeighbourPostResponseTable
  neighbour_post_reports: NeighbourPostReportTable
  skills: SkillTable
  helper_profiles: HelperProfileTable
  helper_skills: HelperSkillTable
  helper_areas: HelperAreaTable
  organisations: OrganisationTable
  organisation_contacts: OrganisationContactTable
  organisation_offers: OrganisationOfferTable
  spaces: SpaceTable
  connection_requests: ConnectionRequestTable
  space_windows: SpaceWindowTable
  space_closures: SpaceClosureTable
  space_photos: SpacePhotoTable
  space_bookings: SpaceBookingTable
  marketplace_events: MarketplaceEventTable
  marketplace_parties: MarketplacePartyTable
  marketplace_listings: MarketplaceListingTable
  marketplace_agreements: MarketplaceAgreementTable
  marketplace_follow_ups: MarketplaceFollowUpTable
}
