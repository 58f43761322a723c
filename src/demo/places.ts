/*
 * Local colour for the demo initiatives: per area of Gemeente Esveld the meeting place, a street, a
 * patch of green, the school, the sports ground and the residents' association that initiatives
 * there naturally mention. All of it is made up, in keeping with the area descriptions in areas.ts.
 * Texts refer to these as {tokens}; `{Token}` with a capital gives the value with a capital letter.
 */

export interface AreaPlaces {
  /** The area's name: "Brinkhorst". */
  gebied: string
  /** "in Brinkhorst", "in het centrum". */
  inGebied: string
  /** "het dorp", "de wijk", "het centrum". */
  deBuurt: string
  /** Where people meet: "kulturhus De Eike". */
  ontmoeting: string
  /** A street: "de Dorpsstraat". */
  straat: string
  /** A public green space: "de brink". */
  groen: string
  /** The same with its preposition: "op de brink", "in het wijkpark". */
  inGroen: string
  /** A square or open spot for events. */
  plein: string
  /** The primary school; the smallest village has none left. */
  school?: string
  /** The outdoor sports ground. */
  sport: string
  /** The sports hall, where there is one. */
  sporthal?: string
  /** The residents' association or village council. */
  club: string
  /** Where the initiatives of a village cluster; town neighbourhoods spread evenly. */
  core?: { latitude: number; longitude: number }
}

export const areaPlaces: Record<string, AreaPlaces> = {
  'esveld-centrum': {
    gebied: 'Esveld-Centrum',
    inGebied: 'in het centrum',
    deBuurt: 'het centrum',
    ontmoeting: 'de bibliotheek aan het Kerkplein',
    straat: 'de Marktstraat',
    groen: 'het Stephanusplantsoen',
    inGroen: 'in het Stephanusplantsoen',
    plein: 'het Kerkplein',
    school: 'basisschool De Wegwijzer',
    sport: 'het sportveldje aan de Molenstraat',
    club: 'Wijkraad Esveld-Centrum',
  },
  oosterhof: {
    gebied: 'Oosterhof',
    inGebied: 'in Oosterhof',
    deBuurt: 'de wijk',
    ontmoeting: 'buurtkamer De Weverij',
    straat: 'de Spoelstraat',
    groen: 'het wijkpark aan de Weverstraat',
    inGroen: 'in het wijkpark aan de Weverstraat',
    plein: 'het Spinnersplein',
    school: 'basisschool De Spoele',
    sport: 'sportpark De Oosterhof',
    sporthal: 'sporthal De Oosterhof',
    club: 'Wijkvereniging Oosterhof',
  },
  veldkamp: {
    gebied: 'Veldkamp',
    inGebied: 'in Veldkamp',
    deBuurt: 'de wijk',
    ontmoeting: 'wijkcentrum Het Veldhuis',
    straat: 'de Korenbloemstraat',
    groen: 'het speelveld aan de Klaverweg',
    inGroen: 'op het speelveld aan de Klaverweg',
    plein: 'het winkelplein aan de Klaverweg',
    school: 'basisschool De Klimop',
    sport: 'sportpark Veldkamp',
    sporthal: 'sporthal Veldkamp',
    club: 'Wijkraad Veldkamp',
  },
  'de-marke': {
    gebied: 'De Marke',
    inGebied: 'in De Marke',
    deBuurt: 'de wijk',
    ontmoeting: 'de ontmoetingsruimte van brede school De Marke',
    straat: 'de Elsbeeklaan',
    groen: 'de pluktuin langs de Elsbeek',
    inGroen: 'in de pluktuin langs de Elsbeek',
    plein: 'het speelplein aan de Elsbeeklaan',
    school: 'brede school De Marke',
    sport: 'het trapveld bij de Elsbeek',
    club: 'Bewonersvereniging De Marke',
  },
  brinkhorst: {
    gebied: 'Brinkhorst',
    inGebied: 'in Brinkhorst',
    deBuurt: 'het dorp',
    ontmoeting: 'kulturhus De Eike',
    straat: 'de Dorpsstraat',
    groen: 'de brink',
    inGroen: 'op de brink',
    plein: 'de brink',
    school: 'basisschool De Eike',
    sport: 'sportpark De Horst',
    sporthal: 'sporthal De Horst',
    club: 'Dorpsraad Brinkhorst',
    core: { latitude: 52.3395, longitude: 6.6585 },
  },
  lutteveen: {
    gebied: 'Lutteveen',
    inGebied: 'in Lutteveen',
    deBuurt: 'het dorp',
    ontmoeting: 'dorpshuis Het Turfhuus',
    straat: 'de Kanaalweg',
    groen: 'het veldje achter de dorpswinkel',
    inGroen: 'op het veldje achter de dorpswinkel',
    plein: 'het plein bij de dorpswinkel',
    school: 'basisschool Het Veenpluis',
    sport: 'het sportveld aan de Kanaalweg',
    club: 'Belangenvereniging Lutteveen',
    core: { latitude: 52.3020, longitude: 6.7140 },
  },
  hoeverzand: {
    gebied: 'Hoeverzand',
    inGebied: 'in Hoeverzand',
    deBuurt: 'het dorp',
    ontmoeting: 'dorpshuis De Hoeve',
    straat: 'de Molenweg',
    groen: 'het molenerf aan de Hoeverbeek',
    inGroen: 'op het molenerf aan de Hoeverbeek',
    plein: 'het molenerf',
    school: 'basisschool De Zandloper',
    sport: 'sportpark Hoeverzand',
    sporthal: 'de sporthal van Hoeverzand',
    club: 'Stichting Dorpsbelangen Hoeverzand',
    core: { latitude: 52.2720, longitude: 6.6600 },
  },
  ravenesch: {
    gebied: 'Ravenesch',
    inGebied: 'in Ravenesch',
    deBuurt: 'het dorp',
    ontmoeting: 'de oude school',
    straat: 'de Esweg',
    groen: 'de rand van de es',
    inGroen: 'aan de rand van de es',
    plein: 'het schoolplein van de oude school',
    sport: 'het grasveld achter de oude school',
    club: 'Vereniging Noaberschap Ravenesch',
    core: { latitude: 52.3050, longitude: 6.5900 },
  },
}

/** Fills in {tokens}; unknown tokens are an error, so a typo cannot reach a screen. */
export function fillIn(text: string, values: Record<string, string | undefined>): string {
  return text.replace(/\{([A-Za-z]+)\}/g, (_, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1)
    const value = values[name] ?? values[lower]
    if (value === undefined) throw new Error(`Demo text uses {${name}}, which has no value here: ${text.slice(0, 80)}`)
    return name === lower ? value : value.charAt(0).toUpperCase() + value.slice(1)
  })
}

/** The tokens a text uses, to tell whether it fits an area (a school idea needs a school). */
export function tokensIn(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => {
    const name = match[1]!
    return name.charAt(0).toLowerCase() + name.slice(1)
  })
}
