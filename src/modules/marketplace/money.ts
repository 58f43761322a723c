import type { Locale } from '../../platform/i18n/locale.ts'
import { LIMITS } from './vocabulary.ts'

const EUROS = /^(\d{1,7})(?:[.,](\d{1,2}))?$/

/**
 * An estimated value as typed ("250", "€ 12,50", "12.5") in whole cents, never through a float.
 * Undefined for anything else: a minus sign, letters, thousands separators or more than the limit.
 */
export function parseEuros(text: string): number | undefined {
  const match = EUROS.exec(text.replace(/^€\s*/, '').trim())
  if (!match) return undefined
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'))
  return cents <= LIMITS.valueCents ? cents : undefined
}

/** Cents as a form shows them again: "250" or "12,50". */
export function eurosForForm(cents: number | null): string {
  if (cents === null) return ''
  return cents % 100 === 0 ? String(cents / 100) : `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`
}

/** Cents as people read an amount: "€ 1.250" or "€ 12,50"; no decimals for whole euros. */
export function formatEuros(cents: number, locale: Locale): string {
  const whole = cents % 100 === 0
  return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 }).format(cents / 100)
}
