import type { FieldError } from '../../platform/forms/fields.tsx'
import type { Translate } from '../../platform/i18n/translate.ts'
import type { CsvProblem } from './area-csv-import.ts'
import type { BoundaryProblem } from './boundary-import.ts'

/** A long list helps nobody: the first ones, then how many more. */
const SHOWN = 30

/** One sentence per problem, naming the feature by position and name, and the part and ring where it matters. */
export function boundaryProblemText(t: Translate, problem: BoundaryProblem): string {
  const { feature, place } = problem
  const where = [place?.polygon ? t('areaAdmin.boundary.part', { polygon: place.polygon }) : '', place?.ring ? t('areaAdmin.boundary.ring', { ring: place.ring }) : ''].filter(Boolean)
  const name = feature ? (feature.name ? t('areaAdmin.boundary.featureNamed', { position: feature.position, name: feature.name }) : t('areaAdmin.boundary.feature', { position: feature.position })) : ''
  const subject = [name, ...where].filter(Boolean).join(', ')
  return t(`areaAdmin.boundary.${problem.code}`, { ...problem.params, subject })
}

export function csvProblemText(t: Translate, problem: CsvProblem): string {
  return t(`areaAdmin.csv.${problem.code}`, { ...problem.params, row: problem.row ?? '' })
}

/** Problems as the error summary of a form shows them, each linking to the file field. */
export function problemsAsErrors<P>(t: Translate, field: string, problems: P[], text: (t: Translate, problem: P) => string): FieldError[] {
  const errors = problems.slice(0, SHOWN).map((problem) => ({ field, message: text(t, problem) }))
  if (problems.length > SHOWN) errors.push({ field, message: t('areaAdmin.boundaries.moreProblems', { count: problems.length - SHOWN }) })
  return errors
}
