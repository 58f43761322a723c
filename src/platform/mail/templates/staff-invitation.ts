import type { Locale } from '../../i18n/locale.ts'
import { action, defineMailTemplate, paragraph } from './mail-template.ts'

export interface StaffInvitationParams {
  tenantName: string
  /** The name of the colleague who sent the invitation. */
  inviterName: string
  /** Where the new colleague chooses a password. */
  link: string
  /** Role keys such as `broker` or `admin`; shown in the reader's language. */
  roles: string[]
}

const roleNames: Record<Locale, Record<string, string>> = {
  nl: { resident: 'inwoner', broker: 'ruimtemaker', coordinator: 'coördinator', admin: 'beheerder', councilMember: 'raadslid' },
  en: { resident: 'resident', broker: 'broker', coordinator: 'coordinator', admin: 'administrator', councilMember: 'council member' },
}

function roleList(roles: string[], locale: Locale): string {
  const names = roles.map((role) => roleNames[locale][role] ?? role)
  return new Intl.ListFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { style: 'long', type: 'conjunction' }).format(names)
}

/** A coordinator or administrator invited someone to work in the municipality's Noaber. */
export const staffInvitation = defineMailTemplate<StaffInvitationParams>({
  requiredParams: ['tenantName', 'inviterName', 'link', 'roles'],
  content: {
    nl: ({ tenantName, inviterName, link, roles }) => ({
      subject: `Uitnodiging: werk mee in Noaber van ${tenantName}`,
      heading: 'U bent uitgenodigd',
      blocks: [
        paragraph(`${inviterName} nodigt u uit om als medewerker van ${tenantName} mee te werken in Noaber. Daar starten inwoners hun eigen initiatieven, en doet de gemeente mee.`),
        paragraph(`${roles.length === 1 ? 'Uw rol' : 'Uw rollen'}: ${roleList(roles, 'nl')}.`),
        paragraph('Kies met de knop hieronder een wachtwoord. Daarna kunt u inloggen.'),
        action('Wachtwoord kiezen', link),
        paragraph(`Verwachtte u deze uitnodiging niet? Dan kunt u deze e-mail negeren: zonder wachtwoord wordt er niets actief. Twijfelt u, vraag het dan na bij ${inviterName}.`),
      ],
      sender: tenantName,
    }),
    en: ({ tenantName, inviterName, link, roles }) => ({
      subject: `Invitation: join ${tenantName} on Noaber`,
      heading: 'You are invited',
      blocks: [
        paragraph(`${inviterName} invites you to work in Noaber as a member of staff of ${tenantName}. Noaber is where residents start their own initiatives, and the municipality takes part.`),
        paragraph(`${roles.length === 1 ? 'Your role' : 'Your roles'}: ${roleList(roles, 'en')}.`),
        paragraph('Use the button below to choose a password. After that you can sign in.'),
        action('Choose a password', link),
        paragraph(`Not expecting this invitation? Then you can ignore this e-mail: nothing becomes active without a password. If in doubt, check with ${inviterName}.`),
      ],
      sender: tenantName,
    }),
  },
})
