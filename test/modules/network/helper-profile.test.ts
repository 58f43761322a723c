import assert from 'node:assert/strict'
import { after, before, beforeEach, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { areaCentroid } from '../../../src/modules/network/centroid.ts'
import { splitTags } from '../../../src/modules/network/helper-form.ts'
import { addSuggestedSkills } from '../../../src/modules/network/skills.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import type { PageClient } from '../../support/page-client.ts'
import { areaIdBySlug, clientFor, count, person, skillIdByName } from './fixtures.ts'

describeEachDatabase('offering help at /mijn/hulpaanbod', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let resident: PageClient
  let residentId: number
  let carpentry: number
  let gardening: number
  let oosterhof: number
  let lutteveen: number

  /** A complete, valid form; each test spoils one field. */
  const valid = () => ({
    skills: [String(carpentry), String(gardening)],
    tags: 'steigerhout, Bankjes bouwen',
    description: 'Ik timmer graag bankjes en plantenbakken voor de buurt.',
    areas: [String(lutteveen), String(oosterhof)],
    availability: ['weekend', 'weekdayEvening'],
    time: 'regularly',
    hours: '8',
    visibility: 'public',
    nameShown: 'firstName',
    showContributions: 'yes',
  })

  before(async () => {
    const { db } = context.database
    ;({ tenantId } = await seedDemo(db, { content: false }))
    await addSuggestedSkills(db, tenantId)
    carpentry = await skillIdByName(db, tenantId, 'Timmeren en klussen')
    gardening = await skillIdByName(db, tenantId, 'Tuinieren en groenonderhoud')
    oosterhof = await areaIdBySlug(db, tenantId, 'oosterhof')
    lutteveen = await areaIdBySlug(db, tenantId, 'lutteveen')
    residentId = await person(db, tenantId, 'henk@hulp.example', 'resident', 'Henk Bruggink')
    app = await testApp(db)
    await app.ready()
    resident = await clientFor(app, db, residentId)
  })
  after(() => app.close())
  beforeEach(async () => {
    await context.database.db.deleteFrom('helper_profiles').execute()
    await resident.get('/mijn/hulpaanbod')
  })

  async function refused(form: Record<string, string | string[]>, message: RegExp) {
    const { db } = context.database
    const response = await resident.post('/mijn/hulpaanbod', form)
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /Controleer het volgende/)
    assert.match(response.body, message)
    assert.equal(await count(db, 'helper_profiles'), 0, 'nothing is stored')
    assert.equal(await count(db, 'helper_skills'), 0)
    assert.equal(await count(db, 'helper_areas'), 0)
    return response
  }

  it('stores an offer with skills, tags, areas in list order and the first area’s centre as location', async () => {
    const { db } = context.database
    const saved = await resident.post('/mijn/hulpaanbod', valid())
    assert.equal(saved.statusCode, 303)
    assert.equal(saved.headers.location, '/mijn/hulpaanbod?bericht=opgeslagen')
    const profile = await db.selectFrom('helper_profiles').selectAll().executeTakeFirstOrThrow()
    assert.deepEqual(profile.tags, ['steigerhout', 'Bankjes bouwen'])
    assert.deepEqual(profile.availability, ['weekdayEvening', 'weekend'])
    assert.equal(profile.hours_per_month, 8)
    const areas = await db.selectFrom('helper_areas').select(['area_id', 'position']).where('helper_id', '=', profile.id).orderBy('position').execute()
    // The area list is ordered villages and neighbourhoods by kind, then name: Oosterhof (neighbourhood) comes before Lutteveen (village).
    assert.deepEqual(areas.map((area) => area.area_id), [oosterhof, lutteveen])
    const boundary = (await db.selectFrom('areas').select('boundary').where('id', '=', oosterhof).executeTakeFirstOrThrow()).boundary
    assert.deepEqual({ latitude: profile.latitude, longitude: profile.longitude }, areaCentroid(boundary))
    const page = await resident.get(`/helpers/${profile.id}`)
    assert.match(page.body, /<h1 class="utrecht-heading-1">Henk<\/h1>/, 'only the first name, as chosen')
    assert.match(page.body, /Timmeren en klussen, Tuinieren en groenonderhoud/)
    assert.match(page.body, /ongeveer 8 uur per maand/)
    assert.ok(!page.body.includes('henk@hulp.example'), 'never the e-mail address')
  })

  it('has no location when the helper serves the whole municipality', async () => {
    const { db } = context.database
    assert.equal((await resident.post('/mijn/hulpaanbod', { ...valid(), areas: ['all', String(oosterhof)] })).statusCode, 303)
    const profile = await db.selectFrom('helper_profiles').selectAll().executeTakeFirstOrThrow()
    assert.equal(profile.whole_municipality, true)
    assert.equal(profile.latitude, null)
    assert.equal(await count(db, 'helper_areas'), 0)
  })

  it('refuses a skill that is not on the list', async () => {
    await refused({ ...valid(), skills: [String(carpentry), '999999'] }, /Kies vaardigheden uit de lijst/)
    await refused({ ...valid(), skills: ['timmeren'] }, /Kies vaardigheden uit de lijst/)
  })

  it('refuses more than ten tags, and a tag that is too long', async () => {
    const eleven = Array.from({ length: 11 }, (_, i) => `woord${i}`).join(', ')
    await refused({ ...valid(), tags: eleven }, /U heeft 11 trefwoorden ingevuld\. Gebruik er hoogstens 10\./)
    await refused({ ...valid(), tags: `kort, ${'x'.repeat(31)}` }, /Een trefwoord mag hoogstens 30 tekens hebben/)
    await refused({ ...valid(), tags: 'a,'.repeat(400) }, /Dit is te lang: maximaal 500 tekens/)
  })

  it('refuses a description of 10,000 characters, and shows the form again without crashing', async () => {
    const response = await refused({ ...valid(), description: 'lang '.repeat(2000) }, /Dit is te lang: maximaal 1000 tekens/)
    assert.match(response.body, /id="field-description"/)
  })

  it('refuses an area that is not one of the municipality’s, and asks for at least one', async () => {
    await refused({ ...valid(), areas: ['999999'] }, /Kies wijken of dorpen uit de lijst/)
    await refused({ ...valid(), areas: ['oosterhof'] }, /Kies wijken of dorpen uit de lijst/)
    const { areas: _areas, ...withoutAreas } = valid()
    await refused(withoutAreas, /Kies waar u wilt helpen/)
  })

  it('names every missing choice at once', async () => {
    const response = await refused({ description: 'kort' }, /Kies minstens één vaardigheid/)
    for (const message of [/Dit is te kort: minstens 10 tekens/, /Kies waar u wilt helpen/, /Kies minstens één moment/, /Kies hoe vaak u kunt helpen/, /Kies wie uw aanbod mag zien/, /Kies welke naam we laten zien/]) {
      assert.match(response.body, message)
    }
  })

  it('refuses choices no form offers and hours out of range', async () => {
    await refused({ ...valid(), visibility: 'friends' }, /Kies een van de mogelijkheden/)
    await refused({ ...valid(), availability: ['weekend', 'sunday'] }, /Kies een van de mogelijkheden/)
    await refused({ ...valid(), hours: '500' }, /Vul een heel aantal uren in, van 1 tot en met 160/)
    await refused({ ...valid(), hours: '-3' }, /Vul een heel aantal uren in/)
  })

  it('keeps a retired skill on a profile that has it, but does not let anyone choose it anew', async () => {
    const { db } = context.database
    await resident.post('/mijn/hulpaanbod', valid())
    await db.updateTable('skills').set({ retired_at: new Date() }).where('id', '=', gardening).execute()
    try {
      const form = await resident.get('/mijn/hulpaanbod')
      assert.match(form.body, /Tuinieren en groenonderhoud/, 'still offered to the helper who has it')
      assert.equal((await resident.post('/mijn/hulpaanbod', { ...valid(), description: 'Nog steeds timmeren en tuinieren.' })).statusCode, 303)
      const other = await clientFor(app, db, await person(db, tenantId, 'nieuw@hulp.example', 'resident', 'Nieuwe Buur'))
      assert.doesNotMatch((await other.get('/mijn/hulpaanbod')).body, /Tuinieren en groenonderhoud/)
      const response = await other.post('/mijn/hulpaanbod', valid())
      assert.equal(response.statusCode, 400)
      assert.match(response.body, /U kunt “Tuinieren en groenonderhoud” niet meer kiezen/)
      assert.equal(await count(db, 'helper_profiles'), 1)
    } finally {
      await db.updateTable('skills').set({ retired_at: null }).where('id', '=', gardening).execute()
    }
  })

  it('edits, pauses and deletes the offer', async () => {
    const { db } = context.database
    await resident.post('/mijn/hulpaanbod', valid())
    const id = (await db.selectFrom('helper_profiles').select('id').executeTakeFirstOrThrow()).id
    await resident.get('/mijn/hulpaanbod')
    assert.equal((await resident.post('/mijn/hulpaanbod', { ...valid(), skills: [String(gardening)], tags: '', nameShown: 'fullName' })).statusCode, 303)
    assert.equal((await db.selectFrom('helper_profiles').select('id').executeTakeFirstOrThrow()).id, id, 'one profile per person, changed in place')
    assert.equal(await count(db, 'helper_skills'), 1)
    assert.match((await app.inject({ url: `/helpers/${id}` })).body, /Henk Bruggink/)

    await resident.get('/mijn/hulpaanbod')
    await resident.post('/mijn/hulpaanbod/pauzeren', {})
    assert.match((await resident.get('/mijn/hulpaanbod')).body, /Uw aanbod staat op pauze/)
    assert.equal((await app.inject({ url: `/helpers/${id}` })).statusCode, 404)

    const unconfirmed = await resident.post('/mijn/hulpaanbod/verwijderen', {})
    assert.equal(unconfirmed.statusCode, 400)
    assert.match(unconfirmed.body, /Zet een vinkje/)
    assert.equal(await count(db, 'helper_profiles'), 1)
    await resident.get('/mijn/hulpaanbod')
    assert.equal((await resident.post('/mijn/hulpaanbod/verwijderen', { confirm: 'yes' })).statusCode, 303)
    assert.equal(await count(db, 'helper_profiles'), 0)
    assert.equal(await count(db, 'helper_skills'), 0)
    await resident.get('/mijn/hulpaanbod')
    assert.equal((await resident.post('/mijn/hulpaanbod/verwijderen', { confirm: 'yes' })).statusCode, 404)
  })

  it('puts the offer in the personal data download, and deletes it with the account', async () => {
    const { db } = context.database
    const leaver = await person(db, tenantId, 'weg@hulp.example', 'resident', 'Wim Weg')
    const client = await clientFor(app, db, leaver)
    await client.get('/mijn/hulpaanbod')
    await client.post('/mijn/hulpaanbod', valid())
    const data = (await client.get('/mijn/gegevens.json')).body
    const network = (JSON.parse(data) as { network: { helperProfile: { description: string; skills: { nl: string }[] } } }).network
    assert.equal(network.helperProfile.description, valid().description)
    assert.deepEqual(network.helperProfile.skills.map((skill) => skill.nl).sort(), ['Timmeren en klussen', 'Tuinieren en groenonderhoud'])
    await client.get('/mijn/gegevens')
    assert.equal((await client.post('/mijn/account-verwijderen', { confirm: 'yes' })).statusCode, 303)
    assert.equal(await db.selectFrom('helper_profiles').select('id').where('person_id', '=', leaver).executeTakeFirst(), undefined)
  })

  it('speaks English to an English reader', async () => {
    const english = await clientFor(app, context.database.db, residentId)
    english.cookies.set('lang', 'en')
    await english.get('/mijn/hulpaanbod')
    const response = await english.post('/mijn/hulpaanbod', { ...valid(), tags: Array.from({ length: 12 }, (_, i) => `t${i}`).join(',') })
    assert.equal(response.statusCode, 400)
    assert.match(response.body, /You entered 12 keywords\. Use at most 10\./)
  })
})

it('splits tags on commas, trims them and keeps each once', () => {
  assert.deepEqual(splitTags(' Steigerhout ,steigerhout,  banken   bouwen,, '), ['Steigerhout', 'banken bouwen'])
})

it('places a helper at the centre of an area: the centroid of its largest polygon', () => {
  const square = (lon: number, lat: number, size: number) => [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]] as [number, number][][]
  assert.deepEqual(areaCentroid({ type: 'Polygon', coordinates: square(6.6, 52.3, 0.02) }), { latitude: 52.31, longitude: 6.61 })
  assert.deepEqual(areaCentroid({ type: 'MultiPolygon', coordinates: [square(6.0, 52.0, 0.002), square(6.6, 52.3, 0.02)] }), { latitude: 52.31, longitude: 6.61 })
})
