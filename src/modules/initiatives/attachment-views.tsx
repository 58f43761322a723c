import type { ViewContext } from '../../platform/layout/view-context.ts'
import type { AttachmentSummary } from './attachments.ts'

function size(bytes: number, ctx: ViewContext): string {
  const kb = bytes / 1024
  const formatted = new Intl.NumberFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1 }).format(kb >= 1024 ? kb / 1024 : kb)
  return `${formatted} ${kb >= 1024 ? 'MB' : 'kB'}`
}

/** The files of one journal entry: photos shown small with their name as text alternative, PDFs as links. */
export function AttachmentList({ ctx, attachments }: { ctx: ViewContext; attachments: AttachmentSummary[] }) {
  if (attachments.length === 0) return null
  return (
    <ul class="noaber-attachments">
      {attachments.map((attachment) => (
        <li>
          <a class="utrecht-link" href={`/bijlagen/${attachment.id}`}>
            {attachment.contentType.startsWith('image/') ? <img class="noaber-attachments__image" src={`/bijlagen/${attachment.id}`} alt="" loading="lazy" /> : null}
            {`${attachment.fileName} (${attachment.contentType === 'application/pdf' ? 'PDF' : ctx.t('attachment.photo')}, ${size(attachment.sizeBytes, ctx)})`}
          </a>
        </li>
      ))}
    </ul>
  )
}
