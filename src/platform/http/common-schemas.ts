import { Type } from 'typebox'

export const LocalizedTextSchema = Type.Object(
  { nl: Type.String(), en: Type.String() },
  { description: 'Text in Dutch and English.' },
)
