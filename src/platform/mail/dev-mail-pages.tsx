import { Shell } from '../layout/shell.tsx'
import type { ViewContext } from '../layout/view-context.ts'

export interface DevMailSummary {
  file: string
  date: Date | undefined
  from: string
  to: string
  subject: string
  readable: boolean
}

export interface DevMailMessage extends DevMailSummary {
  text: string | undefined
}

function DateTime({ ctx, date }: { ctx: ViewContext; date: Date | undefined }) {
  if (!date || Number.isNaN(date.getTime())) return <>–</>
  const formatted = new Intl.DateTimeFormat(ctx.locale === 'nl' ? 'nl-NL' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: 'Europe/Amsterdam',
  }).format(date)
  return <time dateTime={date.toISOString()}>{formatted}</time>
}

export function DevMailListPage({ ctx, mails, dir, smtpConfigured, limit }: { ctx: ViewContext; mails: DevMailSummary[]; dir: string; smtpConfigured: boolean; limit: number }) {
  const { t } = ctx
  return (
    <Shell ctx={ctx} title={t('devMail.title')}>
      <h1 class="utrecht-heading-1">{t('devMail.title')}</h1>
      <p class="utrecht-paragraph utrecht-paragraph--distanced">{t('devMail.intro', { dir })}</p>
      {smtpConfigured ? <p class="utrecht-paragraph utrecht-paragraph--distanced">{t('devMail.smtpConfigured')}</p> : null}
      {mails.length === 0 ? (
        <p class="utrecht-paragraph">{t('devMail.empty')}</p>
      ) : (
        <>
          <table class="utrecht-table utrecht-table--html-table">
            <caption class="utrecht-table__caption">{t('devMail.caption')}</caption>
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">{t('devMail.date')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('devMail.to')}</th>
                <th class="utrecht-table__header-cell" scope="col">{t('devMail.subject')}</th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {mails.map((mail) => (
                <tr class="utrecht-table__row">
                  <td class="utrecht-table__cell">
                    <DateTime ctx={ctx} date={mail.date} />
                  </td>
                  <td class="utrecht-table__cell">{mail.to}</td>
                  <td class="utrecht-table__cell">
                    <a class="utrecht-link" href={`/dev/mail/${mail.file}`}>
                      {mail.readable ? mail.subject || t('devMail.noSubject') : `${mail.file} ${t('devMail.unreadable')}`}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {mails.length >= limit ? <p class="utrecht-paragraph">{t('devMail.limited', { count: limit })}</p> : null}
        </>
      )}
    </Shell>
  )
}

const URL_PATTERN = /(https?:\/\/[^\s<>"]+)/g

/** A line of the plain-text part, with its web addresses as links (so a sign-in link can be followed). */
function Linked({ line }: { line: string }) {
  return (
    <>
      {line.split(URL_PATTERN).map((part, index) =>
        index % 2 === 1 ? (
          <a class="utrecht-link" href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </>
  )
}

/** The plain-text part line by line, blank lines kept, so it reads as the recipient sees it. */
function PlainText({ text }: { text: string }) {
  const lines = text.replace(/\r\n/g, '\n').replace(/\n+$/, '').split('\n')
  return (
    <p class="utrecht-paragraph">
      {lines.map((line, index) => (
        <>
          {index > 0 ? <br /> : null}
          <Linked line={line} />
        </>
      ))}
    </p>
  )
}

export function DevMailMessagePage({ ctx, mail }: { ctx: ViewContext; mail: DevMailMessage }) {
  const { t } = ctx
  const title = mail.subject || t('devMail.noSubject')
  const rows: [string, preact.ComponentChildren][] = [
    [t('devMail.date'), <DateTime ctx={ctx} date={mail.date} />],
    [t('devMail.from'), mail.from],
    [t('devMail.to'), mail.to],
    [t('devMail.subject'), title],
  ]
  return (
    <Shell ctx={ctx} title={title}>
      <p class="utrecht-paragraph">
        <a class="utrecht-link" href="/dev/mail">
          {t('devMail.back')}
        </a>
      </p>
      <h1 class="utrecht-heading-1">{title}</h1>
      <table class="utrecht-table utrecht-table--html-table">
        <tbody class="utrecht-table__body">
          {rows.map(([key, value]) => (
            <tr class="utrecht-table__row">
              <th class="utrecht-table__header-cell" scope="row">
                {key}
              </th>
              <td class="utrecht-table__cell">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 class="utrecht-heading-2 utrecht-heading-2--distanced">{t('devMail.text')}</h2>
      <div class="noaber-prose">{mail.text ? <PlainText text={mail.text} /> : <p class="utrecht-paragraph">{t('devMail.noText')}</p>}</div>
    </Shell>
  )
}
