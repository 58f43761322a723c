/** Text a municipality writes itself, in each interface language it offers. Dutch is always present. */
export interface LocalizedText {
  nl: string
  en: string
}
