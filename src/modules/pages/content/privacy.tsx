import type { VNode } from 'preact'
import type { Locale } from '../../../platform/i18n/locale.ts'
import { H2, Li, P, Ul } from '../content-page.tsx'
import type { StatementProps } from './statement-props.ts'

export const privacyContent: Record<Locale, (props: StatementProps) => VNode> = {
  nl: ({ tenantName, contactEmail }) => (
    <>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {tenantName} is verantwoordelijk voor de persoonsgegevens op dit platform. We verzamelen zo weinig mogelijk en gebruiken gegevens alleen om uw
        initiatief te ondersteunen.
      </p>
      <H2>Welke gegevens en waarom</H2>
      <Ul>
        <Li>Uw naam en e-mailadres, om contact met u op te nemen over uw initiatief en om u in te laten loggen.</Li>
        <Li>Een telefoonnummer, alleen als u dat zelf opgeeft.</Li>
        <Li>Wat u over uw initiatief schrijft. Dat wordt pas openbaar als u daarvoor kiest en de gemeente het heeft bekeken.</Li>
        <Li>Aantekeningen van uw ruimtemaker, om afspraken na te kunnen komen. Aantekeningen die voor u bedoeld zijn, kunt u zelf lezen.</Li>
      </Ul>
      <P>Uw contactgegevens zijn nooit openbaar. We verkopen geen gegevens en gebruiken geen volgcookies of advertentienetwerken.</P>
      <H2>Cookies</H2>
      <P>
        We gebruiken alleen cookies die nodig zijn om de website te laten werken: een cookie dat uw taalkeuze onthoudt en, als u inlogt, een cookie voor uw
        sessie. Daarvoor is geen toestemming nodig.
      </P>
      <H2>Hoe lang we gegevens bewaren</H2>
      <P>
        Gegevens over een initiatief bewaren we zolang het initiatief loopt en daarna volgens de archiefregels voor gemeenten. U kunt uw account altijd
        verwijderen; wat u openbaar heeft bijgedragen blijft dan staan, maar zonder uw naam.
      </P>
      <H2>Uw rechten</H2>
      <P>
        Op grond van de Algemene verordening gegevensbescherming (AVG) mag u uw gegevens inzien, laten verbeteren of verwijderen, en een kopie krijgen.
        Stuur daarvoor een bericht naar {contactEmail}. Bent u het niet eens met hoe we met uw gegevens omgaan, dan kunt u een klacht indienen bij de
        Autoriteit Persoonsgegevens.
      </P>
    </>
  ),
  en: ({ tenantName, contactEmail }) => (
    <>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {tenantName} is responsible for the personal data on this platform. We collect as little as we can and use data only to support your initiative.
      </p>
      <H2>Which data and why</H2>
      <Ul>
        <Li>Your name and e-mail address, to contact you about your initiative and to let you sign in.</Li>
        <Li>A phone number, only if you give one yourself.</Li>
        <Li>What you write about your initiative. It only becomes public when you choose so and the municipality has reviewed it.</Li>
        <Li>Notes by your broker, so that agreements can be kept. Notes meant for you, you can read yourself.</Li>
      </Ul>
      <P>Your contact details are never public. We do not sell data and use no tracking cookies or advertising networks.</P>
      <H2>Cookies</H2>
      <P>
        We only use cookies the website needs to work: one that remembers your language and, when you sign in, one for your session. These need no consent.
      </P>
      <H2>How long we keep data</H2>
      <P>
        We keep data about an initiative while it runs and afterwards according to the archiving rules for municipalities. You can delete your account at any
        time; what you contributed publicly stays, but without your name.
      </P>
      <H2>Your rights</H2>
      <P>
        Under the General Data Protection Regulation (GDPR) you may see, correct or delete your data, and receive a copy. Send a message to {contactEmail}. If
        you disagree with how we handle your data, you can complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).
      </P>
    </>
  ),
}
