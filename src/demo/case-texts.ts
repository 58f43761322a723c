import type { GovernmentRole, InitiatorKind, NeedKind } from '../modules/initiatives/vocabulary.ts'
import type { RuleTag } from './idea-types.ts'

/** A text that only fits initiatives with one of these needs or rule tags (any initiative when both are left out). */
export interface FittingText {
  text: string
  needs?: NeedKind[]
  tags?: RuleTag[]
  /** Not for initiatives that ask for any of these. */
  unlessNeeds?: NeedKind[]
}

/*
 * The words of the demo case files: what brokers write in the journal, what they promise, how
 * they answer needs, why they chose a rung on the ladder, and what initiators said at the end.
 * Texts use the {tokens} of places.ts plus {voornaam} (the initiator's first name), {kort} (the
 * initiative in a few words), {groep} (a number of people) and a few more filled in by initiatives.ts.
 */

export const firstNames = [
  'Gerda', 'Hennie', 'Jan-Willem', 'Fenna', 'Bennie', 'Annemiek', 'Mustafa', 'Yasmina', 'Thijs', 'Lotte',
  'Riek', 'Herman', 'Dinand', 'Marieke', 'Sevda', 'Koen', 'Willemien', 'Anouk', 'Gijs', 'Joke',
  'Ahmet', 'Priya', 'Ruud', 'Ineke', 'Dirk', 'Jolanda', 'Maarten', 'Esther', 'Tonnie', 'Harm',
  'Bernadet', 'Gert-Jan', 'Niels', 'Femke', 'Roel', 'Monique', 'Yvonne', 'Karin', 'Johan', 'Erwin',
  'Bas', 'Mirjam', 'Hatice', 'Olena', 'Dewi', 'Jasper', 'Merel', 'Stijn', 'Wilma', 'Gerrit',
  'Hanneke', 'Arjen', 'Nadia', 'Teun', 'Ilona', 'Freek', 'Marijke', 'Sander', 'Truus', 'Kevin',
]

export const lastNames = [
  'Nijenhuis', 'Oude Egberink', 'Wessels', 'Scholten', 'Pierik', 'Leferink', 'Groot Wassink', 'ter Haar', 'Hofstede', 'Bosch',
  'Reerink', 'Lansink', 'Weustink', 'Brummelhuis', 'Hulshof', 'Mulder', 'de Vries', 'Bakker', 'Tijhuis', 'Aydin',
  'Yildiz', 'Kaya', 'Bouzid', 'Kowalski', 'Markink', 'Sanderink', 'Stegeman', 'Rouwhorst', 'Koopman', 'Heerink',
  'Vos', 'Smit', 'Meijer', 'ten Dam', 'Olthof', 'Elferink', 'Assink', 'Kroeze', 'Pasman', 'Jansink',
  'Haverkate', 'Klein Koerkamp', 'Morsink', 'Nijland', 'Wolters', 'Dijkhuis', 'Hendriks', 'Shevchenko', 'Suparman', 'van Dijk',
]

/** A sentence that closes the description, in the voice of this kind of initiator. */
export const closingByKind: Record<InitiatorKind, string[]> = {
  resident: [
    'Ik doe dit naast mijn werk, dus ik hoop op een beetje hulp met de regels.',
    'Ik woon hier mijn hele leven al en wil graag iets terugdoen voor {deBuurt}.',
    'Tijd en energie heb ik genoeg, maar ik weet niet goed hoe het bij de gemeente werkt.',
  ],
  residentGroup: [
    'We zijn met een groep van {groep} buren en hebben al twee keer bij elkaar aan tafel gezeten.',
    'Onze groep is een mooie mix van jong en oud: de jongste is zestien, de oudste eenentachtig.',
    'We zijn met {groep} mensen begonnen en merken dat er steeds meer buren willen aansluiten.',
  ],
  entrepreneur: [
    'Als ondernemer {inGebied} vind ik het belangrijk dat {deBuurt} levendig blijft.',
    'Mijn bedrijf zit hier al drie generaties; dit is onze manier om iets terug te geven.',
  ],
  association: [
    'Onze vereniging heeft het plan besproken op de ledenvergadering en er was brede steun.',
    'Het bestuur heeft al met een paar andere verenigingen gesproken; die willen graag meedoen.',
  ],
  school: [
    'De medezeggenschapsraad en de ouderraad staan achter het plan.',
    'Het team van de school doet mee, en de leerlingenraad heeft zelf meegedacht.',
  ],
  careOrganisation: [
    'Wij brengen de professionele ondersteuning in; de uitvoering ligt bij vrijwilligers uit de buurt.',
    'Onze medewerkers doen dit deels in hun werktijd; zonder vrijwilligers lukt het niet.',
  ],
  other: [
    'De kerkenraad staat achter het plan en stelt het gebouw beschikbaar.',
    'We komen uit de kerken, maar iedereen is welkom, gelovig of niet.',
  ],
}

export const needLabels: Record<NeedKind, string> = {
  contacts: 'het leggen van contacten',
  advice: 'meedenken over de aanpak',
  rules: 'de regels en vergunningen',
  space: 'het vinden van een plek',
  money: 'het geld',
  volunteers: 'het vinden van vrijwilligers',
  knowledge: 'kennis die de groep nog mist',
  materials: 'materiaal',
  publicity: 'bekendheid',
}

/** The first contact with the initiator, as the broker records it. */
export const firstContactEntries = [
  'Gebeld met {voornaam}. Enthousiast verhaal over {kort}; ze zijn met een groep van {groep} mensen. Afgesproken dat ik volgende week langskom.',
  'Kennismaking met {voornaam} bij {ontmoeting}. Het plan staat al goed op papier; de vraag zit vooral in {behoefte}.',
  '{Voornaam} teruggebeld na het formulier. Veel energie, nog weinig mensen eromheen. Voorgesteld om eerst een kleine bijeenkomst met buren te houden.',
  'Telefonisch kennisgemaakt met {voornaam}. Uitgelegd dat ik vanaf nu het vaste aanspreekpunt ben; we zien elkaar {dag} bij {ontmoeting}.',
  'Bij {voornaam} thuis aan de keukentafel gezeten. Het idee voor {kort} leeft al langer {inGebied}; er is al een lijstje met twintig namen van mensen die willen helpen.',
  'Eerste gesprek met {voornaam}. Die had eerder al bij de gemeente aangeklopt en was van loket naar loket gestuurd. Uitgelegd hoe het nu werkt: één aanspreekpunt, en dat ben ik.',
  'Kort gebeld met {voornaam} om kennis te maken en een afspraak te plannen. Vooral benieuwd naar {behoefte}; dat zoek ik alvast uit.',
]

/** Internal notes of the broker along the way. */
export const noteEntries: FittingText[] = [
  { text: 'Besproken in het ruimtemakersoverleg. Elders in de gemeente loopt iets vergelijkbaars; ik breng ze met elkaar in contact.' },
  { text: 'ACTIE-gesprek gevoerd: veel animo en een goed netwerk, maar weinig ervaring met vergunningen. Daar zit mijn rol.', needs: ['rules'] },
  { text: 'Let op: {voornaam} trekt vrijwel alles alleen. Bij het volgende gesprek vragen wie er nog meer wil trekken, om overbelasting te voorkomen.' },
  { text: 'Navraag gedaan bij de wijkbeheerder: er liggen geen plannen voor deze plek, dus er is ruimte om mee te denken.', tags: ['ground'] },
  { text: 'Overlegd met de collega van Vergunningen. Waarschijnlijk volstaat een melding; dat laat ik eerst schriftelijk bevestigen voordat ik het doorgeef.', needs: ['rules'] },
  { text: 'Geen geld nodig, wel een zetje. Bewust een stap terug gedaan: de groep kan dit zelf.', unlessNeeds: ['money'] },
  { text: 'In het wekelijkse overleg met de wethouder genoemd; die komt graag een keer kijken als het zover is.' },
  { text: 'Buurtbewoner belde met zorgen over overlast. Uitgelegd hoe het plan eruitziet en voorgesteld om bij de volgende bijeenkomst aan te schuiven.', tags: ['event', 'noise', 'ground', 'zoning'] },
  { text: 'Sluit mooi aan bij de agenda van {club}; ik stel voor dat de groep daar op de volgende vergadering het plan vertelt.' },
  { text: 'Even gecheckt: wie zijn er nog niet bij? Vooral jongere gezinnen en nieuwe bewoners ontbreken. Meegegeven aan {voornaam}.' },
  { text: 'Kosten en opbrengsten met de groep op een rij gezet. De begroting is realistisch; het grootste risico is het weer.', tags: ['event'] },
  { text: 'Kosten en opbrengsten met de groep op een rij gezet. Het plan kan grotendeels zonder geld van de gemeente, als de sponsors blijven.', needs: ['money'] },
]

/** Later contacts with the initiators. */
export const contactEntries: FittingText[] = [
  { text: 'Samen met {voornaam} en twee anderen uit de groep ter plekke gekeken. Het plan is concreter geworden: eerst klein beginnen, later uitbreiden.', tags: ['ground', 'building', 'zoning'] },
  { text: 'Overleg bij {ontmoeting} met de initiatiefnemers en {club}. Afspraken gemaakt over wie wat doet; ik regel het contact binnen de gemeente.' },
  { text: 'Telefonisch bijgepraat met {voornaam}. Het loopt goed; de groep is gegroeid naar {groep} mensen.' },
  { text: 'Bijeenkomst met omwonenden: zo’n twintig mensen, overwegend positief. Twee kritische vragen over parkeren; die nemen we mee.', tags: ['event', 'ground', 'zoning', 'noise', 'traffic'] },
  { text: 'Gesprek met {voornaam} over de planning. Het gaat langzamer dan gehoopt door de vakantieperiode; geen probleem, we houden contact.' },
  { text: 'Met {voornaam} de aanvraag doorgelopen, vraag voor vraag. Binnen een uur was de aanvraag klaar.', needs: ['rules', 'money'] },
  { text: 'Aangeschoven bij een bijeenkomst van de groep. Goede sfeer, en er kwamen een paar nieuwe gezichten bij.' },
]

/** Messages from broker to initiator. */
export const brokerMessages: FittingText[] = [
  { text: 'Beste {voornaam}, zoals beloofd de contactgegevens van de beheerder van {ontmoeting}. Die weet dat u belt.', needs: ['space'] },
  { text: 'Hallo {voornaam}, goed nieuws: de aanvraag is rond. Ik stuur de bevestiging door zodra ik die binnen heb.', needs: ['rules', 'money'] },
  { text: 'Dag {voornaam}, ik heb navraag gedaan over de regels en alles voor u op een rij gezet. Het valt mee; bel gerust als u er samen doorheen wilt.', needs: ['rules'] },
  { text: 'Beste {voornaam}, hierbij de afspraken van ons gesprek op een rij. Laat u het weten als ik iets verkeerd heb begrepen?' },
  { text: 'Hallo {voornaam}, ik ben de komende twee weken met vakantie. Mijn collega {collega} neemt het waar en is op de hoogte.' },
  { text: 'Dag {voornaam}, de wethouder wil graag een keer langskomen. Schikt het u over twee of drie weken, op een doordeweekse avond?' },
]

/** Messages from the initiator to the broker. */
export const initiatorMessages: FittingText[] = [
  { text: 'Dank voor het fijne gesprek! We gaan aan de slag met de tips.' },
  { text: 'Hallo, de bijeenkomst is geweest en er kwamen meer mensen dan we hadden verwacht. Zullen we binnenkort weer even bellen?' },
  { text: 'Korte vraag: is er al nieuws over de plek? We willen graag op tijd kunnen beginnen.', needs: ['space'] },
  { text: 'Hallo, ik zou de begroting meesturen, maar die volgt morgen. Excuus!', needs: ['money'] },
  { text: 'We hebben als groep besloten om het eerst een halfjaar te proberen en dan te kijken of het bevalt.', unlessNeeds: ['rules'] },
  { text: 'Weet u al iets meer over de vergunning? We willen de datum graag vastleggen.', needs: ['rules'] },
]

/** A public update while preparing something that happens at a set time of year, when that time is still far off. */
export const preparingUpdates = [
  'De voorbereidingen zijn in volle gang. Wie wil helpen, is van harte welkom: stuur ons een bericht via deze pagina.',
  'We hebben de datum geprikt en de eerste afspraken gemaakt. Binnenkort meer nieuws!',
]

/** A public update by the initiator when it is done. */
export const finalUpdates = [
  'Het is gelukt! Dank aan iedereen die heeft geholpen, en in het bijzonder aan de buren die er zoveel vrije uren in staken.',
  'Wat zijn we trots op {kort}. Dank aan {club} en aan de gemeente voor het meedenken.',
  'Het begon als een idee aan de keukentafel, en kijk nu eens. Dank aan iedereen die meedeed!',
]

/** Closing notes per end status. */
export const realisedNotes = [
  'Afgerond: {kort} is gerealiseerd. Uitkomst vastgelegd; de groep gaat zelfstandig verder.',
  'Afsluitend gesprek met {voornaam}: trots op het resultaat. Afgesproken dat ik over een halfjaar nog eens bel hoe het loopt.',
  'Gerealiseerd. Opvallend hoe weinig de gemeente hoefde te doen: vooral de juiste mensen bij elkaar brengen.',
]

export const stopReasons = [
  'De trekker is verhuisd en niemand in de groep wilde het overnemen.',
  'Er bleek geen geschikte plek te vinden binnen de regels van het omgevingsplan.',
  'Er waren te weinig vrijwilligers om het vol te houden.',
  'De kosten voor vergunning en verzekering waren te hoog voor de groep.',
  'De buurt bleek verdeeld, en de initiatiefnemers kozen ervoor niet door te zetten.',
  'Het plan is opgegaan in een vergelijkbaar initiatief elders in de gemeente.',
  'Door persoonlijke omstandigheden kon de groep er geen tijd meer in steken; misschien pakken ze het later weer op.',
]

export const stoppedNote = 'Gesprek met {voornaam}: de groep stopt. {reden} Bedankt voor de inzet en gezegd dat de deur openstaat als ze het later weer willen oppakken.'
export const referredNote = 'Doorverwezen naar {verwijzing}. Warme overdracht gedaan: ik heb {voornaam} persoonlijk voorgesteld aan de contactpersoon daar, zodat het verhaal niet opnieuw verteld hoeft te worden.'
export const withdrawnNote = '{Voornaam} heeft het initiatief ingetrokken via de eigen pagina. In het laatste gesprek gaf {voornaam} al aan dat het privé even niet uitkwam.'
export const unassignedNote = 'Nog geen ruimtemaker toegewezen: de ruimtemakers van dit gebied zitten vol. Maandag in het overleg verdelen, en tot die tijd houd ik de eerste-contactbelofte in de gaten.'

export const referralDestinations = [
  'Welzijn Esveld, waar het opbouwwerk dit soort groepen al begeleidt',
  'de woningcorporatie Esveld Wonen, die eigenaar is van het gebouw',
  'het waterschap, dat over de beek en de oevers gaat',
  'de provincie, die over de provinciale weg gaat',
  'de sportservice van Esveld, die de sportverenigingen ondersteunt',
]

/** What the broker promises, by the kind of help asked for. */
export const promisesByNeed: Record<NeedKind, string[]> = {
  contacts: ['In contact brengen met {club}', 'Contactgegevens sturen van een initiatief dat iets vergelijkbaars deed', 'Een kennismaking regelen met de wijkbeheerder'],
  advice: ['Terugkoppelen wat het ruimtemakersoverleg van het plan vindt', 'Samen de begroting doorlopen'],
  rules: ['Uitzoeken welke vergunning echt nodig is en dat schriftelijk terugkoppelen', 'De aanvraag samen met de groep invullen', 'Navragen bij Vergunningen of een melding volstaat'],
  space: ['Navragen wie er een geschikte plek beschikbaar heeft, en de groep daarmee in contact brengen'],
  money: ['De aanvraag voor het initiatievenfonds samen doorlopen', 'Een lijstje sturen met fondsen die passen'],
  volunteers: ['Een oproep voor vrijwilligers plaatsen op de gemeentepagina', 'Het initiatief aanmelden voor de maatschappelijke beursvloer'],
  knowledge: ['Een deskundige buur zoeken die kan meedenken', 'Een trainingsavond regelen met een collega die er verstand van heeft'],
  materials: ['Navragen of de gemeentewerf het materiaal kan uitlenen'],
  publicity: ['Het initiatief aankondigen op de gemeentepagina in het huis-aan-huisblad', 'Een bericht plaatsen op de website en de sociale media van de gemeente'],
}

/** Promises that only fit some initiatives. */
export const fittingPromises: FittingText[] = [
  { text: 'Dranghekken en borden reserveren bij de gemeentewerf', tags: ['event', 'traffic'] },
  { text: 'Navragen bij Vastgoed of het stuk grond beschikbaar is', tags: ['ground', 'zoning'] },
  { text: 'Een afspraak regelen met de beheerder van {ontmoeting}', tags: ['building', 'food'] },
  { text: 'Het advies van de brandweer opvragen en doorsturen', tags: ['fire', 'building'] },
  { text: 'Uitzoeken wat de vrijwilligersverzekering dekt en dat op papier zetten', tags: ['insurance'] },
]

export const generalPromises = [
  'Het verslag van ons gesprek sturen, met de afspraken op een rij',
  'Over twee weken bellen hoe het gaat',
  'Terugbellen na het overleg met de wethouder',
  'Langskomen bij de volgende bijeenkomst van de groep',
]

/** The shared message when a promise gets a new due day: {belofte} is what was promised. */
export const renegotiationMessage = 'Nieuwe datum voor ‘{belofte}’: {uitleg}'

export const renegotiationExplanations = [
  'Zoals besproken schuiven we dit op: de collega van Vastgoed is pas over drie weken terug van verlof, en ik wil het niet half regelen.',
  'De beslissing ligt nu bij het college. Daarom een nieuwe datum; ik laat het meteen weten als er nieuws is.',
  'Het advies van de brandweer laat op zich wachten. Met {voornaam} afgesproken dat ik het uiterlijk op de nieuwe datum terugkoppel.',
  'Op verzoek van de groep later: zij willen eerst hun ledenvergadering afwachten.',
  'Door de drukte rond de begroting lukt het niet op de afgesproken dag. Met {voornaam} een nieuwe datum afgesproken.',
]

/** How the broker answers a need, when the idea has no answer of its own. */
export const answersByNeed: Record<NeedKind, string[]> = {
  contacts: ['In contact gebracht met {club}; zij denken graag mee en helpen met de uitnodigingen.', 'Voorgesteld aan een initiatiefnemer die vorig jaar iets vergelijkbaars deed; ze hebben het draaiboek gedeeld.'],
  advice: ['Twee keer uitgebreid meegedacht over de opzet en de begroting. De groep heeft het plan daarna zelf verder uitgewerkt.', 'Samen de stappen op een rij gezet: wat eerst, wat later, en wat de groep zelf kan.'],
  rules: ['Uitgezocht en schriftelijk teruggekoppeld wat er nodig is. Wat aangevraagd moest worden, is samen ingevuld en met voorrang behandeld.', 'Met de vakafdeling om tafel gezeten. Het kan, met een paar voorwaarden die de groep goed kan naleven; die staan nu op papier.'],
  space: ['{Ontmoeting} is beschikbaar tegen het maatschappelijk tarief; de afspraken staan op papier.', 'Via het Makelpunt een ruimte gevonden bij een ondernemer die zijn kantine beschikbaar stelt.'],
  money: ['Samen gekeken naar fondsen. Het lokale Noaberfonds van ondernemers draagt bij; de rest brengt de groep zelf bijeen met een sponsoractie.', 'Gewezen op crowdfunding; de groep haalde het bedrag binnen vijf weken op bij buren en bedrijven.'],
  volunteers: ['Oproep geplaatst op de gemeentepagina en bij de vrijwilligerscentrale; er hebben zich negen mensen gemeld.', 'Op de maatschappelijke beursvloer gevonden: een bedrijf levert een dag lang zes medewerkers.'],
  knowledge: ['Een deskundige buur gevonden via de lijst van de gemeente, die graag een paar avonden meedenkt.', 'Een collega met verstand van zaken heeft een avond uitleg gegeven aan de groep.'],
  materials: ['De gemeentewerf leent het materiaal gratis uit; ophalen en terugbrengen bij de werf.', 'Een bouwbedrijf uit de buurt levert het materiaal tegen kostprijs.'],
  publicity: ['Aangekondigd op de gemeentepagina in het huis-aan-huisblad en op de website; de lokale omroep maakte een reportage.', 'Geplaatst in de nieuwsbrief van de gemeente en op de sociale media; de posters zijn gedrukt op de gemeentedrukkerij.'],
}

export const notPossibleByNeed: Partial<Record<NeedKind, string>> & { other: string } = {
  money: 'Een bijdrage van de gemeente past niet binnen de regels van het initiatievenfonds, omdat het om doorlopende kosten gaat. Wel gewezen op twee lokale fondsen.',
  space: 'De gemeente heeft op dit moment geen geschikte plek. Wel samen een lijstje gemaakt van andere eigenaren die de groep zelf benadert.',
  rules: 'Afwijken van de regel is hier niet mogelijk. Wel uitgelegd waarom, en wat er binnen de regels wel kan.',
  materials: 'De gemeentewerf heeft dit materiaal niet. Wel gewezen op een verhuurbedrijf dat verenigingen korting geeft.',
  other: 'Dit kon de gemeente niet bieden; wel samen gekeken naar wat er anders kan.',
}

export const moneyAnswer = 'Bijdrage van {bedrag} uit het initiatievenfonds toegekend; de rest brengt de groep zelf bijeen.'

/** Why the broker chose this rung of the ladder. */
export const roleReasons: Record<GovernmentRole, string[]> = {
  letGo: [
    'De groep regelt dit zelf goed. Geen gemeentegrond, geen geld en geen regels in het spel: loslaten, en bereikbaar blijven als er iets vastloopt.',
    'Loslaten: de initiatiefnemers hebben het netwerk en de ervaring al. Wij blijven op afstand op de hoogte.',
  ],
  facilitate: [
    'Faciliteren: wij helpen met contacten en de weg door de regels; de uitvoering ligt bij de groep.',
    'Er is gemeentegrond en waarschijnlijk een vergunning nodig. Wij zorgen dat dat soepel loopt, verder is het hun plan.',
  ],
  stimulate: [
    'Stimuleren: dit past precies bij wat de raad wil op preventie en ontmoeting. We dragen actief bij met geld uit het initiatievenfonds en met publiciteit.',
    'Stimuleren, omdat zulke initiatieven juist in dit gebied weinig van de grond komen. Een extra zetje is hier op zijn plaats.',
  ],
  direct: [
    'Regisseren: er zijn meerdere partijen en gemeentelijk vastgoed bij betrokken. De gemeente houdt de regie over de planning tot de afspraken rond zijn.',
    'Regie nodig: het plan raakt aan lopend beleid en aan de begroting. We houden het proces bij de gemeente, met de groep aan tafel.',
  ],
  regulate: [
    'Reguleren: het gaat om een evenement op de openbare weg met verkeersmaatregelen. Wij toetsen aan de regels, en houden verder afstand.',
    'Hier is de gemeente vooral vergunningverlener. Duidelijk gemaakt wat de regels zijn en waar wij wel en niet in kunnen meebewegen.',
  ],
}

/** Why the rung changed later, by the new rung. */
export const roleChangeReasons: Record<GovernmentRole, string> = {
  letGo: 'Na de start draait het vanzelf. Contact alleen nog op verzoek van de groep.',
  facilitate: 'De startbijdrage is besteed; vanaf nu alleen nog meedenken en de weg wijzen.',
  stimulate: 'Het initiatief blijkt ook voor andere wijken een voorbeeld. We gaan het actiever ondersteunen en het verhaal vertellen.',
  direct: 'Er bleken drie partijen met plannen voor dezelfde plek. De gemeente neemt tijdelijk de regie om tot één plan te komen.',
  regulate: 'Door de groei is het een evenement geworden waarvoor vergunningen nodig zijn. Onze rol verschuift naar toetsen.',
}

/** What helped most, in the initiators' words, by the kind of help they got. */
export const helpedMostByNeed: Record<NeedKind, string[]> = {
  contacts: ['Het contact met {club} dat de ruimtemaker legde.', 'Dat we werden voorgesteld aan mensen die hetzelfde al eens hadden gedaan.'],
  advice: ['Het meedenken over de opzet, zonder dat het ons plan werd.', 'Dat er iemand was die vragen stelde die we onszelf nog niet hadden gesteld.'],
  rules: ['Dat de ruimtemaker uitzocht welke vergunning echt nodig was, zodat we niet maanden bleven hangen.', 'De hulp bij het invullen van de aanvraag.'],
  space: ['Dat er snel een plek was, voor weinig geld.', 'Een vaste plek, en iemand die de sleutel regelde.'],
  money: ['De bijdrage uit het fonds, waardoor we konden beginnen.', 'De tip over het lokale fonds; daar hadden we nooit aan gedacht.'],
  volunteers: ['De oproep op de gemeentepagina die nieuwe vrijwilligers opleverde.', 'De beursvloer, waar we een bedrijf vonden dat mensen leverde.'],
  knowledge: ['De deskundige buur die een paar avonden met ons meedacht.', 'De uitleg van iemand die er echt verstand van had.'],
  materials: ['De hekken en het materiaal van de gemeentewerf.', 'Dat we het materiaal niet zelf hoefden te kopen.'],
  publicity: ['Het stuk in het huis-aan-huisblad; daarna wist iedereen ervan.', 'De aandacht van de lokale omroep.'],
}

export const helpedMostStopped = [
  'Het eerlijke gesprek over wat wel en niet haalbaar was.',
  'Dat snel duidelijk werd welke regels er gelden, zodat we niet maanden bleven hopen.',
  'De contacten die we hebben opgedaan; die blijven.',
]

export const helpedMostReferred = 'De warme overdracht: we hoefden ons verhaal niet opnieuw te vertellen.'

/** What a coordinator asks an initiator to change before publishing. */
export const changesRequestedNotes = [
  'Mooi initiatief! Wilt u het telefoonnummer uit de beschrijving halen? Die is straks voor iedereen te lezen.',
  'Kunt u in de samenvatting nog kort zeggen wanneer en waar het plaatsvindt?',
  'De beschrijving noemt de naam van een buurman die daar niet mee heeft ingestemd. Wilt u die weglaten?',
  'Wilt u de samenvatting iets korter maken en de oproep voor vrijwilligers erin zetten? Dat leest prettiger op de kaart.',
]

export const rejectedNote = 'Dit is een commerciële activiteit van één onderneming; daarvoor is de initiatievenpagina niet bedoeld. Voor ondersteuning kunt u wel terecht bij het ondernemersloket.'

/** Connections a broker records, by the kind of help asked for. */
export const connectionsByNeed: Record<NeedKind, { kind: 'person' | 'organisation' | 'department' | 'fund' | 'space' | 'other'; text: string; tags?: RuleTag[] }[]> = {
  contacts: [
    { kind: 'organisation', text: '{Club}: het bestuur denkt mee en helpt met het bereiken van bewoners.' },
    { kind: 'department', text: 'De wijkbeheerder van Openbare Ruimte: kent de plek en de omwonenden, en is het vaste aanspreekpunt voor het onderhoud.', tags: ['ground', 'play', 'traffic'] },
  ],
  advice: [
    { kind: 'organisation', text: 'Welzijn Esveld: de opbouwwerker denkt mee over hoe de groep mensen bereikt die niet vanzelf komen.' },
    { kind: 'person', text: 'Een oud-bestuurder van een stichting uit {deBuurt}, die de groep helpt met de begroting en de verslaglegging.' },
  ],
  rules: [
    { kind: 'department', text: 'De evenementencoördinator van Vergunningen, die de aanvraag met voorrang bekijkt en vooraf meeleest.' },
    { kind: 'department', text: 'Een jurist van de gemeente, die uitzocht wat er wel en niet mag.' },
  ],
  space: [
    { kind: 'space', text: '{Ontmoeting}: de beheerder stelt de ruimte beschikbaar tegen het maatschappelijk tarief.' },
    { kind: 'department', text: 'Vastgoed: de collega die de gebruiksovereenkomsten voor gemeentegrond opstelt.', tags: ['ground', 'zoning'] },
  ],
  money: [
    { kind: 'fund', text: 'Initiatievenfonds Esveld: aanvraag samen voorbereid en besproken met de fondsadviseur.' },
    { kind: 'fund', text: 'Het Noaberfonds van de lokale ondernemers, dat kleine buurtinitiatieven steunt.' },
  ],
  volunteers: [
    { kind: 'organisation', text: 'De vrijwilligerscentrale: de oproep staat op de vacaturebank.' },
    { kind: 'other', text: 'De maatschappelijke beursvloer: een bedrijf levert een dag mensen, de groep geeft een rondleiding terug.' },
  ],
  knowledge: [
    { kind: 'person', text: 'Een deskundige buur uit de lijst van de gemeente, met jaren ervaring op dit gebied.' },
    { kind: 'person', text: 'Een gepensioneerde projectleider uit {deBuurt}, die de planning met de groep doorloopt.' },
  ],
  materials: [
    { kind: 'department', text: 'De gemeentewerf: leent hekken, borden en gereedschap uit.' },
    { kind: 'organisation', text: 'Een bouwbedrijf uit {deBuurt}, dat restmateriaal beschikbaar stelt.' },
  ],
  publicity: [
    { kind: 'department', text: 'Team Communicatie: het initiatief krijgt een plek op de gemeentepagina en de website.' },
    { kind: 'organisation', text: 'De lokale omroep, die een reportage wil maken.' },
  ],
}

export const initiativeConnection = 'In contact gebracht met "{titel}" ({gebiedAnder}): zij hebben ervaring met iets vergelijkbaars en delen hun draaiboek.'

export const weekdays = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag']
