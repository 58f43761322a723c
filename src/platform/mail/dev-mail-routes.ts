import fs from 'node:fs/promises'
import path from 'node:path'
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox'
import type { FastifyInstance } from 'fastify'
import type { AddressObject } from 'mailparser'
import { Type } from 'typebox'
import type { Config } from '../config/config.ts'
import { sendError } from '../http/errors.ts'
import { sendHtml } from '../http/html.ts'
import { viewContext } from '../http/request-context.ts'
import { DevMailListPage, DevMailMessagePage, type DevMailMessage } from './dev-mail-pages.tsx'
import { MAIL_FILE_NAME, mailDir } from './transport.ts'

const LIST_LIMIT = 200
const MAX_FILE_BYTES = 5 * 1024 * 1024

function addresses(value: AddressObject | AddressObject[] | undefined): string {
  if (!value) return ''
  return (Array.isArray(value) ? value : [value]).map((address) => address.text).join(', ')
}

async function readMail(dir: string, file: string): Promise<DevMailMessage | undefined> {
  const full = path.join(dir, file)
  let source: Buffer
  try {
    const stat = await fs.stat(full)
    if (!stat.isFile()) return undefined
    if (stat.size > MAX_FILE_BYTES) return { file, date: stat.mtime, from: '', to: '', subject: '', text: undefined, readable: false }
    source = await fs.readFile(full)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
  try {
    // Loaded on first use: only development ever shows this page.
    const { simpleParser } = await import('mailparser')
    const parsed = await simpleParser(source, { skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true, skipTextLinks: true })
    return {
      file,
      date: parsed.date,
      from: addresses(parsed.from),
      to: addresses(parsed.to),
      subject: parsed.subject ?? '',
      text: parsed.text,
      readable: true,
    }
  } catch {
    return { file, date: undefined, from: '', to: '', subject: '', text: undefined, readable: false }
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const names = await fs.readdir(dir)
    // The names start with the time they were written, so sorting them sorts by time.
    return names.filter((name) => MAIL_FILE_NAME.test(name)).sort().reverse().slice(0, LIST_LIMIT)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
}

/**
 * Development only: the mail the file transport wrote to DATA_DIR/mail/, newest first, and each
 * message's plain text. In any other environment nothing is registered and the paths are a 404.
 */
export function registerDevMailRoutes(app: FastifyInstance, config: Config): void {
  if (config.environment !== 'development') return
  const dir = mailDir(config)

  app.get('/dev/mail', { schema: { hide: true } }, async (request, reply) => {
    const mails = (await Promise.all((await listFiles(dir)).map((file) => readMail(dir, file)))).filter((mail) => mail !== undefined)
    return sendHtml(reply, DevMailListPage({ ctx: viewContext(request, reply), mails, dir, smtpConfigured: config.smtpUrl !== undefined, limit: LIST_LIMIT }))
  })

  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/dev/mail/:file',
    {
      schema: {
        hide: true,
        // Only names the file transport writes: no path separators, no dots but the extension's.
        params: Type.Object({ file: Type.String({ pattern: MAIL_FILE_NAME.source, maxLength: 64 }) }),
      },
    },
    async (request, reply) => {
      const { file } = request.params
      if (!MAIL_FILE_NAME.test(file)) return sendError(request, reply, 404)
      const mail = await readMail(dir, file)
      if (!mail) return sendError(request, reply, 404)
      return sendHtml(reply, DevMailMessagePage({ ctx: viewContext(request, reply), mail }))
    },
  )
}
