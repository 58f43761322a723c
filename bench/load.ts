import autocannon from 'autocannon'

export interface LoadSettings {
  connections: number
  warmUpSeconds: number
  measureSeconds: number
}

export interface RouteLoad {
  name: string
  method?: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  /** For routes whose every request must differ (a new submission each time). */
  setupRequest?: (request: autocannon.Request) => autocannon.Request
  /** The status that counts as success; anything else is an error. */
  expectStatus?: number
  /** Measured to show a cost (here: without the cache), not one of the routes the targets are about. */
  diagnostic?: boolean
  /** Fewer connections than the run's: one shows what an answer costs without waiting behind others. */
  connections?: number
}

export interface RouteResult {
  route: string
  diagnostic?: boolean
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  requests: number
  errors: number
  timeouts: number
}

function run(url: string, route: RouteLoad, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}${route.path}`,
    method: route.method ?? 'GET',
    connections,
    duration: seconds,
    headers: route.headers,
    timeout: 10,
    requests: route.setupRequest ? [{ setupRequest: route.setupRequest }] : undefined,
  })
}

/** Drives one route: a warm-up whose numbers are thrown away, then the measured period. */
export async function measureRoute(url: string, route: RouteLoad, settings: LoadSettings): Promise<RouteResult> {
  const connections = route.connections ?? settings.connections
  if (settings.warmUpSeconds > 0) await run(url, route, connections, settings.warmUpSeconds)
  const result = await run(url, route, connections, settings.measureSeconds)
  const expected = String(route.expectStatus ?? 200)
  const wrongStatus = Object.entries(result.statusCodeStats ?? {})
    .filter(([status]) => status !== expected)
    .reduce((sum, [, stats]) => sum + Number(stats.count ?? 0), 0)
  return {
    route: route.name,
    ...(route.diagnostic ? { diagnostic: true } : {}),
    requestsPerSecond: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + wrongStatus,
    timeouts: result.timeouts,
  }
}
