import type { Db } from '../platform/db/database.ts'
import type { StaffRole } from '../modules/accounts/person-table.ts'

/*
 * The people who work for (or sit in the council of) the fictional Gemeente Esveld. Names and
 * addresses are made up; `esveld.example` can never receive mail. Nobody gets a password here: an
 * administrator sends a set-password link with `noaber user add --email … --role …`.
 */

export interface DemoStaffDefinition {
  email: string
  name: string
  role: StaffRole
  /** For brokers: the areas (slugs) and themes (slugs) they are the first contact for. */
  areas?: string[]
  themes?: string[]
}

export const demoStaff: DemoStaffDefinition[] = [
  // Ruimtemakers: each one covers a part of the municipality and brings a few specialisms.
  { email: 'marloes.nijhuis@esveld.example', name: 'Marloes Nijhuis', role: 'broker', areas: ['esveld-centrum', 'oosterhof'], themes: ['zorg-en-welzijn', 'samenleven', 'kunst-en-cultuur'] },
  { email: 'jeroen.oudeluttikhuis@esveld.example', name: 'Jeroen Oude Luttikhuis', role: 'broker', areas: ['veldkamp', 'de-marke'], themes: ['sport-en-bewegen', 'jeugd-en-onderwijs'] },
  { email: 'ilse.kamphuis@esveld.example', name: 'Ilse Kamphuis', role: 'broker', areas: ['brinkhorst', 'ravenesch'], themes: ['evenementen-en-toerisme', 'kunst-en-cultuur', 'wonen'] },
  { email: 'sanne.terhorst@esveld.example', name: 'Sanne ter Horst', role: 'broker', areas: ['lutteveen', 'hoeverzand'], themes: ['groen-en-openbare-ruimte', 'duurzaamheid', 'verkeer-en-veiligheid'] },
  { email: 'hamza.elidrissi@esveld.example', name: 'Hamza El Idrissi', role: 'broker', areas: ['oosterhof', 'de-marke'], themes: ['werk-en-inkomen', 'wonen', 'zorg-en-welzijn'] },
  // Coördinatoren: assign cases, review publication, see everything.
  { email: 'annelies.groothuis@esveld.example', name: 'Annelies Groothuis', role: 'coordinator' },
  { email: 'wouter.lentfert@esveld.example', name: 'Wouter Lentfert', role: 'coordinator' },
  // Functioneel beheerder.
  { email: 'kees.velthuis@esveld.example', name: 'Kees Velthuis', role: 'admin' },
  // Raadsleden who follow what happens in their part of the municipality.
  { email: 'fatma.demir@esveld.example', name: 'Fatma Demir', role: 'councilMember' },
  { email: 'hendrikjan.schuttert@esveld.example', name: 'Hendrik Jan Schuttert', role: 'councilMember' },
]

export interface DemoStaffMember {
  id: number
  email: string
  name: string
  areaIds: number[]
  themeIds: number[]
}

export interface DemoStaff {
  brokers: DemoStaffMember[]
  coordinators: DemoStaffMember[]
  admins: DemoStaffMember[]
  councilMembers: DemoStaffMember[]
}

/** Adds the demo staff with their roles and, for brokers, their areas and themes. Expects areas and themes to exist. */
export async function seedDemoStaff(trx: Db, tenantId: number): Promise<DemoStaff> {
  const areas = await trx.selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()
  const themes = await trx.selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', tenantId).execute()
  const areaId = (slug: string) => {
    const area = areas.find((row) => row.slug === slug)
    if (!area) throw new Error(`Demo staff refer to an unknown area: ${slug}`)
    return area.id
  }
  const themeId = (slug: string) => {
    const theme = themes.find((row) => row.slug === slug)
    if (!theme) throw new Error(`Demo staff refer to an unknown theme: ${slug}`)
    return theme.id
  }

  const people = await trx
    .insertInto('people')
    .values(demoStaff.map((member) => ({ tenant_id: tenantId, email: member.email, display_name: member.name })))
    .returning(['id', 'email'])
    .execute()
  const idOf = (email: string) => {
    const person = people.find((row) => row.email === email)
    if (!person) throw new Error(`Demo staff member was not stored: ${email}`)
    return person.id
  }
  await trx
    .insertInto('role_assignments')
    .values(demoStaff.map((member) => ({ person_id: idOf(member.email), role: member.role })))
    .execute()

  const members = demoStaff.map((member) => ({
    role: member.role,
    member: {
      id: idOf(member.email),
      email: member.email,
      name: member.name,
      areaIds: (member.areas ?? []).map(areaId),
      themeIds: (member.themes ?? []).map(themeId),
    },
  }))
  const brokerAreas = members.flatMap(({ member }) => member.areaIds.map((area) => ({ person_id: member.id, area_id: area })))
  const brokerThemes = members.flatMap(({ member }) => member.themeIds.map((theme) => ({ person_id: member.id, theme_id: theme })))
  if (brokerAreas.length > 0) await trx.insertInto('broker_areas').values(brokerAreas).execute()
  if (brokerThemes.length > 0) await trx.insertInto('broker_themes').values(brokerThemes).execute()

  const withRole = (role: StaffRole) => members.filter((entry) => entry.role === role).map((entry) => entry.member)
  return { brokers: withRole('broker'), coordinators: withRole('coordinator'), admins: withRole('admin'), councilMembers: withRole('councilMember') }
}
