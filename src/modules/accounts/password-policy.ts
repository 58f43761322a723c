import argon2 from 'argon2'

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200

// Long enough for a passphrase, and not one of the first guesses an attacker tries (NIST SP 800-63B).
const COMMON = new Set([
  'welkom123456', 'wachtwoord123', 'wachtwoord12', 'password1234', 'password123!', 'qwertyuiop12', '123456789012',
  'welkomwelkom', 'voorjaar2026!', 'zomer2026!!!', 'gemeente1234', 'noaber123456', 'iloveyou1234', 'abcdefghijkl',
])

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooSimple' | 'containsEmail'

/** The strength rule for staff passwords; returns what is wrong, or undefined when it is good enough. */
export function passwordProblem(password: string, email: string): PasswordProblem | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort'
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong'
  const lower = password.toLowerCase()
  if (COMMON.has(lower) || new Set(lower).size < 5) return 'tooSimple'
  const local = email.split('@')[0]?.toLowerCase() ?? ''
  if (local.length >= 4 && lower.includes(local)) return 'containsEmail'
  return undefined
}

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id })
}

/** Verifies against the hash; without a hash it still spends the time, so timing does not tell whether an account exists. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (!hash) {
    await argon2.hash(password, { type: argon2.argon2id })
    return false
  }
  try {
    return await argon2.verify(hash, password)
  } catch {
    return false
  }
}
