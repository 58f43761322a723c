/**
 * Why a party was suggested: each reason names what matched and the points it added, so the
 * score is never a black box. Stored with a request as asked, shown in the reader's language.
 */
export const reasonCodes = [
  'skills', 'words', 'sameArea', 'wholeMunicipality', 'distance', 'availability', 'regularly', 'earlierHelp',
  'offer', 'capacity', 'free', 'accessible', 'sameNeedAnswered', 'similarTitle',
] as const
export type ReasonCode = (typeof reasonCodes)[number]

export interface MatchReason {
  code: ReasonCode
  points: number
  params: Record<string, string | number>
}

export function reason(code: ReasonCode, points: number, params: Record<string, string | number> = {}): MatchReason {
  return { code, points: Math.round(points), params }
}

export function totalScore(reasons: MatchReason[]): number {
  return reasons.reduce((sum, item) => sum + item.points, 0)
}
