/**
 * An address-safe identifier from a name: letters without accents, digits and single hyphens,
 * at most `maxLength` long ("Stichting Het Spinnewiel" → "stichting-het-spinnewiel",
 * "Één Hoek" → "een-hoek"). Empty when the name holds no letter or digit.
 */
export function slugify(name: string, maxLength = 60): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '')
}
