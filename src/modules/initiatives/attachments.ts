import type { Db } from '../../platform/db/database.ts'
import type { CheckedUpload } from '../../platform/uploads/file-check.ts'
import { isPublicInitiative } from './vocabulary.ts'

export async function storeAttachment(db: Db, initiativeId: number, journalEntryId: number, upload: CheckedUpload, uploadedBy: number): Promise<number> {
  const { id } = await db
    .insertInto('attachments')
    .values({ initiative_id: initiativeId, journal_entry_id: journalEntryId, file_name: upload.fileName, content_type: upload.contentType, size_bytes: upload.content.length, content: upload.content, uploaded_by: uploadedBy })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export interface AttachmentSummary {
  id: number
  journalEntryId: number | null
  fileName: string
  contentType: string
  sizeBytes: number
}

export async function listAttachments(db: Db, initiativeId: number): Promise<AttachmentSummary[]> {
  return db
    .selectFrom('attachments')
    .select(['id', 'journal_entry_id as journalEntryId', 'file_name as fileName', 'content_type as contentType', 'size_bytes as sizeBytes'])
    .where('initiative_id', '=', initiativeId)
    .orderBy('id')
    .execute()
}

export interface Reader {
  personId: number | undefined
  isStaff: boolean
}

/**
 * A file is readable as its journal entry is: a public update of a public initiative by anyone, a
 * shared entry by the initiator and staff, an internal one by staff only.
 */
export async function readableAttachment(db: Db, tenantId: number, attachmentId: number, reader: Reader) {
  const row = await db
    .selectFrom('attachments')
    .innerJoin('initiatives', 'initiatives.id', 'attachments.initiative_id')
    .leftJoin('journal_entries', 'journal_entries.id', 'attachments.journal_entry_id')
    .select(['attachments.file_name', 'attachments.content_type', 'attachments.content', 'initiatives.publication', 'initiatives.status', 'initiatives.initiator_id', 'journal_entries.visibility'])
    .where('attachments.id', '=', attachmentId)
    .where('initiatives.tenant_id', '=', tenantId)
    .executeTakeFirst()
  if (!row) return undefined
  const isInitiator = reader.personId !== undefined && row.initiator_id === reader.personId
  const visible =
    reader.isStaff ||
    (row.visibility === 'public' && isPublicInitiative(row)) ||
    (isInitiator && (row.visibility === 'public' || row.visibility === 'shared'))
  return visible ? { fileName: row.file_name, contentType: row.content_type, content: row.content } : undefined
}
