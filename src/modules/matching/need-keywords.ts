import type { NeedKind } from '../initiatives/vocabulary.ts'
import type { OfferKind } from '../network/vocabulary.ts'

/**
 * Words that a helper's skills, tags or description tend to contain when they can help with a kind
 * of need. They widen the text match beyond the initiator's own words ("we need money" finds the
 * helper who lists "fondsenwerving"). Dutch, because the network's texts are mostly Dutch.
 */
export const needKeywords: Record<NeedKind, string[]> = {
  contacts: ['netwerk', 'contact', 'verbinden', 'communicatie'],
  advice: ['advies', 'begeleiding', 'coaching', 'organiseren'],
  rules: ['vergunning', 'regels', 'juridisch', 'verzekering'],
  space: ['ruimte', 'zaal', 'locatie'],
  money: ['subsidie', 'fondsenwerving', 'financien', 'boekhouding', 'sponsoring'],
  volunteers: ['vrijwilliger', 'helpen', 'klussen', 'handen'],
  knowledge: ['kennis', 'advies', 'techniek', 'onderzoek'],
  materials: ['materiaal', 'gereedschap', 'timmeren', 'bouwen'],
  publicity: ['communicatie', 'fotografie', 'vormgeving', 'website', 'pers', 'teksten'],
}

/** Which standing offer of an organisation answers which kind of need. */
export const offerForNeed: Record<NeedKind, OfferKind[]> = {
  contacts: ['expertise', 'people'],
  advice: ['expertise'],
  rules: ['expertise'],
  space: ['rooms'],
  money: ['money'],
  volunteers: ['people'],
  knowledge: ['expertise'],
  materials: ['materials'],
  publicity: ['expertise'],
}
