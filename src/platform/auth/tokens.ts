import { createHash, randomBytes } from 'node:crypto'

/** A random secret for a link, cookie or API key, and the hash that is all the database keeps of it. */
export function newSecretToken(prefix = ''): { token: string; hash: string } {
  const token = prefix + randomBytes(32).toString('base64url')
  return { token, hash: hashToken(token) }
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
