import { en, nl, type MessageKey } from './catalogue.ts'
import type { Locale } from './locale.ts'
import type { LocalizedText } from './localized-text.ts'

export type { MessageKey }
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string

const catalogues: Record<Locale, Record<MessageKey, string>> = { nl, en }

export function translator(locale: Locale): Translate {
  const catalogue = catalogues[locale]
  return (key, params) => {
    const template = catalogue[key]
    if (!params) return template
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole))
  }
}

/** Picks the municipality's own text in the reader's language, falling back to Dutch when a translation is missing. */
export function localized(text: LocalizedText, locale: Locale): string {
  return text[locale] || text.nl
}

export function formatNumber(value: number, locale: Locale): string {
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB').format(value)
}
