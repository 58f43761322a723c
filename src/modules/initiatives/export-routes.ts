import { Readable } from 'node:stream'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { actorLabel, recordAudit } from '../../platform/audit/audit-log.ts'
import { requireRoles } from '../../platform/auth/guards.ts'
import { tenantOf } from '../../platform/http/request-context.ts'
import { localized } from '../../platform/i18n/translate.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { calendarDayInAmsterdam } from '../../platform/time/calendar-day.ts'
import { countInitiativesForExport, countObstaclesForExport, initiativesForExport, obstaclesForExport } from './export-queries.ts'
import { governmentRoleLabel, initiatorKindLabel, needLabel, publicationLabel, statusLabel } from './labels.ts'
import { type CsvValue, csvText } from './export-csv.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'

/**
 * Spreadsheet exports for coordinators: every confirmed initiative, and every recorded obstacle
 * (for the council's list of rules that get in the way). Headers and labels follow the reader's
 * language. Written out batch by batch as the download drains, so the file's size never sits in the
 * server's memory. Initiators' contact details are left out: reports do not need them, and the case
 * file has them.
 */
export function initiativeExportRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const coordinators = requireRoles('coordinator', 'admin')

  async function sendCsv<Row>(
    request: FastifyRequest,
    reply: FastifyReply,
    name: string,
    file: { header: MessageKey[]; rows: number; batches: AsyncIterable<Row[]>; cells: (row: Row) => CsvValue[] },
  ) {
    const person = request.person!
    await recordAudit(db, {
      tenantId: tenantOf(request).id,
      actorId: person.id,
      actorLabel: actorLabel(person),
      action: 'export.downloaded',
      objectType: 'export',
      objectId: name,
      after: { rows: file.rows },
    })
    const fileName = `${name}-${calendarDayInAmsterdam(clock.now())}.csv`
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${fileName}"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(csvText(file.header.map((key) => request.t(key)), cellsOf(file.batches, file.cells))))
  }

  app.get('/werk/export/initiatieven.csv', { preHandler: coordinators, schema: { hide: true } }, async (request, reply) => {
    const t = request.t
    const day = (instant: Date | null) => (instant ? calendarDayInAmsterdam(instant) : null)
    const tenantId = tenantOf(request).id
    const header: MessageKey[] = [
      'export.column.id', 'export.column.title', 'export.column.summary', 'export.column.status', 'export.column.publication', 'export.column.area',
      'export.column.themes', 'export.column.initiatorKind', 'export.column.needs', 'export.column.openNeeds', 'export.column.broker',
      'export.column.governmentRole', 'export.column.confirmedAt', 'export.column.lastActivityAt',
    ]
    return sendCsv(request, reply, 'initiatieven', {
      header,
      rows: await countInitiativesForExport(db, tenantId),
      batches: initiativesForExport(db, tenantId),
      cells: ({ initiative, area, themes, needs, brokerName }) => [
        initiative.id,
        initiative.title,
        initiative.summary,
        t(statusLabel[initiative.status]),
        t(publicationLabel[initiative.publication]),
        area?.name ?? null,
        themes.map((theme) => localized(theme.name, request.locale)).join(', '),
        t(initiatorKindLabel[initiative.initiator_kind]),
        needs.map((need) => t(needLabel[need.kind])).join(', '),
        needs.filter((need) => need.status === 'open').map((need) => t(needLabel[need.kind])).join(', '),
        brokerName,
        initiative.government_role ? t(governmentRoleLabel[initiative.government_role]) : null,
        day(initiative.confirmed_at),
        day(initiative.last_activity_at),
      ],
    })
  })

  app.get('/werk/export/belemmeringen.csv', { preHandler: coordinators, schema: { hide: true } }, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const header: MessageKey[] = [
      'export.column.recordedAt', 'export.column.initiativeId', 'export.column.initiative', 'export.column.area', 'export.column.broker',
      'export.column.rule', 'export.column.department', 'export.column.whatHappened', 'export.column.delayDays', 'export.column.suggestedChange',
    ]
    return sendCsv(request, reply, 'belemmeringen', {
      header,
      rows: await countObstaclesForExport(db, tenantId),
      batches: obstaclesForExport(db, tenantId),
      cells: (row) => [
        calendarDayInAmsterdam(row.createdAt),
        row.initiativeId,
        row.initiativeTitle,
        row.areaName,
        row.brokerName,
        row.rule,
        row.department,
        row.whatHappened,
        row.delayDays,
        row.suggestedChange,
      ],
    })
  })
}

async function* cellsOf<Row>(batches: AsyncIterable<Row[]>, cells: (row: Row) => CsvValue[]): AsyncGenerator<CsvValue[][]> {
  for await (const rows of batches) yield rows.map(cells)
}
