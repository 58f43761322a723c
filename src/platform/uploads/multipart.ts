import fastifyMultipart from '@fastify/multipart'
import type { FastifyInstance } from 'fastify'

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024

/** A file as it arrived in a form: the name the sender gave it and its bytes. Its type is not trusted. */
export interface UploadedFile {
  fileName: string
  content: Buffer
}

/**
 * Multipart forms arrive as plain fields plus files held in memory (at most one file of 5 MiB per
 * request), so forms with a file are validated exactly like other forms, CSRF token included.
 */
export async function registerMultipart(app: FastifyInstance): Promise<void> {
  await app.register(fastifyMultipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 30, parts: 31, fieldSize: 64 * 1024 },
    throwFileSizeLimit: true,
    async onFile(part) {
      const content = await part.toBuffer()
      ;(part as unknown as { value: UploadedFile }).value = { fileName: part.filename, content }
    },
  })
}

export function uploadedFile(body: unknown, name: string): UploadedFile | undefined {
  const value = (body as Record<string, unknown> | undefined)?.[name]
  if (!value || typeof value !== 'object' || !('content' in value)) return undefined
  const file = value as UploadedFile
  return file.content.length === 0 && !file.fileName ? undefined : file
}
