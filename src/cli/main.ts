import { Command } from 'commander'
import { ConfigError, loadConfig } from '../platform/config/config.ts'
import { DataDirLockedError } from '../platform/db/data-dir-lock.ts'
import { openRuntime } from '../platform/runtime.ts'
import { findTenantBySlug, countTenants } from '../platform/tenancy/tenant-repository.ts'
import { seedDemo } from '../demo/seed.ts'
import { AccountInputError, grantRole } from '../modules/accounts/account-service.ts'
import { isStaffRole, roles } from '../modules/accounts/person-table.ts'
import { createInvitationLink } from '../modules/accounts/sign-in-service.ts'
import { setWorkArea, workAreaBySlugs } from '../modules/accounts/staff-service.ts'
import { representAreas } from '../modules/areas/area-page-service.ts'
import { serve } from './serve.ts'

/** Errors a person can act on: print their sentence, nothing else, and exit 1. */
function isUserFacing(error: unknown): error is Error {
  return error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof AccountInputError
}

async function withRuntime<T>(work: (runtime: Awaited<ReturnType<typeof openRuntime>>) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig())
  try {
    return await work(runtime)
  } finally {
    await runtime.close()
  }
}

const program = new Command()
  .name('noaber')
  .description('Noaber: the platform where the municipality takes part in residents\u2019 initiatives.')
  .showHelpAfterError()

program
  .command('serve', { isDefault: true })
  .description('migrate the database, add the demo municipality to an empty one, and serve the site')
  .action(async () => serve(loadConfig()))

program
  .command('migrate')
  .description('bring the database schema up to date (also done at every start)')
  .action(() =>
    withRuntime(async () => {
      console.log('The database schema is up to date.')
    }),
  )

program
  .command('seed')
  .description('add content to the database')
  .option('--demo', 'add the fictional demo municipality Esveld with its areas and themes')
  .action((options: { demo?: boolean }) => {
    if (!options.demo) throw new ConfigError('Say what to seed: only --demo is available.')
    return withRuntime(async ({ database }) => {
      const outcome = await seedDemo(database.db)
      console.log(outcome.created ? 'The demo municipality has been added.' : 'The demo municipality was already there; nothing changed.')
    })
  })

const user = program.command('user').description('manage people and their roles')
user
  .command('add')
  .description('create a person (or find them) and give them a role')
  .requiredOption('--email <address>', 'their e-mail address')
  .requiredOption('--role <role>', `one of ${roles.join(', ')}`)
  .option('--name <name>', 'display name', '')
  .option('--tenant <slug>', 'municipality (needed when there is more than one)')
  .option('--area <slug...>', 'for a broker or area representative: their neighbourhoods and villages')
  .option('--theme <slug...>', 'for a broker: the themes they answer for')
  .action((options: { email: string; role: string; name: string; tenant?: string; area?: string[]; theme?: string[] }) =>
    withRuntime(async ({ database }) => {
      const db = database.db
      let tenantId: number
      if (options.tenant) {
        const tenant = await findTenantBySlug(db, options.tenant)
        if (!tenant) throw new AccountInputError(`There is no municipality with slug '${options.tenant}'.`)
        tenantId = tenant.id
      } else {
        const count = await countTenants(db)
        if (count !== 1) throw new AccountInputError(count === 0 ? 'There is no municipality yet; run "noaber seed --demo" first.' : 'There are several municipalities; choose one with --tenant.')
        tenantId = (await db.selectFrom('tenants').select('id').executeTakeFirstOrThrow()).id
      }
      if (options.theme && options.role !== 'broker') throw new AccountInputError('--theme only applies to the broker role.')
      if (options.area && options.role !== 'broker' && options.role !== 'areaRepresentative') throw new AccountInputError('--area only applies to the broker and areaRepresentative roles.')
      const outcome = await grantRole(db, tenantId, options.email, options.role, options.name)
      if (options.role === 'areaRepresentative' && options.area) {
        const { areaIds } = await workAreaBySlugs(db, tenantId, options.area, [])
        await representAreas(db, outcome.person.id, areaIds)
      } else if (options.area || options.theme) {
        const workArea = await workAreaBySlugs(db, tenantId, options.area ?? [], options.theme ?? [])
        const saved = await setWorkArea(db, tenantId, { id: null, label: 'noaber user add (command line)' }, outcome.person.id, workArea)
        if (saved !== 'saved') throw new AccountInputError('Could not set the work area.')
      }
      console.log(`${outcome.created ? 'Created' : 'Updated'} ${outcome.person.email}; roles: ${outcome.roles.join(', ')}.`)
      if (isStaffRole(options.role) && !outcome.person.password_hash) {
        const link = await createInvitationLink(db, tenantId, outcome.person.email, loadConfig().baseUrl)
        console.log(`They choose their password within 7 days at: ${link}`)
      }
    }),
  )

try {
  await program.parseAsync(process.argv)
} catch (error) {
  if (isUserFacing(error)) {
    console.error(error.message)
    process.exit(1)
  }
  console.error(`noaber: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
