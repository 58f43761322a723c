import { sql } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { ConnectionOutcome } from '../initiatives/initiative-tables.ts'
import type { NeedKind } from '../initiatives/vocabulary.ts'

export interface PublicConnection {
  name: string
  url: string
  needKind: NeedKind | null
  outcome: ConnectionOutcome | null
}

/**
 * Who helps an initiative, as anyone may see it: only parties in the network that show themselves
 * publicly (a helper with a public profile who lets their help be shown, a public organisation, a
 * listed space). Free-text connections a broker noted stay in the case file.
 */
export async function listPublicConnections(db: Db, initiativeId: number): Promise<PublicConnection[]> {
  const { rows } = await sql<{ name: string; url: string; need_kind: NeedKind | null; outcome: ConnectionOutcome | null }>`
    select
      case
        when h.id is not null then case when h.name_shown = 'fullName' then p.display_name else split_part(trim(p.display_name), ' ', 1) end
        when o.id is not null then o.name
        else s.name
      end as name,
      case when h.id is not null then '/helpers/' || h.id when o.id is not null then '/organisaties/' || o.slug else '/ruimtes/' || s.id end as url,
      n.kind as need_kind, c.outcome
    from connections c
    left join initiative_needs n on n.id = c.need_id
    left join people p on p.id = c.helper_person_id and p.deleted_at is null
    left join helper_profiles h on h.person_id = p.id and h.visibility = 'public' and h.show_contributions
    left join organisations o on o.id = c.organisation_id and o.visibility = 'public'
    left join spaces s on s.id = c.space_id and s.visibility = 'listed' and s.hidden_at is null
    where c.initiative_id = ${initiativeId} and (h.id is not null or o.id is not null or s.id is not null)
    order by c.created_at, c.id
  `.execute(db)
  return rows.map((row) => ({ name: row.name, url: row.url, needKind: row.need_kind, outcome: row.outcome }))
}
