export interface StatementProps {
  tenantName: string
  contactEmail: string
  contactPhone: string
}
