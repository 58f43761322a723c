import type { Generated, Selectable } from 'kysely'

export const agendaStatuses = ['planned', 'inProgress', 'done'] as const
export type AgendaStatus = (typeof agendaStatuses)[number]

export interface AgendaItemTable {
  id: Generated<number>
  area_id: number
  title: string
  description: Generated<string>
  owner: Generated<string>
  status: Generated<AgendaStatus>
  created_at: Generated<Date>
  updated_at: Generated<Date>
}
export type AgendaItemRow = Selectable<AgendaItemTable>

export interface AgendaItemInitiativeTable {
  agenda_item_id: number
  initiative_id: number
}

export interface RepresentativeAreaTable {
  person_id: number
  area_id: number
}

export interface AreaFollowerTable {
  area_id: number
  person_id: number
  created_at: Generated<Date>
}
