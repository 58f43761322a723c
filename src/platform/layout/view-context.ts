import type { Locale } from '../i18n/locale.ts'
import type { Translate } from '../i18n/translate.ts'

/** What every page needs to render its shell: language, municipality and where the reader is. */
export interface ViewContext {
  locale: Locale
  t: Translate
  tenant: { name: string; slug: string }
  /** Path and query of the current request, to come back to after switching language. */
  currentPath: string
}
