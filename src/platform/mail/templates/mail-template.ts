import type { Locale } from '../../i18n/locale.ts'

/**
 * The body of a mail as a few plain blocks. Each template writes its text once per language; the
 * layout turns the same blocks into the plain-text part and the HTML part, so the two never disagree.
 */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  /** The one thing the reader should do: a button in HTML, the label and the bare address in plain text. */
  | { kind: 'action'; label: string; href: string }
  | { kind: 'list'; items: string[] }

export interface MailContent {
  subject: string
  heading: string
  blocks: MailBlock[]
  /** Who the mail is from, in words: the municipality's name. Shown at the foot. */
  sender: string
}

export interface MailTemplate<P> {
  /** Checked before rendering a queued mail, so a message queued under an older shape fails clearly. */
  requiredParams: readonly (keyof P & string)[]
  content: Record<Locale, (params: P) => MailContent>
}

/** Declares a template; its parameter type becomes part of `MailTemplates`. */
export function defineMailTemplate<P>(template: MailTemplate<P>): MailTemplate<P> {
  return template
}

export const paragraph = (text: string): MailBlock => ({ kind: 'paragraph', text })
export const action = (label: string, href: string): MailBlock => ({ kind: 'action', label, href })
export const list = (items: string[]): MailBlock => ({ kind: 'list', items })
