export const MAX_POPULATION = 10_000_000

/**
 * A number of residents as people type it: "4180", or with Dutch or English thousands separators
 * ("4.180", "4,180", "4 180"). Anything else, decimals included, is not a population.
 */
export function readPopulation(text: string): number | undefined {
  const value = text.trim()
  if (!/^\d{1,8}$/.test(value) && !/^\d{1,3}([.,\s]\d{3}){1,2}$/.test(value)) return undefined
  const number = Number(value.replace(/[.,\s]/g, ''))
  return number <= MAX_POPULATION ? number : undefined
}
