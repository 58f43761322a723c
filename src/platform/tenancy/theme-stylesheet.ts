import type { TenantColours } from './tenant-table.ts'

const HEX_COLOUR = /^#[0-9a-fA-F]{6}$/

export function isHexColour(value: string): boolean {
  return HEX_COLOUR.test(value)
}

/**
 * Maps a municipality's brand colours onto the NL Design System "basis" tokens, so every component
 * picks them up. Colours are validated as #rrggbb before they reach CSS, which keeps this injection-free.
 */
export function themeStylesheet(colours: TenantColours): string {
  const safe = (value: string, fallback: string) => (isHexColour(value) ? value : fallback)
  const primary = safe(colours.primary, '#154273')
  const hover = safe(colours.primaryHover, '#0f2f52')
  const onPrimary = safe(colours.onPrimary, '#ffffff')
  const accent = safe(colours.accentBackground, '#eef3f8')
  return `.noaber-theme {
  --noaber-brand: ${primary};
  --noaber-brand-hover: ${hover};
  --noaber-on-brand: ${onPrimary};
  --noaber-accent-background: ${accent};
  --basis-color-action-1-color-default: ${primary};
  --basis-color-action-1-color-hover: ${hover};
  --basis-color-action-1-color-active: ${hover};
  --basis-color-action-1-inverse-bg-default: ${primary};
  --basis-color-action-1-inverse-bg-hover: ${hover};
  --basis-color-action-1-inverse-bg-active: ${hover};
  --basis-color-accent-1-inverse-bg-default: ${primary};
  --basis-color-accent-1-bg-subtle: ${accent};
  --basis-color-accent-1-color-default: ${primary};
  --utrecht-link-color: ${primary};
  --utrecht-link-hover-color: ${hover};
  --utrecht-link-visited-color: ${primary};
}
`
}
