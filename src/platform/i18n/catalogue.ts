import { en as platformEn } from './messages.en.ts'
import { nl as platformNl } from './messages.nl.ts'

/**
 * Every interface text: the platform's catalogue plus one per feature module that keeps its own
 * (`src/modules/<feature>/messages.nl.ts` and `.en.ts`), so a feature's words live beside its code.
 * Dutch is the source of the keys; each English catalogue is typed against its Dutch one.
 */
export const nl = { ...platformNl } as const
export const en = { ...platformEn } satisfies Record<keyof typeof nl, string>

export type MessageKey = keyof typeof nl
