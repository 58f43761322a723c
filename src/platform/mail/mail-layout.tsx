import { renderToString } from 'preact-render-to-string'
import type { Locale } from '../i18n/locale.ts'
import { translator, type Translate } from '../i18n/translate.ts'
import type { MailBlock, MailContent } from './templates/mail-template.ts'

export interface RenderedMail {
  subject: string
  text: string
  html: string
}

// Mail clients ignore stylesheets in <head> often enough that inline styles are the norm; colours keep
// a contrast of at least 4.5:1 and text stays 16px, so the mail reads well with zoom and in dark mode.
const styles = {
  body: 'margin:0;padding:0;background-color:#f3f3f3;',
  outer: 'width:100%;background-color:#f3f3f3;',
  outerCell: 'padding:24px 12px;',
  card: 'width:100%;max-width:600px;margin:0 auto;background-color:#ffffff;border:1px solid #d4d4d4;',
  cardCell: 'padding:32px 24px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;',
  sender: 'margin:0 0 8px;font-size:14px;color:#4a4a4a;',
  heading: 'margin:0 0 24px;font-size:24px;line-height:1.25;color:#1a1a1a;',
  paragraph: 'margin:0 0 16px;',
  list: 'margin:0 0 16px;padding-left:24px;',
  button: 'display:inline-block;padding:12px 24px;background-color:#154273;color:#ffffff;font-weight:bold;text-decoration:underline;border-radius:4px;',
  small: 'margin:0 0 16px;font-size:14px;color:#4a4a4a;',
  fallbackLink: 'color:#154273;word-break:break-all;',
  rule: 'border:0;border-top:1px solid #d4d4d4;margin:24px 0 16px;',
}

/** Every address in a mail is our own; refusing anything but http(s) keeps `javascript:` and friends out. */
function checkedHref(href: string): string {
  let url: URL
  try {
    url = new URL(href)
  } catch {
    throw new Error(`a mail link must be an absolute http(s) address, got '${href}'`)
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`a mail link must use http or https, got '${url.protocol}'`)
  return url.href
}

function Block({ block, t }: { block: MailBlock; t: Translate }) {
  switch (block.kind) {
    case 'paragraph':
      return <p style={styles.paragraph}>{block.text}</p>
    case 'list':
      return (
        <ul style={styles.list}>
          {block.items.map((item) => (
            <li>{item}</li>
          ))}
        </ul>
      )
    case 'action': {
      const href = checkedHref(block.href)
      return (
        <>
          <p style="margin:8px 0 24px;">
            <a href={href} style={styles.button}>
              {block.label}
            </a>
          </p>
          <p style={styles.small}>
            {t('mail.actionFallback')}
            <br />
            <a href={href} style={styles.fallbackLink}>
              {href}
            </a>
          </p>
        </>
      )
    }
  }
}

export function MailDocument({ content, locale }: { content: MailContent; locale: Locale }) {
  const t = translator(locale)
  return (
    <html lang={locale} dir="ltr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <title>{content.subject}</title>
      </head>
      <body style={styles.body}>
        <div role="article" aria-roledescription={t('mail.roleDescription')} aria-label={content.subject} lang={locale}>
          <table role="presentation" style={styles.outer} cellPadding="0" cellSpacing="0">
            <tr>
              <td style={styles.outerCell}>
                <table role="presentation" style={styles.card} cellPadding="0" cellSpacing="0">
                  <tr>
                    <td style={styles.cardCell}>
                      <p style={styles.sender}>{content.sender}</p>
                      <h1 style={styles.heading}>{content.heading}</h1>
                      {content.blocks.map((block) => (
                        <Block block={block} t={t} />
                      ))}
                      <hr style={styles.rule} />
                      <p style={styles.small}>{t('mail.automatic', { sender: content.sender })}</p>
                    </td>
                  </tr>
                </table>
              </td>
            </tr>
          </table>
        </div>
      </body>
    </html>
  )
}

function textBlock(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text
    case 'list':
      return block.items.map((item) => `- ${item}`).join('\n')
    case 'action':
      return `${block.label}:\n${checkedHref(block.href)}`
  }
}

/** One line, so a name with a line break can never add a header. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The subject, the plain-text part and the HTML part of one mail, from the same content. */
export function renderContent(content: MailContent, locale: Locale): RenderedMail {
  const t = translator(locale)
  const text = [content.heading, ...content.blocks.map(textBlock), `-- \n${content.sender}\n${t('mail.automatic', { sender: content.sender })}`].join('\n\n')
  return {
    subject: oneLine(content.subject),
    text: `${text}\n`,
    html: `<!doctype html>${renderToString(<MailDocument content={content} locale={locale} />)}`,
  }
}
