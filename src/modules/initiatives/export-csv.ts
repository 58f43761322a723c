/**
 * CSV for spreadsheets as Dutch municipalities use them.
 *
 * Separator `;`: Excel with Dutch regional settings (decimal comma) splits on the semicolon and would
 * put a comma-separated file into one column; LibreOffice and Numbers ask or detect it. A UTF-8
 * byte-order mark makes Excel read ë, é and € as UTF-8 instead of Windows-1252. Lines end in CRLF
 * and fields are quoted as RFC 4180 says (with `;` as the separator).
 *
 * Cells come from residents (titles, summaries), so a text that starts with `=`, `+`, `-` or `@`
 * (or a tab or carriage return, which Excel skips before such a sign) gets an apostrophe in front:
 * a spreadsheet then shows it as text instead of running it as a formula (OWASP "CSV injection").
 * Numbers we write ourselves are left as they are, so they stay numbers.
 */

export const CSV_SEPARATOR = ';'
const BYTE_ORDER_MARK = '\uFEFF'
const FORMULA_START = /^[=+\-@\t\r]/
const NEEDS_QUOTES = /[";\r\n]|^\s|\s$/

export type CsvValue = string | number | null | undefined

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : ''
  const text = FORMULA_START.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function csvLine(cells: CsvValue[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`
}

/**
 * A whole file as it is written: byte-order mark and header row first, then each batch of records as
 * it arrives, every line ended by CRLF. Batches keep the server's memory flat however many records
 * a municipality has; the caller decides how big a batch is.
 */
export async function* csvText(header: string[], batches: AsyncIterable<CsvValue[][]>): AsyncGenerator<string> {
  yield `${BYTE_ORDER_MARK}${csvLine(header)}`
  for await (const rows of batches) {
    if (rows.length > 0) yield rows.map(csvLine).join('')
  }
}
