import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { grantRole } from '../../../src/modules/accounts/account-service.ts'
import { insertAreas } from '../../../src/modules/areas/area-repository.ts'
import { csvCell, csvText } from '../../../src/modules/initiatives/export-csv.ts'
import { insertThemes } from '../../../src/modules/themes/theme-repository.ts'
import { SESSION_ABSOLUTE_MS, SESSION_COOKIE } from '../../../src/platform/auth/session.ts'
import { newSecretToken } from '../../../src/platform/auth/tokens.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { insertTenant } from '../../../src/platform/tenancy/tenant-repository.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'

const HOST = 'werk.export.test'
const OTHER_HOST = 'werk.elders.test'

describe('CSV cells', () => {
  it('quotes separators, quotes and line breaks as RFC 4180 says', () => {
    assert.equal(csvCell('gewoon'), 'gewoon')
    assert.equal(csvCell('a;b'), '"a;b"')
    assert.equal(csvCell('zei "hallo"'), '"zei ""hallo"""')
    assert.equal(csvCell('regel 1\nregel 2'), '"regel 1\nregel 2"')
    assert.equal(csvCell('regel 1\r\nregel 2'), '"regel 1\r\nregel 2"')
    assert.equal(csvCell(' spatie'), '" spatie"')
    assert.equal(csvCell('a,b'), 'a,b', 'a comma is no separator here')
    assert.equal(csvCell(null), '')
    assert.equal(csvCell(undefined), '')
    assert.equal(csvCell(''), '')
  })

  it('keeps spreadsheets from running formulas from text cells, and leaves numbers alone', () => {
    assert.equal(csvCell('=HYPERLINK("http://kwaad.example","klik")'), `"'=HYPERLINK(""http://kwaad.example"",""klik"")"`)
    assert.equal(csvCell('+31 6 1234'), "'+31 6 1234")
    assert.equal(csvCell('-2+3'), "'-2+3")
    assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)")
    assert.equal(csvCell('\t=1+1'), "'\t=1+1")
    assert.equal(csvCell('\r=1+1'), `"'\r=1+1"`)
    assert.equal(csvCell('a=b'), 'a=b')
    assert.equal(csvCell(-5), '-5')
    assert.equal(csvCell(42), '42')
    assert.equal(csvCell(Number.NaN), '')
  })

  it('writes a byte-order mark, semicolons and CRLF line ends, batch after batch', async () => {
    async function* batches() {
      yield [[1, 'x;y']]
      yield []
      yield [[null, 'é'], [3, 'z']]
    }
    let text = ''
    for await (const part of csvText(['a', 'b'], batches())) text += part
    assert.equal(text, '\uFEFFa;b\r\n1;"x;y"\r\n;é\r\n3;z\r\n')
  })
})

/** Splits our own CSV back into rows (quoted fields may hold separators, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ';') row.push(cell), (cell = '')
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    else cell += c
  }
  return rows
}

async function municipality(db: Db, slug: string, host: string) {
  const tenant = await insertTenant(db, {
    slug, name: `Gemeente ${slug}`, hostNames: [host], logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>', contactEmail: null,
    colours: { primary: '#1d5b34', primaryHover: '#154427', onPrimary: '#ffffff', accentBackground: '#eef5f0' }, welcome: { nl: 'Welkom', en: 'Welcome' },
  })
  await insertAreas(db, tenant.id, [
    { slug: 'kerkbuurt', name: 'Kerkbuurt', kind: 'neighbourhood', population: 800, description: { nl: '', en: '' }, boundary: { type: 'Polygon', coordinates: [[[6.8, 52.3], [6.81, 52.3], [6.81, 52.31], [6.8, 52.3]]] } },
  ])
  await insertThemes(db, tenant.id, [{ slug: 'zorg', name: { nl: 'Zorg en welzijn', en: 'Care and welfare' }, description: { nl: '', en: '' } }])
  const area = await db.selectFrom('areas').select('id').where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow()
  const theme = await db.selectFrom('themes').select('id').where('tenant_id', '=', tenant.id).executeTakeFirstOrThrow()
  return { tenantId: tenant.id, areaId: area.id, themeId: theme.id }
}

describeEachDatabase('CSV exports for coordinators', (context) => {
  let app: FastifyInstance
  const cookies: Record<string, string> = {}
  const ids: Record<string, number> = {}

  async function initiative(db: Db, place: Awaited<ReturnType<typeof municipality>>, key: string, title: string, values: { status: 'new' | 'unconfirmed' | 'underWay'; publication: 'private' | 'published'; brokerId: number | null }) {
    const { id } = await db
      .insertInto('initiatives')
      .values({
        tenant_id: place.tenantId, title, summary: 'Samen koken en eten; elke week, voor wie alleen is.', description: '', area_id: place.areaId, latitude: null, longitude: null,
        initiator_kind: 'careOrganisation', status: values.status, publication: values.publication, publication_note: null, initiator_id: null, broker_id: values.brokerId,
        contact_name: 'Contact Corrie', contact_email: 'corrie@prive.example', contact_phone: '0611111111', government_role: values.status === 'underWay' ? 'facilitate' : null, outcome: null,
        submission_key: `export-test-${key}-00000000000`, confirmed_at: values.status === 'unconfirmed' ? null : new Date('2026-05-04T22:30:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.insertInto('initiative_themes').values({ initiative_id: id, theme_id: place.themeId }).execute()
    await db.insertInto('initiative_needs').values([
      { initiative_id: id, kind: 'volunteers', explanation: 'Koks', status: 'open' },
      { initiative_id: id, kind: 'space', explanation: 'Een keuken', status: 'answered' },
    ]).execute()
    ids[key] = id
    return id
  }

  async function session(db: Db, personId: number): Promise<string> {
    const { token, hash } = newSecretToken()
    await db.insertInto('sessions').values({ token_hash: hash, person_id: personId, expires_at: new Date(Date.now() + SESSION_ABSOLUTE_MS) }).execute()
    return `${SESSION_COOKIE}=${token}`
  }

  before(async () => {
    const { db } = context.database
    const town = await municipality(db, 'exportstad', HOST)
    const elsewhere = await municipality(db, 'exportdorp', OTHER_HOST)
    for (const role of ['resident', 'broker', 'coordinator', 'admin', 'councilMember'] as const) {
      const { person } = await grantRole(db, town.tenantId, `${role.toLowerCase()}@export.test`, role, role === 'broker' ? 'Bram Broker' : '')
      cookies[role] = await session(db, person.id)
      ids[role] = person.id
    }
    await initiative(db, town, 'meal', 'Samen eten in de Kerkbuurt', { status: 'underWay', publication: 'published', brokerId: ids.broker! })
    await initiative(db, town, 'evil', '=HYPERLINK("http://kwaad.example";"klik hier")', { status: 'new', publication: 'private', brokerId: null })
    await initiative(db, town, 'draft', 'Nog niet bevestigd', { status: 'unconfirmed', publication: 'private', brokerId: null })
    await initiative(db, elsewhere, 'foreign', 'Initiatief van een andere gemeente', { status: 'new', publication: 'published', brokerId: null })
    await db.insertInto('obstacles').values([
      { tenant_id: town.tenantId, initiative_id: ids.meal!, rule: 'Horecavergunning (APV)', department: 'Vergunningen', what_happened: 'Voor samen eten werd een "horecavergunning" gevraagd;\nduurde weken.', delay_days: 21, suggested_change: '-Vrijstelling voor buurtmaaltijden', recorded_by: ids.broker!, created_at: new Date('2026-06-10T08:00:00Z') },
      { tenant_id: elsewhere.tenantId, initiative_id: ids.foreign!, rule: 'Regel van elders', department: '', what_happened: 'Elders gebeurd.', delay_days: 1, suggested_change: '', recorded_by: null },
    ]).execute()
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  const download = (path: string, role?: string) => app.inject({ url: path, headers: { host: HOST, ...(role ? { cookie: cookies[role]! } : {}) } })

  it('lets only coordinators and admins download, and sends everyone else to sign in or away', async () => {
    for (const path of ['/werk/export/initiatieven.csv', '/werk/export/belemmeringen.csv']) {
      assert.equal((await download(path)).statusCode, 303, `${path} anonymous`)
      for (const role of ['resident', 'broker', 'councilMember']) assert.equal((await download(path, role)).statusCode, 403, `${path} ${role}`)
      for (const role of ['coordinator', 'admin']) assert.equal((await download(path, role)).statusCode, 200, `${path} ${role}`)
    }
  })

  it('exports every confirmed initiative of the municipality as a Dutch Excel file, without contact details', async () => {
    const response = await download('/werk/export/initiatieven.csv', 'coordinator')
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8')
    assert.match(response.headers['content-disposition'] as string, /^attachment; filename="initiatieven-\d{4}-\d\d-\d\d\.csv"$/)
    assert.ok(response.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])), 'starts with the UTF-8 byte-order mark')
    const rows = parseCsv(response.body.replace(/^\uFEFF/, ''))
    assert.deepEqual(rows[0], [
      'Nummer', 'Titel', 'In het kort', 'Status', 'Publicatie', 'Wijk of dorp', 'Thema’s', 'Initiatiefnemer', 'Hulpvragen', 'Open hulpvragen', 'Ruimtemaker', 'Rol van de gemeente', 'Ingediend', 'Laatste activiteit',
    ])
    assert.equal(rows.length, 3, 'header and two confirmed initiatives; not the unconfirmed one nor the other municipality\u2019s')
    const meal = rows.find((row) => row[0] === String(ids.meal))!
    assert.deepEqual(meal.slice(0, 13), [
      String(ids.meal), 'Samen eten in de Kerkbuurt', 'Samen koken en eten; elke week, voor wie alleen is.', 'Loopt', 'Openbaar', 'Kerkbuurt', 'Zorg en welzijn', 'Een zorg- of welzijnsorganisatie',
      'Vrijwilligers, Ruimte of een plek', 'Vrijwilligers', 'Bram Broker', 'Faciliteren', '2026-05-05',
    ])
    const evil = rows.find((row) => row[0] === String(ids.evil))!
    assert.equal(evil[1], `'=HYPERLINK("http://kwaad.example";"klik hier")`, 'a formula stays text')
    assert.match(response.body, /"'=HYPERLINK\(""http:\/\/kwaad\.example"";""klik hier""\)"/)
    for (const secret of ['Contact Corrie', 'corrie@prive.example', '0611111111']) assert.ok(!response.body.includes(secret), secret)
  })

  it('exports obstacles with their initiative, area and broker, quoting what needs it', async () => {
    const response = await download('/werk/export/belemmeringen.csv', 'admin')
    assert.match(response.headers['content-disposition'] as string, /^attachment; filename="belemmeringen-\d{4}-\d\d-\d\d\.csv"$/)
    const rows = parseCsv(response.body.replace(/^\uFEFF/, ''))
    assert.deepEqual(rows, [
      ['Vastgelegd', 'Nummer initiatief', 'Initiatief', 'Wijk of dorp', 'Ruimtemaker', 'Regel of procedure', 'Afdeling', 'Wat er gebeurde', 'Vertraging (dagen)', 'Voorgestelde verandering'],
      ['2026-06-10', String(ids.meal), 'Samen eten in de Kerkbuurt', 'Kerkbuurt', 'Bram Broker', 'Horecavergunning (APV)', 'Vergunningen', 'Voor samen eten werd een "horecavergunning" gevraagd;\nduurde weken.', '21', "'-Vrijstelling voor buurtmaaltijden"],
    ])
    assert.ok(!response.body.includes('Regel van elders'))
  })

  it('records each download in the audit log', async () => {
    const { db } = context.database
    const events = await db.selectFrom('audit_events').select(['action', 'object_id', 'actor_id']).where('action', '=', 'export.downloaded').execute()
    assert.ok(events.some((event) => event.object_id === 'initiatieven' && event.actor_id === ids.coordinator))
    assert.ok(events.some((event) => event.object_id === 'belemmeringen' && event.actor_id === ids.admin))
  })

  it('uses the reader\u2019s language for headers and labels', async () => {
    const response = await app.inject({ url: '/werk/export/initiatieven.csv', headers: { host: HOST, cookie: `${cookies.coordinator}; lang=en` } })
    const rows = parseCsv(response.body.replace(/^\uFEFF/, ''))
    assert.equal(rows[0]![1], 'Title')
    const meal = rows.find((row) => row[0] === String(ids.meal))!
    assert.deepEqual([meal[3], meal[6]], ['Under way', 'Care and welfare'])
  })
})
