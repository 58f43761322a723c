import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { insertAreas } from '../../../src/modules/areas/area-repository.ts'
import { insertThemes } from '../../../src/modules/themes/theme-repository.ts'
import type { Db } from '../../../src/platform/db/database.ts'
import { insertTenant } from '../../../src/platform/tenancy/tenant-repository.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'

const HOST = 'www.publiek.test'
const OTHER_HOST = 'www.buren.test'
const SECRETS = ['Geheime Gerda', 'gerda@geheim.example', '0612 345 678', 'INTERNE-NOTITIE', 'GEDEELD-BERICHT', 'VERBORGEN-BESCHRIJVING']

async function municipality(db: Db, slug: string, host: string) {
  const tenant = await insertTenant(db, {
    slug, name: `Gemeente ${slug}`, hostNames: [host], logoSvg: '<svg xmlns="http://www.w3.org/2000/svg"/>', contactEmail: `ruimtemakers@${host}`,
    colours: { primary: '#1d5b34', primaryHover: '#154427', onPrimary: '#ffffff', accentBackground: '#eef5f0' }, welcome: { nl: 'Welkom', en: 'Welcome' },
  })
  const square = (lon: number, lat: number) => ({ type: 'Polygon' as const, coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]] as [number, number][][] })
  await insertAreas(db, tenant.id, [
    { slug: 'de-brink', name: 'De Brink', kind: 'neighbourhood', population: 1000, description: { nl: '', en: '' }, boundary: square(6.8, 52.3) },
    { slug: 'veldhoek', name: 'Veldhoek', kind: 'village', population: 500, description: { nl: '', en: '' }, boundary: square(6.8, 52.2) },
  ])
  await insertThemes(db, tenant.id, [
    { slug: 'groen', name: { nl: 'Groen en natuur', en: 'Green and nature' }, description: { nl: '', en: '' } },
    { slug: 'cultuur', name: { nl: 'Kunst en cultuur', en: 'Arts and culture' }, description: { nl: '', en: '' } },
  ])
  const areas = await db.selectFrom('areas').select(['id', 'slug']).where('tenant_id', '=', tenant.id).execute()
  const themes = await db.selectFrom('themes').select(['id', 'slug']).where('tenant_id', '=', tenant.id).execute()
  return { tenantId: tenant.id, area: (s: string) => areas.find((a) => a.slug === s)!.id, theme: (s: string) => themes.find((t) => t.slug === s)!.id }
}

describeEachDatabase('the public initiative pages', (context) => {
  let app: FastifyInstance
  const ids: Record<string, number> = {}
  let n = 0

  async function seed(db: Db, place: Awaited<ReturnType<typeof municipality>>, key: string, s: { title: string; publication: 'private' | 'pendingReview' | 'published'; status: 'unconfirmed' | 'new' | 'underWay' | 'withdrawn'; area?: string; theme?: string; publishDescription?: boolean; description?: string; needs?: { kind: 'volunteers' | 'space' | 'money'; status?: 'open' | 'answered' }[] }) {
    n += 1
    const { id } = await db
      .insertInto('initiatives')
      .values({
        tenant_id: place.tenantId, title: s.title, summary: `Korte samenvatting van ${s.title}.`, description: s.description ?? '', area_id: place.area(s.area ?? 'de-brink'),
        latitude: null, longitude: null, initiator_kind: 'association', status: s.status, publication: s.publication, publication_note: null, publish_description: s.publishDescription ?? false,
        initiator_id: null, broker_id: null, contact_name: 'Geheime Gerda', contact_email: 'gerda@geheim.example', contact_phone: '0612 345 678', government_role: null,
        outcome: null, submission_key: `public-test-${n}-0000000000`, confirmed_at: s.status === 'unconfirmed' ? null : new Date(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await db.insertInto('initiative_themes').values({ initiative_id: id, theme_id: place.theme(s.theme ?? 'groen') }).execute()
    for (const need of s.needs ?? []) await db.insertInto('initiative_needs').values({ initiative_id: id, kind: need.kind, explanation: `Wij zoeken ${need.kind}-hulp`, status: need.status ?? 'open' }).execute()
    ids[key] = id
    return id
  }

  const page = (url: string, host = HOST) => app.inject({ url, headers: { host } })

  before(async () => {
    const { db } = context.database
    const town = await municipality(db, 'publiekstad', HOST)
    const neighbours = await municipality(db, 'burendorp', OTHER_HOST)
    const id = await seed(db, town, 'garden', {
      title: 'Pluktuin <b>De Brink</b>', publication: 'published', status: 'underWay', publishDescription: true, description: 'Een tuin waar iedereen mag plukken.\nOok kinderen.',
      needs: [{ kind: 'volunteers' }, { kind: 'space', status: 'answered' }],
    })
    const at = (iso: string) => new Date(iso)
    await db.insertInto('journal_entries').values([
      { initiative_id: id, author_id: null, kind: 'update', visibility: 'public', body: 'OUDSTE-NIEUWS: de eerste spade is de grond in.', created_at: at('2026-03-01T10:00:00Z') },
      { initiative_id: id, author_id: null, kind: 'update', visibility: 'public', body: 'NIEUWSTE-NIEUWS: de eerste oogst!', created_at: at('2026-06-01T10:00:00Z') },
      { initiative_id: id, author_id: null, kind: 'note', visibility: 'internal', body: 'INTERNE-NOTITIE over de vergunning', created_at: at('2026-06-02T10:00:00Z') },
      { initiative_id: id, author_id: null, kind: 'message', visibility: 'shared', body: 'GEDEELD-BERICHT aan de initiatiefnemer', created_at: at('2026-06-03T10:00:00Z') },
    ]).execute()
    await seed(db, town, 'hidden-description', { title: 'Straatfeest Veldhoek', publication: 'published', status: 'new', area: 'veldhoek', theme: 'cultuur', description: 'VERBORGEN-BESCHRIJVING', needs: [{ kind: 'money' }] })
    await seed(db, town, 'private', { title: 'Privé-initiatief', publication: 'private', status: 'new' })
    await seed(db, town, 'pending', { title: 'Wachtend-initiatief', publication: 'pendingReview', status: 'new' })
    await seed(db, town, 'withdrawn', { title: 'Ingetrokken-initiatief', publication: 'published', status: 'withdrawn' })
    await seed(db, town, 'unconfirmed', { title: 'Onbevestigd-initiatief', publication: 'published', status: 'unconfirmed' })
    await seed(db, neighbours, 'neighbours', { title: 'Buurgemeente-initiatief', publication: 'published', status: 'new' })
    for (let i = 1; i <= 23; i++) await seed(db, town, `series${i}`, { title: `Reeksinitiatief ${String(i).padStart(2, '0')}`, publication: 'published', status: 'new', area: 'veldhoek', theme: 'cultuur' })
    app = await testApp(db)
    await app.ready()
  })
  after(() => app.close())

  it('shows a published initiative: title, summary, description made public, themes, area, status, initiator, needs and public updates newest first', async () => {
    const response = await page(`/initiatieven/${ids.garden}`)
    assert.equal(response.statusCode, 200)
    const html = response.body
    assert.match(html, /<h1 class="utrecht-heading-1">Pluktuin &lt;b>De Brink&lt;\/b><\/h1>/, 'the title is escaped')
    assert.match(html, /Korte samenvatting van Pluktuin/)
    assert.match(html, /Een tuin waar iedereen mag plukken.\nOok kinderen./)
    assert.match(html, /Groen en natuur/)
    assert.match(html, /De Brink/)
    assert.match(html, /Loopt/)
    assert.match(html, /Een vereniging of stichting/)
    assert.match(html, /Vrijwilligers/)
    assert.match(html, /Wij zoeken volunteers-hulp/)
    assert.match(html, /Ruimte of een plek<\/strong> <span class="noaber-tag">Geregeld<\/span>/, 'the answered need is marked')
    assert.ok(html.indexOf('NIEUWSTE-NIEUWS') < html.indexOf('OUDSTE-NIEUWS'), 'newest update first')
    assert.match(html, /ruimtemakers@www\.publiek\.test/, 'help goes through the municipality')
    for (const secret of SECRETS) assert.ok(!html.includes(secret), `no ${secret}`)
  })

  it('leaves out a description the initiator did not make public', async () => {
    const response = await page(`/initiatieven/${ids['hidden-description']}`)
    assert.equal(response.statusCode, 200)
    assert.doesNotMatch(response.body, /VERBORGEN-BESCHRIJVING/)
    assert.doesNotMatch(response.body, /Over dit initiatief/)
  })

  it('answers 404 for unpublished, withdrawn, unconfirmed, unknown, foreign and non-numeric ids alike', async () => {
    const normalise = (body: string) => body.replace(/name="_csrf" value="[^"]+"/g, '').replace(/terug=[^"]*/g, '')
    const notFound = normalise((await page('/initiatieven/99999999')).body)
    for (const key of ['private', 'pending', 'withdrawn', 'unconfirmed', 'neighbours']) {
      const response = await page(`/initiatieven/${ids[key]}`)
      assert.equal(response.statusCode, 404, key)
      assert.equal(normalise(response.body), notFound, `${key} looks like any unknown page`)
    }
    for (const path of ['/initiatieven/abc', '/initiatieven/1e3', '/initiatieven/-1', '/initiatieven/12345678901234567890']) assert.equal((await page(path)).statusCode, 404, path)
    assert.equal((await page(`/initiatieven/${ids.neighbours}`, OTHER_HOST)).statusCode, 200, 'but it is public in its own municipality')
  })

  it('lists only published initiatives, 20 per page, with a results count, a labelled filter form and links', async () => {
    const first = await page('/initiatieven')
    assert.equal(first.statusCode, 200)
    const html = first.body
    assert.match(html, /25 initiatieven/)
    assert.equal((html.match(/<li class="noaber-card">/g) ?? []).length, 20)
    assert.match(html, new RegExp(`<a class="utrecht-link" href="/initiatieven/${ids.series23}">Reeksinitiatief 23</a>`), 'newest first')
    assert.match(html, /<form class="utrecht-form" method="get" action="\/initiatieven"/)
    for (const name of ['thema', 'wijk', 'status', 'hulpvraag']) assert.match(html, new RegExp(`<label class="utrecht-form-label" for="filter-${name}">`), name)
    assert.match(html, /href="\/initiatieven\?pagina=2"/)
    for (const hidden of ['Privé-initiatief', 'Wachtend-initiatief', 'Ingetrokken-initiatief', 'Onbevestigd-initiatief', 'Buurgemeente-initiatief']) assert.ok(!html.includes(hidden), hidden)
    for (const secret of SECRETS) assert.ok(!html.includes(secret), secret)

    const second = await page('/initiatieven?pagina=2')
    assert.equal((second.body.match(/<li class="noaber-card">/g) ?? []).length, 5)
    assert.match(second.body, /Pagina 2 van 2/)
    assert.match(second.body, /href="\/initiatieven"/)
    assert.match(second.body, new RegExp(`<a class="utrecht-link" href="/initiatieven/${ids.garden}">Pluktuin &lt;b>De Brink&lt;/b></a>`), 'escaped title, linked')
    assert.match(second.body, /Zoekt hulp bij: vrijwilligers/, 'open needs on the card')
  })

  it('filters on theme, area, status and need, keeping the choices in the form and the links', async () => {
    const count = async (query: string) => Number(/noaber-result-count" role="status">(\d+) initiatie/.exec((await page(`/initiatieven?${query}`)).body)?.[1])
    assert.equal(await count('thema=groen'), 1)
    assert.equal(await count('wijk=veldhoek'), 24)
    assert.equal(await count('status=underWay'), 1)
    assert.equal(await count('hulpvraag=money'), 1)
    assert.equal(await count('hulpvraag=money&wijk=de-brink'), 0)
    assert.equal(await count('status=withdrawn'), 25, 'a status the public never sees is ignored, not shown')
    const filtered = await page('/initiatieven?thema=cultuur&pagina=2')
    assert.match(filtered.body, /<option value="cultuur" selected>/)
    assert.match(filtered.body, /href="\/initiatieven\?thema=cultuur"/, 'the previous page keeps the filter')
    const none = await page('/initiatieven?hulpvraag=money&wijk=de-brink')
    assert.match(none.body, /0 initiatieven/)
    assert.match(none.body, /Er zijn geen initiatieven die bij deze keuze passen/)
  })

  it('copes with nonsense in the address', async () => {
    for (const query of ['pagina=abc', 'pagina=-3', 'pagina=999999999', 'thema[]=x', 'wijk=%27%3B%20drop%20table%20initiatives', `status=${'x'.repeat(5000)}`]) {
      const response = await page(`/initiatieven?${query}`)
      assert.equal(response.statusCode, 200, query)
    }
    assert.match((await page('/initiatieven?pagina=99')).body, /25 initiatieven/)
  })

  it('is in English when the reader chose English', async () => {
    const response = await app.inject({ url: '/initiatieven', headers: { host: HOST, cookie: 'lang=en' } })
    assert.match(response.body, /25 initiatives/)
    assert.match(response.body, /Arts and culture/)
  })
})
