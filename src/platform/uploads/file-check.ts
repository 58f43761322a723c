import { fileTypeFromBuffer } from 'file-type'
import type { UploadedFile } from './multipart.ts'

export const allowedUploadTypes = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const
export type AllowedUploadType = (typeof allowedUploadTypes)[number]

export interface CheckedUpload {
  fileName: string
  contentType: AllowedUploadType
  content: Buffer
}

/**
 * Decides what a file is from its bytes, not from its name or the type the browser claims: a
 * script renamed to `photo.jpg` is refused. The name is kept only for display, cleaned of paths
 * and control characters.
 */
export async function checkUpload(file: UploadedFile): Promise<{ upload: CheckedUpload } | { problem: 'empty' | 'type' }> {
  if (file.content.length === 0) return { problem: 'empty' }
  const detected = await fileTypeFromBuffer(file.content)
  const type = detected?.mime
  if (!type || !(allowedUploadTypes as readonly string[]).includes(type)) return { problem: 'type' }
  const base = file.fileName.split(/[\\/]/).pop() ?? ''
  const fileName = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim().slice(0, 200) || `bijlage.${detected!.ext}`
  return { upload: { fileName, contentType: type as AllowedUploadType, content: file.content } }
}
