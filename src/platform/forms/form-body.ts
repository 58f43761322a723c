/** A submitted form, as @fastify/formbody parses it: every field a string or a list of strings. */
export type FormBody = Record<string, string | string[] | undefined>

export function asFormBody(body: unknown): FormBody {
  return body && typeof body === 'object' ? (body as FormBody) : {}
}

/** The single value of a field, trimmed; a repeated field counts as its first value. */
export function field(body: FormBody, name: string): string {
  const value = body[name]
  return (Array.isArray(value) ? value[0] ?? '' : value ?? '').trim()
}

/** All values of a repeatable field such as a group of checkboxes. */
export function fieldList(body: FormBody, name: string): string[] {
  const value = body[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean)
}
