import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface SignInLinkParams {
  tenantName: string
  /** The one-time sign-in address. */
  link: string
  /** How many minutes the link stays valid. */
  minutes: number
}

/** A resident asked to sign in with their e-mail address; this mail carries the one-time link. */
export const signInLink = defineMailTemplate<SignInLinkParams>({
  requiredParams: ['tenantName', 'link', 'minutes'],
  content: {
    nl: ({ tenantName, link, minutes }) => ({
      subject: `Uw inloglink voor ${tenantName}`,
      heading: `Inloggen bij ${tenantName}`,
      blocks: [
        paragraph(`U vroeg om in te loggen bij ${tenantName}. Met de knop hieronder logt u meteen in.`),
        action('Inloggen', link),
        paragraph(`De link werkt één keer en is ${minutes === 1 ? '1 minuut' : `${minutes} minuten`} geldig. Stuur hem niet door: wie de link heeft, kan als u inloggen.`),
        paragraph('Heeft u niet om deze e-mail gevraagd? Dan hoeft u niets te doen. Zonder de link logt niemand in, en er verandert niets aan uw gegevens.'),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, link, minutes }) => ({
      subject: `Your sign-in link for ${tenantName}`,
      heading: `Sign in to ${tenantName}`,
      blocks: [
        paragraph(`You asked to sign in to ${tenantName}. The button below signs you in straight away.`),
        action('Sign in', link),
        paragraph(`The link works once and is valid for ${minutes === 1 ? '1 minute' : `${minutes} minutes`}. Do not share it: anyone who has the link can sign in as you.`),
        paragraph('Did you not ask for this e-mail? Then there is nothing you need to do. Without the link nobody signs in, and nothing about your details changes.'),
      ],
      sender: tenantName,
    }),
  },
})
