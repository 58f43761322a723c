import type { RouteResult } from './load.ts'

export interface TargetCheck {
  target: string
  measured: string
  met: boolean
}

const PUBLIC_PAGES = ['home page', 'initiative page', 'list, two filters']
const FAST_ROUTES = (route: string) => route.startsWith('search') || route.startsWith('map')

/** The targets, checked against one run. They are stated for 100k initiatives; smaller runs must meet them easily. */
export function checkTargets(database: 'pglite' | 'postgres', routes: RouteResult[], startupMs: number, serverPeakBytes: number): TargetCheck[] {
  // The uncached diagnostics are reported beside the targets, not checked against them.
  const reads = routes.filter((route) => route.route !== 'submit initiative' && !route.diagnostic)
  const p99Limit = database === 'postgres' ? 50 : 150
  const worstP99 = reads.reduce((worst, route) => (route.p99Ms > worst.p99Ms ? route : worst))
  const errors = [...reads, ...routes.filter((route) => route.route === 'submit initiative')].filter((route) => route.errors + route.timeouts > 0)
  const checks: TargetCheck[] = [
    { target: 'no errors or timeouts on any route', measured: errors.length === 0 ? 'none' : errors.map((route) => `${route.route}: ${route.errors} errors, ${route.timeouts} timeouts`).join('; '), met: errors.length === 0 },
    { target: `every read route p99 < ${p99Limit} ms`, measured: `worst: ${worstP99.route} ${worstP99.p99Ms} ms`, met: worstP99.p99Ms < p99Limit },
  ]
  if (database === 'postgres') {
    const fast = reads.filter((route) => FAST_ROUTES(route.route))
    const slowestFast = fast.reduce((worst, route) => (route.p50Ms > worst.p50Ms ? route : worst))
    checks.push({ target: 'search and map clusters p50 < 10 ms', measured: `worst: ${slowestFast.route} ${slowestFast.p50Ms} ms`, met: slowestFast.p50Ms < 10 })
    const pages = reads.filter((route) => PUBLIC_PAGES.includes(route.route))
    const slowestPage = pages.reduce((worst, route) => (route.requestsPerSecond < worst.requestsPerSecond ? route : worst))
    checks.push({ target: 'public pages ≥ 1,500 req/s', measured: `lowest: ${slowestPage.route} ${slowestPage.requestsPerSecond} req/s`, met: slowestPage.requestsPerSecond >= 1500 })
    checks.push({ target: 'start-up to ready < 3 s', measured: `${(startupMs / 1000).toFixed(2)} s`, met: startupMs < 3000 })
    checks.push({ target: 'server memory < 400 MB', measured: `${Math.round(serverPeakBytes / 2 ** 20)} MB`, met: serverPeakBytes < 400 * 2 ** 20 })
  }
  return checks
}
