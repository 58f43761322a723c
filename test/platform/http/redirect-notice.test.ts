import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { FastifyRequest } from 'fastify'
import { redirectNotice } from '../../../src/platform/http/redirect-notice.ts'

const notices = { opgeslagen: 'saved', verwijderd: 'deleted' } as const
const after = (query: Record<string, unknown>) => redirectNotice({ query } as FastifyRequest, notices)

describe('the notice after a redirect', () => {
  it('is the page’s own message named by ?bericht=', () => {
    assert.equal(after({ bericht: 'opgeslagen' }), 'saved')
    assert.equal(after({ bericht: 'verwijderd' }), 'deleted')
  })

  it('is nothing for an unknown, missing, repeated or inherited name', () => {
    for (const bericht of ['onbekend', '', undefined, ['opgeslagen', 'verwijderd'], 'constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      assert.equal(after({ bericht }), undefined, String(bericht))
    }
  })
})
