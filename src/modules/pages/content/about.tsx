import type { VNode } from 'preact'
import type { Locale } from '../../../platform/i18n/locale.ts'
import { H2, Li, P, Ul } from '../content-page.tsx'
import type { StatementProps } from './statement-props.ts'

export const aboutContent: Record<Locale, (props: StatementProps) => VNode> = {
  nl: ({ tenantName }) => (
    <>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        Op dit platform brengen inwoners, ondernemers en verenigingen van {tenantName} hun eigen plannen voor hun straat, wijk of dorp. De gemeente doet mee met
        hún plan, in plaats van andersom.
      </p>
      <H2>Overheidsparticipatie</H2>
      <P>
        Bij burgerparticipatie vraagt de gemeente inwoners mee te denken over plannen van de gemeente. Wij draaien dat om: wie zelf iets wil opzetten, krijgt
        van de gemeente ruimte, een vast aanspreekpunt en hulp waar dat nodig is. Soms is dat advies of een contact, soms een lokaal of wat geld, en soms
        een regel die we anders toepassen.
      </P>
      <H2>Wat u van ons mag verwachten</H2>
      <Ul>
        <Li>Binnen twee werkdagen neemt een ruimtemaker contact met u op.</Li>
        <Li>Die ruimtemaker blijft uw vaste contactpersoon, van het eerste gesprek tot het resultaat.</Li>
        <Li>Wat we u beloven, leggen we vast met een datum. Zo kunt u zien of we ons woord houden.</Li>
        <Li>Als een regel of procedure uw plan in de weg zit, schrijven we dat op, zodat het bestuur en de raad de regel kunnen aanpassen.</Li>
      </Ul>
      <H2>Noaber</H2>
      <P>
        Noaber is Twents voor buur: iemand die helpt zonder dat je het twee keer hoeft te vragen. Het platform is open-source software, gemaakt voor gemeenten
        die zo willen werken. Iedereen mag de broncode inzien, gebruiken en verbeteren.
      </P>
    </>
  ),
  en: ({ tenantName }) => (
    <>
      <p class="utrecht-paragraph utrecht-paragraph--lead">
        On this platform, residents, businesses and associations of {tenantName} bring their own plans for their street, neighbourhood or village. The
        municipality takes part in <em>their</em> plan, rather than the other way round.
      </p>
      <H2>Government participation</H2>
      <P>
        In citizen participation the municipality asks residents to think along about its own plans. We turn that around: whoever wants to start something
        gets room, one steady contact and help where it is needed. Sometimes that is advice or an introduction, sometimes a room or some money, and
        sometimes a rule we apply differently.
      </P>
      <H2>What you can expect from us</H2>
      <Ul>
        <Li>A broker from the municipality contacts you within two working days.</Li>
        <Li>That broker stays your contact person, from the first conversation to the result.</Li>
        <Li>Whatever we promise you, we record with a date, so you can see whether we keep our word.</Li>
        <Li>When a rule or procedure stands in your way, we write it down, so the board and the council can change the rule.</Li>
      </Ul>
      <H2>Noaber</H2>
      <P>
        Noaber is the Twente word for neighbour: someone who helps without having to be asked twice. The platform is open-source software, made for
        municipalities that want to work this way. Anyone may read, use and improve its source code.
      </P>
    </>
  ),
}
