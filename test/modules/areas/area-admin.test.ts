import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { hashPassword } from '../../../src/modules/accounts/password-policy.ts'
import { findArea } from '../../../src/modules/areas/area-repository.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'
import { PageClient } from '../../support/page-client.ts'

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url))
const geojson = (name: string) => ({ field: 'bestand', fileName: name, contentType: 'application/geo+json', content: fixture(name) })
const csv = (name: string) => ({ field: 'bestand', fileName: name, contentType: 'text/csv', content: fixture(name) })

describeEachDatabase('administering neighbourhoods and villages', (context) => {
  let app: FastifyInstance
  let tenantId: number
  let admin: PageClient
  /** In Oosterhof, in the part that the test file makes into the new area Weverij. */
  let inWeverij: number
  /** Far outside the municipality, but filed under Oosterhof. */
  let outside: number

  before(async () => {
    const { db } = context.database
    tenantId = (await seedDemo(db, { content: false })).tenantId
    app = await testApp(db)
    await app.ready()
    admin = await signInStaff('beheer@esveld.example', 'admin')

    const oosterhof = (await findArea(db, tenantId, 'oosterhof'))!
    const base = {
      tenant_id: tenantId, summary: 'Een initiatief om het verplaatsen te testen.', description: '', area_id: oosterhof.id, initiator_kind: 'resident' as const,
      publication_note: null, initiator_id: null, broker_id: null, contact_name: 'T', contact_email: 't@voorbeeld.nl', contact_phone: null, government_role: null, outcome: null,
      confirmed_at: new Date(), status: 'underWay' as const, publication: 'published' as const,
    }
    inWeverij = (await db.insertInto('initiatives').values({ ...base, title: 'Repaircafé in de oude weverij', longitude: 6.66, latitude: 52.31, submission_key: 'area-admin-weverij-00001' }).returning('id').executeTakeFirstOrThrow()).id
    outside = (await db.insertInto('initiatives').values({ ...base, title: 'Ergens ver weg', longitude: 5.0, latitude: 52.0, submission_key: 'area-admin-outside-00001' }).returning('id').executeTakeFirstOrThrow()).id
  })
  after(() => app.close())

  async function signInStaff(email: string, role: 'admin' | 'coordinator'): Promise<PageClient> {
    const { db } = context.database
    const { person } = await grantRole(db, tenantId, email, role, email.split('@')[0])
    await db.updateTable('people').set({ password_hash: await hashPassword('een lange zin als wachtwoord') }).where('id', '=', person.id).execute()
    const client = new PageClient(app)
    await client.get('/inloggen/medewerker')
    assert.equal((await client.post('/inloggen/medewerker', { email, password: 'een lange zin als wachtwoord' })).statusCode, 303, `${email} signs in`)
    return client
  }

  async function snapshot() {
    const { db } = context.database
    return {
      areas: await db.selectFrom('areas').select(['slug', 'name', 'population', 'boundary', 'description']).where('tenant_id', '=', tenantId).orderBy('slug').execute(),
      initiatives: await db.selectFrom('initiatives').select(['id', 'area_id']).orderBy('id').execute(),
    }
  }

  async function areaOf(initiativeId: number) {
    const { db } = context.database
    const row = await db.selectFrom('initiatives').innerJoin('areas', 'areas.id', 'initiatives.area_id').select('areas.slug').where('initiatives.id', '=', initiativeId).executeTakeFirstOrThrow()
    return row.slug
  }

  it('refuses an unclosed ring, a self-intersecting polygon, a wrong geometry type and a file that is not JSON, naming the feature and changing nothing', async () => {
    const before = await snapshot()
    await admin.get('/beheer/wijken')
    const cases = [
      ['unclosed-ring.geojson', 'Gebied 2 (Open Veld), ring 1: de ring is niet gesloten.'],
      ['self-intersecting.geojson', 'Gebied 1 (Strikje): de grens snijdt of raakt zichzelf bij 6.60500, 52.30500.'],
      ['wrong-geometry.geojson', 'Gebied 1 (Dijkpad) is een LineString. Alleen Polygon en MultiPolygon zijn toegestaan.'],
      ['not-json.geojson', 'Het bestand is geen geldige JSON.'],
    ] as const
    for (const [file, message] of cases) {
      const refused = await admin.postMultipart('/beheer/wijken/grenzen', {}, geojson(file))
      assert.equal(refused.statusCode, 400, file)
      assert.ok(refused.body.includes(message), `${file}: ${message}`)
      assert.match(refused.body, /Er is niets opgeslagen/)
    }
    const missing = await admin.postMultipart('/beheer/wijken/grenzen', {})
    assert.equal(missing.statusCode, 400)
    assert.match(missing.body, /Kies een GeoJSON-bestand/)
    assert.deepEqual(await snapshot(), before)
    assert.equal((await context.database.db.selectFrom('area_imports').select('id').execute()).length, 0)
  })

  it('imports WGS84 boundaries after a preview, replacing one and adding one, and moves an initiative to its new area in the same step', async () => {
    const { db } = context.database
    await admin.get('/beheer/wijken')
    const checked = await admin.postMultipart('/beheer/wijken/grenzen', {}, geojson('wgs84-boundaries.geojson'))
    assert.equal(checked.statusCode, 303)
    const previewUrl = checked.headers.location as string
    assert.match(previewUrl, /^\/beheer\/wijken\/grenzen\/[A-Za-z0-9_-]{43}$/)

    const preview = await admin.get(previewUrl)
    assert.equal(preview.statusCode, 200)
    assert.match(preview.body, /Nieuwe gebieden \(1\)[\s\S]*Weverij \(weverij\)/)
    assert.match(preview.body, /Gebieden die een nieuwe grens krijgen \(1\)[\s\S]*Oosterhof \(oosterhof\)/)
    assert.match(preview.body, /blijven zoals ze zijn \(7\)[\s\S]*Ravenesch \(ravenesch\)/)
    assert.match(preview.body, /in een ander gebied komen te liggen: 1\./)
    assert.equal(await areaOf(inWeverij), 'oosterhof', 'nothing changes before the admin confirms')
    assert.equal((await db.selectFrom('areas').select('id').where('tenant_id', '=', tenantId).execute()).length, 8)

    const confirmed = await admin.post(previewUrl, {})
    assert.equal(confirmed.statusCode, 303)
    const notice = await admin.get(confirmed.headers.location as string)
    assert.match(notice.body, /1 gebieden toegevoegd en 1 grenzen vervangen\. 1 initiatieven liggen nu in een ander gebied\./)
    assert.match(notice.body, /1 initiatieven liggen buiten alle gebieden/)

    assert.equal(await areaOf(inWeverij), 'weverij')
    assert.equal(await areaOf(outside), 'oosterhof', 'a point outside every area keeps its area')
    const oosterhof = (await findArea(db, tenantId, 'oosterhof'))!
    assert.equal(oosterhof.max_lon, 6.655, 'the bounding box follows the new boundary')
    assert.equal(oosterhof.population, 7640, 'an existing area keeps its figures')
    const weverij = (await findArea(db, tenantId, 'weverij'))!
    assert.deepEqual([weverij.name, weverij.kind, weverij.min_lon, weverij.max_lon], ['Weverij', 'neighbourhood', 6.655, 6.6682])
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'areas.boundariesImported').executeTakeFirstOrThrow()
    assert.deepEqual((audit.after as { added: string[]; replaced: string[]; initiativesMoved: number }).added, ['weverij'])
    assert.equal((audit.after as { initiativesMoved: number }).initiativesMoved, 1)

    const again = await admin.post(previewUrl, {})
    assert.equal(again.statusCode, 400, 'a preview is confirmed once')
    assert.match(again.body, /verlopen of al gebruikt/)
    assert.equal((await admin.get(previewUrl)).statusCode, 404)
  })

  it('converts RD New coordinates to the right place near Amersfoort', async () => {
    await admin.get('/beheer/wijken')
    const checked = await admin.postMultipart('/beheer/wijken/grenzen', {}, geojson('rd-new-boundaries.geojson'))
    assert.equal(checked.statusCode, 303)
    const preview = await admin.get(checked.headers.location as string)
    assert.match(preview.body, /RD New \(EPSG:28992\), omgerekend naar WGS84/)
    assert.equal((await admin.post(checked.headers.location as string, {})).statusCode, 303)
    const area = (await findArea(context.database.db, tenantId, 'amersfoort-centrum'))!
    assert.ok(area.min_lon < 5.387 && area.max_lon > 5.387, `longitude ${area.min_lon}–${area.max_lon}`)
    assert.ok(area.min_lat < 52.155 && area.max_lat > 52.155, `latitude ${area.min_lat}–${area.max_lat}`)
    assert.ok(Math.abs(area.min_lon - 5.3725) < 0.001 && Math.abs(area.max_lat - 52.1642) < 0.001, '1 km around the origin of the grid')
  })

  it('shows a preview only to the admin who uploaded it', async () => {
    await admin.get('/beheer/wijken')
    const checked = await admin.postMultipart('/beheer/wijken/grenzen', {}, geojson('wgs84-boundaries.geojson'))
    const other = await signInStaff('tweede-beheer@esveld.example', 'admin')
    await other.get('/beheer/wijken')
    assert.equal((await other.get(checked.headers.location as string)).statusCode, 404)
    assert.equal((await other.post(checked.headers.location as string, {})).statusCode, 400)
  })

  it('imports names, population figures and descriptions from CSV, all or nothing', async () => {
    const { db } = context.database
    await admin.get('/beheer/wijken')
    const before = await snapshot()
    const refused = await admin.postMultipart('/beheer/wijken/gegevens', {}, csv('area-figures-bad.csv'))
    assert.equal(refused.statusCode, 400)
    assert.match(refused.body, /Rij 3: er is geen gebied met de slug &quot;bestaat-niet&quot;\./)
    assert.match(refused.body, /Rij 4: &quot;veel&quot; is geen aantal inwoners\./)
    assert.deepEqual(await snapshot(), before, 'row 2 was fine, but nothing changed')

    const imported = await admin.postMultipart('/beheer/wijken/gegevens', {}, csv('area-figures.csv'))
    assert.equal(imported.statusCode, 303)
    assert.match((await admin.get(imported.headers.location as string)).body, /2 gebieden bijgewerkt/)
    const ravenesch = (await findArea(db, tenantId, 'ravenesch'))!
    assert.equal(ravenesch.population, 1234)
    assert.deepEqual(ravenesch.description, { nl: 'Dorp aan de Esch, met een eigen dorpsraad.', en: 'Village on the Esch, with its own village council.' })
    const brinkhorst = (await findArea(db, tenantId, 'brinkhorst'))!
    assert.deepEqual([brinkhorst.population, brinkhorst.description], [2310, { nl: 'Dorp rond de brink; met schaapskooi.', en: '' }])
    assert.ok(await db.selectFrom('audit_events').select('id').where('action', '=', 'areas.detailsImported').executeTakeFirst())
  })

  it('reads comma-separated CSV with only some columns, leaving the others as they were', async () => {
    const { db } = context.database
    const before = (await findArea(db, tenantId, 'lutteveen'))!
    await admin.get('/beheer/wijken')
    const imported = await admin.postMultipart('/beheer/wijken/gegevens', {}, { field: 'bestand', fileName: 'inwoners.csv', contentType: 'text/csv', content: Buffer.from('slug,inwoners\r\nlutteveen,"1,975"\r\n') })
    assert.equal(imported.statusCode, 303)
    const after = (await findArea(db, tenantId, 'lutteveen'))!
    assert.deepEqual([after.population, after.name, after.description], [1975, before.name, before.description])
    const unknownColumn = await admin.postMultipart('/beheer/wijken/gegevens', {}, { field: 'bestand', fileName: 'x.csv', contentType: 'text/csv', content: Buffer.from('slug;inwonners\nlutteveen;3\n') })
    assert.equal(unknownColumn.statusCode, 400)
    assert.match(unknownColumn.body, /onbekende kolom &quot;inwonners&quot;/)
  })

  it('edits an area with a photo and alt text, shown on its page and served with caching headers', async () => {
    const { db } = context.database
    await admin.get('/beheer/wijken/gebied/ravenesch')
    const form = { name: 'Ravenesch', kind: 'village', population: '1240', descriptionNl: 'Esdorp met een actieve dorpsraad.', descriptionEn: 'Village with an active village council.', photoAltNl: 'De brink van Ravenesch met de oude linde.', photoAltEn: 'The green of Ravenesch with the old lime tree.' }
    const saved = await admin.postMultipart('/beheer/wijken/gebied/ravenesch', form, { field: 'photo', fileName: 'brink.png', contentType: 'image/png', content: fixture('photo.png') })
    assert.equal(saved.statusCode, 303)
    const page = await app.inject({ url: '/wijken/ravenesch' })
    const src = /<img[^>]+src="(\/wijken\/ravenesch\/foto\?v=\d+)"[^>]*alt="De brink van Ravenesch met de oude linde\."/.exec(page.body)?.[1]
    assert.ok(src, 'the page shows the photo with its alt text')
    assert.match(page.body, /Esdorp met een actieve dorpsraad\./)
    const photo = await app.inject({ url: src })
    assert.equal(photo.statusCode, 200)
    assert.equal(photo.headers['content-type'], 'image/png')
    assert.equal(photo.headers['cache-control'], 'public, max-age=31536000, immutable')
    assert.deepEqual(photo.rawPayload, fixture('photo.png'))
    assert.equal((await app.inject({ url: src, headers: { 'if-none-match': photo.headers.etag as string } })).statusCode, 304)
    assert.equal((await app.inject({ url: '/wijken/ravenesch/foto' })).headers['cache-control'], 'public, max-age=300')
    const audit = await db.selectFrom('audit_events').selectAll().where('action', '=', 'area.changed').executeTakeFirstOrThrow()
    assert.equal((audit.after as { population: number }).population, 1240)
  })

  it('refuses a file that is not an image as a photo, and a photo without alt text, changing nothing', async () => {
    const { db } = context.database
    const before = await db.selectFrom('area_photos').select(['area_id', 'updated_at']).execute()
    await admin.get('/beheer/wijken/gebied/brinkhorst')
    const form = { name: 'Brinkhorst', kind: 'village', population: '2310', descriptionNl: '', descriptionEn: '', photoAltNl: 'Een foto', photoAltEn: '' }
    const script = await admin.postMultipart('/beheer/wijken/gebied/brinkhorst', form, { field: 'photo', fileName: 'brink.jpg', contentType: 'image/jpeg', content: Buffer.from('<script>alert(1)</script>') })
    assert.equal(script.statusCode, 400)
    assert.match(script.body, /geen foto in JPEG, PNG of WebP/)
    const noAlt = await admin.postMultipart('/beheer/wijken/gebied/brinkhorst', { ...form, photoAltNl: '' }, { field: 'photo', fileName: 'brink.png', contentType: 'image/png', content: fixture('photo.png') })
    assert.equal(noAlt.statusCode, 400)
    assert.match(noAlt.body, /Beschrijf kort wat er op de foto staat/)
    const badNumber = await admin.postMultipart('/beheer/wijken/gebied/brinkhorst', { ...form, population: 'veel', name: '' })
    assert.equal(badNumber.statusCode, 400)
    assert.match(badNumber.body, /Vul een heel getal in/)
    assert.deepEqual(await db.selectFrom('area_photos').select(['area_id', 'updated_at']).execute(), before)
    assert.equal((await findArea(db, tenantId, 'brinkhorst'))!.name, 'Brinkhorst')
  })

  it('removes a photo', async () => {
    await admin.get('/beheer/wijken/gebied/ravenesch')
    const removed = await admin.postMultipart('/beheer/wijken/gebied/ravenesch', { name: 'Ravenesch', kind: 'village', population: '1240', descriptionNl: '', descriptionEn: '', photoAltNl: '', photoAltEn: '', removePhoto: 'yes' })
    assert.equal(removed.statusCode, 303)
    assert.equal((await app.inject({ url: '/wijken/ravenesch/foto' })).statusCode, 404)
  })

  it('refuses every administration page to anyone but an admin', async () => {
    const coordinator = await signInStaff('coordinator@esveld.example', 'coordinator')
    for (const url of ['/beheer/wijken', '/beheer/wijken/gebied/ravenesch']) assert.equal((await coordinator.get(url)).statusCode, 403, url)
    await coordinator.get('/mijn')
    assert.equal((await coordinator.postMultipart('/beheer/wijken/grenzen', {}, geojson('wgs84-boundaries.geojson'))).statusCode, 403)
    assert.equal((await coordinator.postMultipart('/beheer/wijken/gegevens', {}, csv('area-figures.csv'))).statusCode, 403)
    assert.equal((await app.inject({ url: '/beheer/wijken' })).statusCode, 303, 'anonymous visitors are sent to sign in')
  })
})
