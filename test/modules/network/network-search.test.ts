import assert from 'node:assert/strict'
import { before, it } from 'node:test'
import { seedDemo } from '../../../src/demo/seed.ts'
import { searchHelpers, searchOrganisations } from '../../../src/modules/network/network-search.ts'
import { addOffer, createOrganisation, setOrganisationVisibility } from '../../../src/modules/network/organisation-service.ts'
import { addSuggestedSkills } from '../../../src/modules/network/skills.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { helper, person, skillIdByName } from './fixtures.ts'
import { directoryMatch } from '../../../src/modules/search/directory-query.ts'

describeEachDatabase('finding helpers and organisations in the site search', (context) => {
  let tenantId: number
  const ids: Record<string, number> = {}
  let broker: { id: number; roles: string[] }

  before(async () => {
    const { db } = context.database
    ;({ tenantId } = await seedDemo(db, { content: false }))
    await addSuggestedSkills(db, tenantId)
    const skill = (name: string) => skillIdByName(db, tenantId, name)
    const make = async (key: string, name: string, visibility: 'public' | 'members' | 'staff' | 'hidden', skills: string[], tags: string[], description: string) => {
      const owner = await person(db, tenantId, `${key}@zoek.example`, 'resident', name)
      ids[key] = await helper(db, tenantId, owner, { skillIds: await Promise.all(skills.map(skill)), tags, visibility, description })
    }
    await make('henk', 'Henk Timmer', 'public', ['Timmeren en klussen'], ['steigerhout'], 'Ik maak bankjes voor het buurtplein.')
    await make('ellen', 'Ellen Fonds', 'members', ['Subsidie aanvragen'], [], 'Ik lees mee met uw aanvraag bij een fonds.')
    await make('bert', 'Bert Stroom', 'staff', ['Techniek en elektra'], ['zonnepanelen'], 'Elektricien in ruste, ook voor timmerwerk te vragen.')
    await make('vera', 'Vera Pauze', 'hidden', ['Timmeren en klussen'], [], 'Ik timmer even niet.')
    broker = { id: await person(db, tenantId, 'bob@gemeente.example', 'broker', 'Bob'), roles: ['broker'] }

    const owner = await person(db, tenantId, 'olga@zoek.example', 'resident', 'Olga')
    const actor = { tenantId, personId: owner, label: 'Olga' }
    const base = { website: null, address: '', areaId: null, latitude: null, longitude: null }
    const bakery = await createOrganisation(db, actor, { ...base, name: 'Bakkerij Ter Haar', kind: 'business', description: 'Bakker aan het Kerkplein sinds 1931.' }, '', new Date())
    await addOffer(db, bakery.id, { kind: 'materials', description: 'Krentenwegge voor buurtfeesten tegen inkoopprijs.', active: true }, new Date())
    await addOffer(db, bakery.id, { kind: 'rooms', description: 'De bovenzaal, maar die verhuren we even niet.', active: false }, new Date())
    const club = await createOrganisation(db, actor, { ...base, name: 'Voetbalclub Esveldse Boys', kind: 'club', description: 'Voetbalclub met een kantine.' }, '', new Date())
    const hidden = await createOrganisation(db, actor, { ...base, name: 'Bakkerij Verborgen', kind: 'business', description: 'Verborgen bakker.' }, '', new Date())
    await setOrganisationVisibility(db, actor, hidden.id, 'hidden', new Date())
    Object.assign(ids, { bakery: bakery.id, club: club.id, hiddenBakery: hidden.id })
  })

  const helperIds = async (viewer: { id: number; roles: readonly string[] } | undefined, query: string) => (await searchHelpers(context.database.db, tenantId, viewer, await directoryMatch(context.database.db, tenantId, query), 10)).map((hit) => hit.id)

  it('finds a helper by a misspelled skill', async () => {
    assert.deepEqual(await helperIds(undefined, 'timmerren'), [ids.henk])
    assert.deepEqual(await helperIds(undefined, 'Timeren'), [ids.henk])
  })

  it('finds by the Dutch stem and by prefix, in skills, tags and description', async () => {
    assert.deepEqual(await helperIds(undefined, 'bankje'), [ids.henk])
    assert.deepEqual(await helperIds(undefined, 'steigerhouten'), [ids.henk])
    assert.deepEqual(await helperIds({ id: 1, roles: ['resident'] }, 'subsidies'), [ids.ellen])
    assert.deepEqual(await helperIds(undefined, 'bankjes kerkplein'), [], 'every word must match')
  })

  it('ranks a skill above a word in someone’s story, within what the viewer may see', async () => {
    assert.deepEqual(await helperIds(broker, 'timmeren'), [ids.henk, ids.bert])
    assert.deepEqual(await helperIds({ id: 1, roles: ['resident'] }, 'zonnepanelen'), [], 'staff-only stays with staff')
    assert.deepEqual(await helperIds(broker, 'zonnepanelen'), [ids.bert])
    assert.deepEqual(await helperIds(broker, 'pauze timmer'), [], 'a paused helper is never found')
  })

  it('returns hits that link to the helper’s page, with a snippet and never an e-mail address', async () => {
    const [hit] = await searchHelpers(context.database.db, tenantId, undefined, await directoryMatch(context.database.db, tenantId, 'steigerhout'), 1)
    assert.equal(hit!.kind, 'helper')
    assert.equal(hit!.url, `/helpers/${ids.henk}`)
    assert.equal(hit!.title, 'Henk Timmer: Timmeren en klussen')
    assert.match(hit!.snippet, /bankjes/)
    assert.ok(!JSON.stringify(hit).includes('@'))
  })

  it('ignores what cannot be a word and gives nothing for an empty query', async () => {
    assert.deepEqual(await helperIds(undefined, ''), [])
    assert.deepEqual(await helperIds(undefined, '\'); drop table skills; --'), [])
    assert.deepEqual(await helperIds(undefined, 'timmeren:* | !'), [ids.henk])
  })

  it('finds public organisations by name, a misspelling or an active offer', async () => {
    const { db } = context.database
    const find = async (query: string) => (await searchOrganisations(db, tenantId, await directoryMatch(db, tenantId, query), 10)).map((hit) => hit.id)
    assert.deepEqual(await find('bakkrij'), [ids.bakery])
    assert.deepEqual(await find('krentenwegge'), [ids.bakery])
    assert.deepEqual(await find('bovenzaal'), [], 'an inactive offer is not searched')
    assert.deepEqual(await find('verborgen'), [], 'a hidden organisation is never found')
    assert.deepEqual(await find('voetbal kantine'), [ids.club])
    await addOffer(db, ids.club!, { kind: 'rooms', description: 'De kantine voor sjoelcompetities op dinsdag.', active: true }, new Date())
    assert.deepEqual(await find('sjoelcompettities'), [ids.club], 'a misspelled word of an offer added later')
    const [hit] = await searchOrganisations(db, tenantId, await directoryMatch(db, tenantId, 'voetbal'), 1)
    assert.deepEqual({ kind: hit!.kind, title: hit!.title, url: hit!.url }, { kind: 'organisation', title: 'Voetbalclub Esveldse Boys', url: '/organisaties/voetbalclub-esveldse-boys' })
  })
})
