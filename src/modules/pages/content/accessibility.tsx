import type { VNode } from 'preact'
import type { Locale } from '../../../platform/i18n/locale.ts'
import { H2, Li, P, Ul } from '../content-page.tsx'
import type { StatementProps } from './statement-props.ts'

export const accessibilityContent: Record<Locale, (props: StatementProps) => VNode> = {
  nl: ({ tenantName, contactEmail, contactPhone }) => (
    <>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {tenantName} wil dat iedereen deze website kan gebruiken, ook wie slecht ziet, een schermlezer gebruikt, alleen met het toetsenbord werkt of een oude
        telefoon heeft.
      </p>
      <H2>Welke eisen we volgen</H2>
      <P>
        Overheidswebsites moeten voldoen aan de Europese norm EN 301 549, die verwijst naar de Web Content Accessibility Guidelines (WCAG) 2.1 op niveau AA.
        Deze website is daarop gebouwd.
      </P>
      <H2>Hoe we dat controleren</H2>
      <Ul>
        <Li>Bij elke wijziging van de software controleren geautomatiseerde tests de belangrijkste pagina's met axe op WCAG 2.1 AA-fouten.</Li>
        <Li>Alle pagina's werken zonder JavaScript en zijn met het toetsenbord te bedienen; elke pagina heeft een link om direct naar de inhoud te gaan.</Li>
        <Li>De vormgeving gebruikt de componenten van het NL Design System, die met het oog op toegankelijkheid zijn ontwikkeld.</Li>
      </Ul>
      <H2>Wat nog niet goed gaat</H2>
      <P>
        Geautomatiseerde tests vinden niet alle problemen. Een volledig onderzoek door een onafhankelijke deskundige is nog niet gedaan. Kaarten tonen we
        altijd ook als lijst, zodat niets alleen op een kaart te vinden is.
      </P>
      <H2>Iets niet bruikbaar?</H2>
      <P>
        Laat het ons weten via {contactEmail} of bel {contactPhone}. We reageren binnen vijf werkdagen en zoeken samen met u naar een oplossing.
      </P>
    </>
  ),
  en: ({ tenantName, contactEmail, contactPhone }) => (
    <>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        {tenantName} wants everyone to be able to use this website, including people with low vision, people using a screen reader or only a keyboard, and
        people with an old phone.
      </p>
      <H2>Which requirements we follow</H2>
      <P>
        Government websites must meet the European standard EN 301 549, which refers to the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA.
        This website is built to meet it.
      </P>
      <H2>How we check</H2>
      <Ul>
        <Li>With every change to the software, automated tests check the main pages with axe for WCAG 2.1 AA failures.</Li>
        <Li>All pages work without JavaScript and can be operated with a keyboard; every page has a link that skips straight to the content.</Li>
        <Li>The design uses NL Design System components, which were developed with accessibility in mind.</Li>
      </Ul>
      <H2>What is not right yet</H2>
      <P>
        Automated tests do not find every problem. A full review by an independent expert has not been done yet. Maps are always offered as a list too, so
        nothing can only be found on a map.
      </P>
      <H2>Something you cannot use?</H2>
      <P>
        Let us know at {contactEmail} or call {contactPhone}. We respond within five working days and look for a solution together with you.
      </P>
    </>
  ),
}
