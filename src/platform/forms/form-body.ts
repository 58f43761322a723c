/**
 * A submitted form, as @fastify/formbody or @fastify/multipart parse it: fields are strings or lists
 * of strings; a file field holds an object (read it with `uploadedFile`).
 */
export type FormBody = Record<string, unknown>

export function asFormBody(body: unknown): FormBody {
  return body && typeof body === 'object' ? (body as FormBody) : {}
}

/** The single text value of a field, trimmed; a repeated field counts as its first value, anything else as empty. */
export function field(body: FormBody, name: string): string {
  const value = body[name]
  const first = Array.isArray(value) ? value[0] : value
  return typeof first === 'string' ? first.trim() : ''
}

/** All text values of a repeatable field such as a group of checkboxes. */
export function fieldList(body: FormBody, name: string): string[] {
  const value = body[name]
  if (value === undefined) return []
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string').map((item) => item.trim()).filter(Boolean)
}

/** Only the text fields of a form, for code that reads many fields by name. */
export function textFields(body: FormBody): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(body)) {
    if (typeof value === 'string') result[name] = value
    else if (Array.isArray(value)) result[name] = value.filter((item): item is string => typeof item === 'string')
  }
  return result
}
