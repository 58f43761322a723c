import type { PersonTable, RoleAssignmentTable } from '../../modules/accounts/person-table.ts'
import type { AreaTable } from '../../modules/areas/area-table.ts'
import type { ThemeTable } from '../../modules/themes/theme-table.ts'
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
}
