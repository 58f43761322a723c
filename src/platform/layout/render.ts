import type { VNode } from 'preact'
import { renderToString } from 'preact-render-to-string'

/** Renders a full HTML document; preact escapes every text and attribute value it is given. */
export function renderDocument(page: VNode): string {
  return `<!doctype html>${renderToString(page)}`
}
