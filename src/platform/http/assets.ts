import { createHash } from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

interface Asset {
  body: Buffer
  gzipped: Buffer
  etag: string
  contentType: string
}

const require = createRequire(import.meta.url)
const publicDir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../public')

/** Files served under /assets: our own, and the NL Design System stylesheets from their packages. */
function assetSources(): Record<string, string> {
  const tokensDir = path.dirname(require.resolve('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'))
  const componentsDir = path.dirname(require.resolve('@utrecht/component-library-css/dist/index.css'))
  const leafletDir = path.dirname(require.resolve('leaflet/dist/leaflet.js'))
  const own = Object.fromEntries(
    fs.readdirSync(publicDir).map((name) => [`/assets/${name}`, path.join(publicDir, name)]),
  )
  return {
    ...own,
    '/assets/vendor/voorbeeld-theme.css': path.join(tokensDir, 'theme.css'),
    '/assets/vendor/utrecht-components.css': path.join(componentsDir, 'index.css'),
    '/assets/vendor/leaflet.js': path.join(leafletDir, 'leaflet.js'),
    '/assets/vendor/leaflet.css': path.join(leafletDir, 'leaflet.css'),
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

function load(file: string): Asset {
  const body = fs.readFileSync(file)
  return {
    body,
    gzipped: gzipSync(body, { level: 9 }),
    etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
    contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
  }
}

/** Sends an in-memory body with an ETag, compressed when the browser accepts it. */
export function sendCached(request: FastifyRequest, reply: FastifyReply, asset: Asset, maxAgeSeconds: number): FastifyReply {
  reply.header('etag', asset.etag).header('cache-control', `public, max-age=${maxAgeSeconds}`).header('vary', 'accept-encoding')
  if (request.headers['if-none-match'] === asset.etag) return reply.code(304).send()
  reply.type(asset.contentType)
  if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
    return reply.header('content-encoding', 'gzip').send(asset.gzipped)
  }
  return reply.send(asset.body)
}

export function makeAsset(body: string, contentType: string): Asset {
  const buffer = Buffer.from(body)
  return {
    body: buffer,
    gzipped: gzipSync(buffer),
    etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 27)}"`,
    contentType,
  }
}

/** Loads every asset once at start; they are small and never change while the process runs. */
export function registerAssets(app: FastifyInstance): void {
  const assets = new Map(Object.entries(assetSources()).map(([url, file]) => [url, load(file)]))
  for (const [url, asset] of assets) {
    app.get(url, { schema: { hide: true } }, (request, reply) => sendCached(request, reply, asset, 3600))
  }
}
