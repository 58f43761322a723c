/** The address of a filtered list on a page: empty filters and the first page leave no trace in the query. */
export function listHref(path: string, filters: object, page: number): string {
  const entries = Object.entries({ ...filters, pagina: page > 1 ? String(page) : '' }).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '')
  const query = new URLSearchParams(entries).toString()
  return query ? `${path}?${query}` : path
}
