export function logQueries(_db: unknown) {}
