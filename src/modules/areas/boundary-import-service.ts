import { recordAudit } from '../../platform/audit/audit-log.ts'
import { hashToken, newSecretToken } from '../../platform/auth/tokens.ts'
import type { Db } from '../../platform/db/database.ts'
import { insertAreas, replaceAreaBoundary } from './area-repository.ts'
import type { AreaKind } from './area-table.ts'
import { deriveAreas, locatedInitiatives, rederiveInitiativeAreas } from './area-rederive.ts'
import type { ImportedArea, SourceCrs } from './boundary-import.ts'

/** How long a checked file waits for the admin's confirmation. */
export const PENDING_IMPORT_MS = 60 * 60 * 1000

export interface Actor {
  tenantId: number
  personId: number
  label: string
}

export interface PendingImport {
  fileName: string
  crs: SourceCrs
  areas: ImportedArea[]
}

export interface ImportPlan {
  added: { name: string; slug: string; kind: AreaKind }[]
  replaced: { name: string; slug: string; nameInFile: string; kind: AreaKind }[]
  /** Areas of the municipality that the file does not mention: they stay as they are. */
  unchanged: { name: string; slug: string }[]
  /** What the new boundaries would do to initiatives with a point on the map. */
  initiativesMoving: number
  initiativesOutside: number
}

/** Keeps a checked file until the admin confirms it; returns the token that names it. Expired ones are cleared on the way. */
export async function storePendingImport(db: Db, actor: Actor, pending: PendingImport, now: Date): Promise<string> {
  const { token, hash } = newSecretToken()
  await db.deleteFrom('area_imports').where('tenant_id', '=', actor.tenantId).where('created_at', '<', new Date(now.getTime() - PENDING_IMPORT_MS)).execute()
  await db
    .insertInto('area_imports')
    .values({ tenant_id: actor.tenantId, person_id: actor.personId, token_hash: hash, file_name: pending.fileName.slice(0, 200), source_crs: pending.crs, areas: JSON.stringify(pending.areas), created_at: now })
    .execute()
  return token
}

/** A waiting import, only for the admin who uploaded it and only while it is fresh. */
export async function findPendingImport(db: Db, actor: Actor, token: string, now: Date): Promise<PendingImport | undefined> {
  const row = await db
    .selectFrom('area_imports')
    .select(['file_name', 'source_crs', 'areas'])
    .where('token_hash', '=', hashToken(token))
    .where('tenant_id', '=', actor.tenantId)
    .where('person_id', '=', actor.personId)
    .where('created_at', '>=', new Date(now.getTime() - PENDING_IMPORT_MS))
    .executeTakeFirst()
  return row ? { fileName: row.file_name, crs: row.source_crs, areas: row.areas } : undefined
}

async function currentAreas(db: Db, tenantId: number) {
  return db.selectFrom('areas').select(['id', 'slug', 'name', 'kind', 'boundary']).where('tenant_id', '=', tenantId).orderBy('kind').orderBy('name').execute()
}

/** What confirming would do, worked out against the areas and initiatives as they are now. */
export async function planImport(db: Db, tenantId: number, areas: ImportedArea[]): Promise<ImportPlan> {
  const existing = await currentAreas(db, tenantId)
  const bySlug = new Map(existing.map((area) => [area.slug, area]))
  const inFile = new Set(areas.map((area) => area.slug))
  const plan: ImportPlan = { added: [], replaced: [], unchanged: [], initiativesMoving: 0, initiativesOutside: 0 }
  // New areas have no id yet; stand-ins above every stored id keep the order that confirming will give them.
  const nextId = Math.max(0, ...existing.map((area) => area.id)) + 1
  const after = existing.filter((area) => !inFile.has(area.slug)).map(({ id, boundary }) => ({ id, boundary }))
  for (const area of areas) {
    const match = bySlug.get(area.slug)
    if (match) {
      plan.replaced.push({ name: match.name, slug: area.slug, nameInFile: area.name, kind: area.kind ?? match.kind })
      after.push({ id: match.id, boundary: area.boundary })
    } else {
      plan.added.push({ name: area.name, slug: area.slug, kind: area.kind ?? 'neighbourhood' })
      after.push({ id: nextId + area.position, boundary: area.boundary })
    }
  }
  plan.unchanged = existing.filter((area) => !inFile.has(area.slug)).map(({ name, slug }) => ({ name, slug }))
  const derived = deriveAreas(after.sort((a, b) => a.id - b.id), await locatedInitiatives(db, tenantId))
  plan.initiativesMoving = derived.moves.length
  plan.initiativesOutside = derived.outside.length
  return plan
}

export interface ImportResult {
  added: number
  replaced: number
  moved: number
  outside: number
}

/**
 * Stores a confirmed import in one transaction: new areas, replaced boundaries (with their bounding
 * boxes), every located initiative's area derived anew, and the audit entry. The waiting import is
 * used up, so confirming twice changes nothing the second time.
 */
export async function confirmImport(db: Db, actor: Actor, token: string, now: Date): Promise<ImportResult | undefined> {
  return db.transaction().execute(async (trx) => {
    const pending = await trx
      .deleteFrom('area_imports')
      .where('token_hash', '=', hashToken(token))
      .where('tenant_id', '=', actor.tenantId)
      .where('person_id', '=', actor.personId)
      .where('created_at', '>=', new Date(now.getTime() - PENDING_IMPORT_MS))
      .returning(['file_name', 'areas'])
      .executeTakeFirst()
    if (!pending) return undefined
    const bySlug = new Map((await currentAreas(trx, actor.tenantId)).map((area) => [area.slug, area]))
    const added: string[] = []
    const replaced: string[] = []
    for (const area of pending.areas) {
      const match = bySlug.get(area.slug)
      if (match) {
        await replaceAreaBoundary(trx, actor.tenantId, match.id, area.boundary, area.kind ?? match.kind)
        replaced.push(area.slug)
      } else {
        await insertAreas(trx, actor.tenantId, [{ slug: area.slug, name: area.name, kind: area.kind ?? 'neighbourhood', population: 0, description: { nl: '', en: '' }, boundary: area.boundary }])
        added.push(area.slug)
      }
    }
    const derived = await rederiveInitiativeAreas(trx, actor.tenantId)
    await recordAudit(trx, {
      tenantId: actor.tenantId,
      actorId: actor.personId,
      actorLabel: actor.label,
      action: 'areas.boundariesImported',
      objectType: 'tenant',
      objectId: actor.tenantId,
      // The first thousand moves name each initiative; beyond that the count says enough.
      after: { file: pending.file_name, added, replaced, initiativesMoved: derived.moves.length, moves: derived.moves.slice(0, 1000), initiativesOutside: derived.outside.slice(0, 1000) },
    })
    return { added: added.length, replaced: replaced.length, moved: derived.moves.length, outside: derived.outside.length }
  })
}
