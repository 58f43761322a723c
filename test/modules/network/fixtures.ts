import type { FastifyInstance } from 'fastify'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import type { Role } from '../../../src/modules/accounts/person-table.ts'
import type { HelperInput } from '../../../src/modules/network/helper-form.ts'
import { saveHelperProfile } from '../../../src/modules/network/helper-service.ts'
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../../src/platform/auth/session.ts'
import { newSecretToken } from '../../../src/platform/auth/tokens.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { PageClient } from '../../support/page-client.ts'

/** A person with a role and a name; returns their id. */
export async function person(db: Db, tenantId: number, email: string, role: Role, name: string): Promise<number> {
  return (await grantRole(db, tenantId, email, role, name)).person.id
}

/** A browser-like client signed in as the person, without going through the sign-in pages (staff have no password here). */
export async function clientFor(app: FastifyInstance, db: Db, personId: number): Promise<PageClient> {
  const { token, hash } = newSecretToken()
  await db.insertInto('sessions').values({ token_hash: hash, person_id: personId, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()
  const client = new PageClient(app)
  client.cookies.set(SESSION_COOKIE, token)
  return client
}

export async function skillIdByName(db: Db, tenantId: number, nl: string): Promise<number> {
  const skill = await db.selectFrom('skills').select(['id', 'name']).where('tenant_id', '=', tenantId).execute()
  const found = skill.find((row) => row.name.nl === nl)
  if (!found) throw new Error(`no skill ${nl}`)
  return found.id
}

export async function areaIdBySlug(db: Db, tenantId: number, slug: string): Promise<number> {
  return (await db.selectFrom('areas').select('id').where('tenant_id', '=', tenantId).where('slug', '=', slug).executeTakeFirstOrThrow()).id
}

/** Stores a helper profile directly, with sensible values for whatever the test does not care about. */
export async function helper(db: Db, tenantId: number, personId: number, input: Partial<HelperInput> & Pick<HelperInput, 'skillIds' | 'visibility'>): Promise<number> {
  return saveHelperProfile(
    db,
    tenantId,
    personId,
    {
      tags: [],
      description: 'Ik help graag mee in de buurt.',
      wholeMunicipality: true,
      areaIds: [],
      availability: ['weekend'],
      timeCommitment: 'nowAndThen',
      hoursPerMonth: null,
      showContributions: true,
      nameShown: 'fullName',
      ...input,
    },
    new Date(),
  )
}

export async function count(db: Db, table: 'helper_profiles' | 'helper_skills' | 'helper_areas' | 'organisations' | 'organisation_offers' | 'organisation_contacts' | 'skills' | 'conversations'): Promise<number> {
  const { n } = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(n)
}
