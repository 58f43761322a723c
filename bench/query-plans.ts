import { CompiledQuery } from 'kysely'
import type { Db, SlowQuery } from '../src/platform/db/database.ts'

/**
 * The plans of the slowest distinct queries the server logged under load, run again with the
 * parameters they had (EXPLAIN ANALYZE executes the query, so only reads are explained).
 */
export async function explainSlowest(db: Db, queries: SlowQuery[], top: number): Promise<string> {
  const bySql = new Map<string, { worst: SlowQuery; count: number }>()
  for (const query of queries) {
    const seen = bySql.get(query.sql)
    if (!seen) bySql.set(query.sql, { worst: query, count: 1 })
    else bySql.set(query.sql, { worst: query.ms > seen.worst.ms ? query : seen.worst, count: seen.count + 1 })
  }
  const slowest = [...bySql.values()].filter(({ worst }) => /^\s*(select|with)\b/i.test(worst.sql)).sort((a, b) => b.worst.ms - a.worst.ms).slice(0, top)
  if (slowest.length === 0) return 'No read query was slower than the logging threshold.\n'
  const sections: string[] = []
  for (const { worst, count } of slowest) {
    const result = await db.executeQuery<{ 'QUERY PLAN': string }>(CompiledQuery.raw(`explain (analyze, buffers) ${worst.sql}`, [...worst.parameters]))
    const plan = result.rows.map((row) => row['QUERY PLAN']).join('\n')
    sections.push(`### ${worst.ms} ms at worst, logged ${count} times\n\n\`\`\`sql\n${worst.sql.trim()}\n\`\`\`\n\nParameters: \`${JSON.stringify(worst.parameters)}\`\n\n\`\`\`\n${plan}\n\`\`\`\n`)
  }
  return sections.join('\n')
}
