import type { GovernmentRole, InitiatorKind, NeedKind } from '../modules/initiatives/vocabulary.ts'

/** The theme slugs of the demo municipality (themes.ts). */
export type ThemeSlug =
  | 'zorg-en-welzijn'
  | 'werk-en-inkomen'
  | 'kunst-en-cultuur'
  | 'evenementen-en-toerisme'
  | 'duurzaamheid'
  | 'sport-en-bewegen'
  | 'groen-en-openbare-ruimte'
  | 'samenleven'
  | 'jeugd-en-onderwijs'
  | 'wonen'
  | 'verkeer-en-veiligheid'

/** What kind of rules an idea tends to run into; obstacles are matched to initiatives by these. */
export type RuleTag =
  | 'event'
  | 'alcohol'
  | 'traffic'
  | 'ground'
  | 'building'
  | 'zoning'
  | 'subsidy'
  | 'insurance'
  | 'play'
  | 'fire'
  | 'food'
  | 'privacy'
  | 'market'
  | 'water'
  | 'noise'

export interface IdeaNeed {
  kind: NeedKind
  /** The initiator's question, in their words. */
  explanation: string
  /** The broker's answer, when the idea has a typical one; otherwise a general answer for the kind is used. */
  answer?: string
}

/**
 * One kind of initiative as residents bring it, written so it can happen in more than one area:
 * {tokens} (see places.ts) are filled in with that area's places.
 */
export interface Idea {
  key: string
  title: string
  /** How a broker refers to it in the case file: "de moestuin". */
  kort: string
  summary: string
  description: string
  themes: ThemeSlug[]
  /** Who typically starts it. */
  kinds: InitiatorKind[]
  /** Where it fits: villages only, town neighbourhoods only, or these area slugs; anywhere when left out. */
  where?: 'village' | 'neighbourhood' | string[]
  needs: IdeaNeed[]
  tags?: RuleTag[]
  /** A public update from the initiator while it is under way. */
  update: string
  /** What was achieved, for the outcome record when it is realised. */
  achieved: string
  /** How many people took part, from–to. */
  participants: [number, number]
  /** Euros from the municipality when it does pay, from–to; most realised initiatives get none. */
  money?: [number, number]
  /** The rung that usually fits. */
  role?: GovernmentRole
  /** Where it is typically referred to, when the municipality is not the right party. */
  referTo?: string
  /** The day of the year it happens, [month, day], for events and seasonal things; its texts assume that time of year. */
  season?: [number, number]
  /** At most this many areas get this idea (default 2). */
  uses?: number
}
