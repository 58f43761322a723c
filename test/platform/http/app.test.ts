import assert from 'node:assert/strict'
import { after, before, it } from 'node:test'
import type { FastifyInstance } from 'fastify'
import { seedDemo } from '../../../src/demo/seed.ts'
import { describeEachDatabase } from '../../support/databases.ts'
import { testApp } from '../../support/app.ts'

describeEachDatabase('the web application', (context) => {
  let app: FastifyInstance

  before(async () => {
    await seedDemo(context.database.db)
    app = await testApp(context.database.db)
    app.get('/test-only/fails', async () => {
      throw new Error('secret internal detail')
    })
    await app.ready()
  })
  after(() => app.close())

  it('serves the Dutch home page of the municipality by default', async () => {
    const response = await app.inject({ url: '/' })
    assert.equal(response.statusCode, 200)
    assert.match(response.headers['content-type'] as string, /text\/html/)
    assert.match(response.body, /^<!doctype html><html lang="nl"/)
    assert.match(response.body, /Gemeente Esveld/)
    assert.match(response.body, /Zo werkt het/)
    assert.match(response.body, /href="#inhoud"/, 'a skip link')
    assert.match(response.body, /<main id="inhoud"/)
  })

  it('switches to English, remembers it in a cookie and returns to the same page', async () => {
    const response = await app.inject({ url: '/taal/en?terug=%2Fprivacy' })
    assert.equal(response.statusCode, 303)
    assert.equal(response.headers.location, '/privacy')
    const cookie = response.cookies.find((c) => c.name === 'lang')
    assert.equal(cookie?.value, 'en')
    assert.equal(cookie?.httpOnly, true)
    assert.equal(cookie?.sameSite, 'Lax')
    const page = await app.inject({ url: '/privacy', cookies: { lang: 'en' } })
    assert.match(page.body, /<html lang="en"/)
    assert.match(page.body, /Privacy statement/)
  })

  it('only returns to paths on this site after switching language', async () => {
    for (const target of ['https://evil.example/', '//evil.example', '/\\evil.example']) {
      const response = await app.inject({ url: `/taal/nl?terug=${encodeURIComponent(target)}` })
      assert.equal(response.headers.location, '/', `not to ${target}`)
    }
  })

  it('ignores an unknown language cookie', async () => {
    const response = await app.inject({ url: '/', cookies: { lang: 'xx' } })
    assert.match(response.body, /<html lang="nl"/)
  })

  it('has about, accessibility and privacy pages in both languages', async () => {
    for (const [path, nl, en] of [
      ['/over', 'Over dit platform', 'About this platform'],
      ['/toegankelijkheid', 'Toegankelijkheidsverklaring', 'Accessibility statement'],
      ['/privacy', 'Privacyverklaring', 'Privacy statement'],
    ] as const) {
      const dutch = await app.inject({ url: path })
      assert.equal(dutch.statusCode, 200)
      assert.match(dutch.body, new RegExp(`<h1 class="utrecht-heading-1">${nl}</h1>`))
      const english = await app.inject({ url: path, cookies: { lang: 'en' } })
      assert.match(english.body, new RegExp(`<h1 class="utrecht-heading-1">${en}</h1>`))
    }
  })

  it('shows a helpful 404 page to people', async () => {
    const response = await app.inject({ url: '/bestaat-niet' })
    assert.equal(response.statusCode, 404)
    assert.match(response.headers['content-type'] as string, /text\/html/)
    assert.match(response.body, /Pagina niet gevonden/)
    assert.match(response.body, /Gemeente Esveld/, 'inside the municipality shell')
  })

  it('shows a 500 page with a reference code and no internals', async () => {
    const response = await app.inject({ url: '/test-only/fails', headers: { 'x-request-id': 'trace-1234567' } })
    assert.equal(response.statusCode, 500)
    assert.match(response.body, /Er ging iets mis/)
    assert.match(response.body, /trace-1234567/)
    assert.doesNotMatch(response.body, /secret internal detail|at .*\.ts:\d+/)
  })

  it('answers problem+json for every error under /api/v1', async () => {
    const missing = await app.inject({ url: '/api/v1/nothing-here' })
    assert.equal(missing.statusCode, 404)
    assert.match(missing.headers['content-type'] as string, /^application\/problem\+json/)
    assert.equal(missing.json().status, 404)

    const invalid = await app.inject({ url: '/api/v1/areas/NOT%20A%20SLUG', headers: { cookie: 'lang=en' } })
    assert.equal(invalid.statusCode, 400)
    assert.match(invalid.headers['content-type'] as string, /^application\/problem\+json/)
    const problem = invalid.json()
    assert.equal(problem.title, 'The request contains invalid data.')
    assert.equal(problem.invalidParams[0].name, 'params.slug')
  })

  it('lists areas and themes through the API', async () => {
    const areas = await app.inject({ url: '/api/v1/areas' })
    assert.equal(areas.statusCode, 200)
    const items = areas.json().items as { slug: string; bbox: number[] }[]
    assert.ok(items.length >= 7)
    assert.equal(items[0]!.bbox.length, 4)
    const one = await app.inject({ url: `/api/v1/areas/${items[0]!.slug}` })
    assert.equal(one.json().boundary.type, 'Polygon')
    const themes = await app.inject({ url: '/api/v1/themes' })
    assert.ok(themes.json().items.length >= 7)
  })

  it('describes the API in OpenAPI 3, generated from the route schemas', async () => {
    const response = await app.inject({ url: '/api/v1/openapi.json' })
    assert.equal(response.statusCode, 200)
    const document = response.json()
    assert.match(document.openapi, /^3\./)
    assert.ok(document.paths['/api/v1/areas'])
    assert.ok(document.paths['/api/v1/areas/{slug}'])
    assert.ok(document.paths['/api/v1/themes'])
    assert.equal(document.paths['/'], undefined, 'pages for people are not part of the API')
  })

  it('reports liveness and readiness', async () => {
    assert.deepEqual((await app.inject({ url: '/healthz' })).json(), { status: 'ok' })
    assert.deepEqual((await app.inject({ url: '/readyz' })).json(), { status: 'ready' })
  })

  it('sends a request id and strict security headers', async () => {
    const response = await app.inject({ url: '/' })
    assert.match(response.headers['x-request-id'] as string, /^[0-9a-f-]{36}$/)
    const csp = response.headers['content-security-policy'] as string
    assert.match(csp, /script-src 'self'/)
    assert.doesNotMatch(csp, /unsafe-inline/)
    assert.match(csp, /frame-ancestors 'none'/)
    assert.equal(response.headers['x-content-type-options'], 'nosniff')
    assert.doesNotMatch(response.body, /<script>|\sstyle="/, 'no inline script or style')
  })

  it('themes the page with the municipality colours', async () => {
    const response = await app.inject({ url: '/theme.css' })
    assert.equal(response.statusCode, 200)
    assert.match(response.body, /--noaber-brand: #[0-9a-f]{6};/i)
    const logo = await app.inject({ url: '/logo.svg' })
    assert.equal(logo.headers['content-type'], 'image/svg+xml')
  })

  it('serves the NL Design System stylesheets compressed and cacheable', async () => {
    const response = await app.inject({ url: '/assets/vendor/utrecht-components.css', headers: { 'accept-encoding': 'gzip' } })
    assert.equal(response.statusCode, 200)
    assert.equal(response.headers['content-encoding'], 'gzip')
    const etag = response.headers.etag as string
    const again = await app.inject({ url: '/assets/vendor/utrecht-components.css', headers: { 'if-none-match': etag } })
    assert.equal(again.statusCode, 304)
  })
})
