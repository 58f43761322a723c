import { en as platformEn } from './messages.en.ts'
import { nl as platformNl } from './messages.nl.ts'
import { areasEn } from '../../modules/areas/messages.en.ts'
import { areasNl } from '../../modules/areas/messages.nl.ts'
import { neighbourRequestsEn } from '../../modules/neighbour-requests/messages.en.ts'
import { neighbourRequestsNl } from '../../modules/neighbour-requests/messages.nl.ts'
import { messagesEn } from '../../modules/messages/messages.en.ts'
import { messagesNl } from '../../modules/messages/messages.nl.ts'
import { matchingEn } from '../../modules/matching/messages.en.ts'
import { matchingNl } from '../../modules/matching/messages.nl.ts'
import { spacesEn } from '../../modules/spaces/messages.en.ts'
import { spacesNl } from '../../modules/spaces/messages.nl.ts'
import { networkEn } from '../../modules/network/messages.en.ts'
import { networkNl } from '../../modules/network/messages.nl.ts'
import { marketplaceEn } from '../../modules/marketplace/messages.en.ts'
import { marketplaceNl } from '../../modules/marketplace/messages.nl.ts'

/**
 * Every interface text: the platform's catalogue plus one per feature module that keeps its own
 * (`src/modules/<feature>/messages.nl.ts` and `.en.ts`), so a feature's words live beside its code.
 * Dutch is the source of the keys; each English catalogue is typed against its Dutch one.
 */
export const nl = { ...platformNl, ...neighbourRequestsNl, ...messagesNl, ...areasNl, ...matchingNl, ...spacesNl, ...networkNl, ...marketplaceNl } as const
export const en = { ...platformEn, ...neighbourRequestsEn, ...messagesEn, ...areasEn, ...matchingEn, ...spacesEn, ...networkEn, ...marketplaceEn } satisfies Record<keyof typeof nl, string>

export type MessageKey = keyof typeof nl
