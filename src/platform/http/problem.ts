/** An RFC 9457 problem document, the error format of the Dutch API Design Rules. */
export interface Problem {
  type: string
  title: string
  status: number
  detail?: string
  instance?: string
  invalidParams?: { name: string; reason: string }[]
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/')
}
