import type { DemoTenant } from './types.ts'

/** Emblem of the fictional Gemeente Esveld: an open field (es) with furrows, an oak and a farmhouse roof. The name is set beside it as text. */
const logoSvg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80" width="80" height="80" role="img" aria-labelledby="esveld-logo-title">
  <title id="esveld-logo-title">Gemeente Esveld</title>
  <g fill="#1d5b34">
    <path d="M4 66 Q40 30 76 66 Z"/>
    <circle cx="22" cy="27" r="10"/>
    <circle cx="29" cy="33" r="7"/>
    <rect x="20.5" y="32" width="3" height="22" rx="1"/>
  </g>
  <g fill="none" stroke="#ffffff" stroke-width="2" stroke-linecap="round">
    <path d="M18 63 Q40 44 62 63"/>
    <path d="M30 64 Q40 55 50 64"/>
  </g>
  <g fill="none" stroke="#1d5b34" stroke-linecap="round" stroke-linejoin="round">
    <path d="M38 34 L50 22 L62 34" stroke-width="4"/>
    <path d="M42 31 V50 M58 31 V53" stroke-width="2.5"/>
    <path d="M47 49 V41 H53 V50" stroke-width="2"/>
    <path d="M4 72 H76" stroke-width="3"/>
  </g>
</svg>`

export const demoTenant: DemoTenant = {
  slug: 'esveld',
  name: 'Gemeente Esveld',
  hostNames: ['localhost', '127.0.0.1'],
  logoSvg,
  colours: {
    // Contrast against white: primary 8.1:1, hover 10.2:1. Text #1a1a1a on the accent tint: 15.2:1.
    primary: '#1d5b34',
    primaryHover: '#174a2c',
    onPrimary: '#ffffff',
    accentBackground: '#e8f2eb',
  },
  welcome: {
    nl: 'Inwoners, ondernemers en verenigingen in Esveld en de dorpen zitten vol plannen voor hun straat, wijk of dorp. U neemt het initiatief, en de gemeente doet mee als een goede noaber: wij denken mee, zoeken de juiste mensen erbij en maken ruimte waar dat kan.',
    en: 'Residents, businesses and clubs in Esveld and its villages are full of plans for their street, neighbourhood or village. You take the lead and the municipality joins in as a good noaber: we think along with you, bring in the right people and make room wherever we can.',
  },
}
