import { CsvError, parse } from 'csv-parse/sync'
import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import type { Actor } from './boundary-import-service.ts'
import { readPopulation } from './population.ts'

export type CsvColumn = 'slug' | 'name' | 'population' | 'descriptionNl' | 'descriptionEn'

const HEADERS: Record<string, CsvColumn> = {
  slug: 'slug',
  code: 'slug',
  naam: 'name',
  name: 'name',
  inwoners: 'population',
  population: 'population',
  beschrijving: 'descriptionNl',
  beschrijving_nl: 'descriptionNl',
  description: 'descriptionNl',
  beschrijving_en: 'descriptionEn',
  description_en: 'descriptionEn',
}

export const CSV_LIMITS = { rows: 1000, name: 200, description: 3000 } as const

export type CsvProblemCode =
  | 'notText'
  | 'empty'
  | 'quote'
  | 'columns'
  | 'malformed'
  | 'headerNoSlug'
  | 'headerUnknown'
  | 'headerDuplicate'
  | 'headerNothing'
  | 'noRows'
  | 'tooManyRows'
  | 'slugMissing'
  | 'unknownSlug'
  | 'duplicateSlug'
  | 'nameMissing'
  | 'nameTooLong'
  | 'population'
  | 'descriptionTooLong'

export interface CsvProblem {
  code: CsvProblemCode
  /** Row in the file as a spreadsheet counts it: the header is row 1. */
  row?: number
  params?: Record<string, string | number>
}

/** One area's new figures; a field is absent when the file has no column for it, and then stays as it is. */
export interface AreaCsvRow {
  row: number
  slug: string
  name?: string
  population?: number
  descriptionNl?: string
  descriptionEn?: string
}

export type AreaCsvOutcome = { ok: true; rows: AreaCsvRow[] } | { ok: false; problems: CsvProblem[] }

/** UTF-8 as spreadsheets export it today; Windows-1252 as Excel's plain "CSV" still does. Binary files are refused. */
function decode(content: Buffer): string | undefined {
  if (content.includes(0)) return undefined
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(content)
  } catch {
    return new TextDecoder('windows-1252').decode(content)
  }
}

/** Dutch spreadsheets separate with semicolons, others with commas: the header line decides. */
function separatorOf(text: string): ';' | ',' {
  const header = text.split(/\r?\n/, 1)[0] ?? ''
  return (header.match(/,/g)?.length ?? 0) > (header.match(/;/g)?.length ?? 0) ? ',' : ';'
}

/**
 * Reads and checks a CSV of area names, population figures and descriptions against the areas the
 * municipality has. Every problem is reported with its row; the rows are usable only when there are none.
 */
export function readAreaCsv(content: Buffer, knownSlugs: ReadonlySet<string>): AreaCsvOutcome {
  const fail = (code: CsvProblemCode, row?: number, params?: Record<string, string | number>): AreaCsvOutcome => ({ ok: false, problems: [{ code, row, params }] })
  const text = decode(content)
  if (text === undefined) return fail('notText')
  let records: string[][]
  try {
    records = parse(text, { delimiter: separatorOf(text), bom: true, skip_empty_lines: true, trim: true })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const row = Number((error as CsvError & { records?: number }).records ?? 0) + 1
    if (error.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') return fail('columns', row)
    if (error.code === 'CSV_QUOTE_NOT_CLOSED' || error.code === 'CSV_INVALID_CLOSING_QUOTE') return fail('quote', row)
    return fail('malformed', row)
  }
  const [header, ...data] = records
  if (!header) return fail('empty')

  const columns: CsvColumn[] = []
  for (const title of header) {
    const column = HEADERS[title.toLowerCase()]
    if (!column) return fail('headerUnknown', 1, { column: title.slice(0, 40) })
    if (columns.includes(column)) return fail('headerDuplicate', 1, { column: title.slice(0, 40) })
    columns.push(column)
  }
  if (!columns.includes('slug')) return fail('headerNoSlug', 1)
  if (columns.length < 2) return fail('headerNothing', 1)
  if (data.length === 0) return fail('noRows')
  if (data.length > CSV_LIMITS.rows) return fail('tooManyRows', undefined, { max: CSV_LIMITS.rows })

  const problems: CsvProblem[] = []
  const rows: AreaCsvRow[] = []
  const seen = new Map<string, number>()
  data.forEach((record, index) => {
    const row = index + 2
    const cell = (column: CsvColumn) => record[columns.indexOf(column)] ?? ''
    const before = problems.length
    const slug = cell('slug').toLowerCase()
    if (!slug) problems.push({ code: 'slugMissing', row })
    else if (seen.has(slug)) problems.push({ code: 'duplicateSlug', row, params: { slug: slug.slice(0, 80), other: seen.get(slug)! } })
    else if (!knownSlugs.has(slug)) problems.push({ code: 'unknownSlug', row, params: { slug: slug.slice(0, 80) } })
    if (slug && !seen.has(slug)) seen.set(slug, row)

    const parsed: AreaCsvRow = { row, slug }
    if (columns.includes('name')) {
      const name = cell('name').replace(/\s+/g, ' ')
      if (!name) problems.push({ code: 'nameMissing', row })
      else if (name.length > CSV_LIMITS.name) problems.push({ code: 'nameTooLong', row, params: { max: CSV_LIMITS.name } })
      parsed.name = name
    }
    if (columns.includes('population')) {
      const population = readPopulation(cell('population'))
      if (population === undefined) problems.push({ code: 'population', row, params: { value: cell('population').slice(0, 30) } })
      parsed.population = population
    }
    for (const [column, label] of [['descriptionNl', 'beschrijving'], ['descriptionEn', 'beschrijving_en']] as const) {
      if (!columns.includes(column)) continue
      const description = cell(column)
      if (description.length > CSV_LIMITS.description) problems.push({ code: 'descriptionTooLong', row, params: { column: label, max: CSV_LIMITS.description } })
      parsed[column] = description
    }
    if (problems.length === before) rows.push(parsed)
  })
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows }
}

/** Writes checked CSV rows in one transaction, with what each area was before in the audit log. */
export async function applyAreaCsv(db: Db, actor: Actor, rows: AreaCsvRow[]): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const slugs = rows.map((row) => row.slug)
    const current = await trx.selectFrom('areas').select(['id', 'slug', 'name', 'population', 'description']).where('tenant_id', '=', actor.tenantId).where('slug', 'in', slugs).execute()
    const bySlug = new Map(current.map((area) => [area.slug, area]))
    const before: Record<string, unknown> = {}
    const after: Record<string, unknown> = {}
    for (const row of rows) {
      const area = bySlug.get(row.slug)
      if (!area) throw new Error(`area ${row.slug} vanished between check and write`)
      const description = { nl: row.descriptionNl ?? area.description.nl, en: row.descriptionEn ?? area.description.en }
      const next = { name: row.name ?? area.name, population: row.population ?? area.population, description }
      await trx.updateTable('areas').set({ ...next, description: JSON.stringify(description) }).where('id', '=', area.id).execute()
      before[row.slug] = { name: area.name, population: area.population, description: area.description }
      after[row.slug] = next
    }
    await recordAudit(trx, { tenantId: actor.tenantId, actorId: actor.personId, actorLabel: actor.label, action: 'areas.detailsImported', objectType: 'tenant', objectId: actor.tenantId, before, after })
    return rows.length
  })
}
