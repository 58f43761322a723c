import type { FastifyInstance } from 'fastify'

/**
 * Drives the app through `inject` the way a browser would: keeps cookies, and sends back the CSRF
 * token of the last page it fetched with every form it posts.
 */
export class PageClient {
  readonly cookies = new Map<string, string>()
  lastBody = ''
  private lastCsrf: string | undefined

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  private remember(setCookie: string | string[] | undefined): void {
    for (const header of [setCookie ?? []].flat()) {
      const [pair] = header.split(';')
      const index = pair!.indexOf('=')
      const name = pair!.slice(0, index)
      const value = pair!.slice(index + 1)
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(header)) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  /** The token from the most recent page that had a form, as a browser tab would still hold it. */
  csrfToken(): string {
    if (!this.lastCsrf) throw new Error('no page with a form has been fetched yet')
    return this.lastCsrf
  }

  private read(body: string): void {
    this.lastBody = body
    const match = /name="_csrf" value="([^"]+)"/.exec(body)
    if (match) this.lastCsrf = match[1]
  }

  async get(url: string) {
    const response = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } })
    this.remember(response.headers['set-cookie'])
    this.read(response.body)
    return response
  }

  /** Posts a multipart form, as a browser does for a form with a file field. */
  async postMultipart(url: string, form: Record<string, string>, file?: { field: string; fileName: string; contentType: string; content: Buffer }) {
    const boundary = `----noaber${Date.now().toString(16)}`
    const parts: Buffer[] = []
    for (const [name, value] of Object.entries({ _csrf: this.csrfToken(), ...form })) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`))
    }
    if (file) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.fileName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`))
      parts.push(file.content, Buffer.from('\r\n'))
    }
    parts.push(Buffer.from(`--${boundary}--\r\n`))
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat(parts),
    })
    this.remember(response.headers['set-cookie'])
    this.read(response.body)
    return response
  }

  async post(url: string, form: Record<string, string | string[]>, { csrf = true } = {}) {
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries(form)) for (const item of [value].flat()) params.append(name, item)
    if (csrf && !('_csrf' in form)) params.append('_csrf', this.csrfToken())
    const response = await this.app.inject({
      method: 'POST',
      url,
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      payload: params.toString(),
    })
    this.remember(response.headers['set-cookie'])
    this.read(response.body)
    return response
  }
}
