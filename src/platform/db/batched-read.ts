/**
 * A read that callers at the same moment share, without ever seeing data older than their own
 * arrival: a caller who comes while a read is running gets the next one, which starts when that
 * one ends, together with everyone else who came in the meantime. Under load this turns one query
 * per request into one per round trip; alone, a caller waits for exactly one read, as before.
 * Used for the content and work versions that every request reads (see public-cache.ts).
 */
export function batchedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let running: Promise<T> | undefined
  let queued: Promise<T> | undefined
  const start = (): Promise<T> => {
    const promise: Promise<T> = read().finally(() => {
      if (running === promise) running = undefined
    })
    running = promise
    return promise
  }
  return () => {
    if (!running) return start()
    queued ??= running.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      queued = undefined
      return start()
    })
    return queued
  }
}
