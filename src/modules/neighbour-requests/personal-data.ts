import type { Db } from '../../platform/db/database.ts'

/**
 * A person's requests and offers, their responses and their reports, for their data download (GDPR
 * right of access). Other people appear in it only as the posts they responded to, by title.
 */
export async function exportNeighbourRequests(db: Db, personId: number) {
  const [posts, responses, reports] = await Promise.all([
    db
      .selectFrom('neighbour_posts')
      .innerJoin('areas', 'areas.id', 'neighbour_posts.area_id')
      .select([
        'neighbour_posts.id', 'neighbour_posts.kind', 'neighbour_posts.category', 'neighbour_posts.title', 'neighbour_posts.description', 'areas.name as area',
        'neighbour_posts.needed_by', 'neighbour_posts.status', 'neighbour_posts.close_reason', 'neighbour_posts.closed_at', 'neighbour_posts.hidden_at',
        'neighbour_posts.hidden_reason', 'neighbour_posts.created_at', 'neighbour_posts.updated_at',
      ])
      .where('neighbour_posts.author_id', '=', personId)
      .orderBy('neighbour_posts.id')
      .execute(),
    db
      .selectFrom('neighbour_post_responses')
      .innerJoin('neighbour_posts', 'neighbour_posts.id', 'neighbour_post_responses.post_id')
      .select(['neighbour_post_responses.post_id', 'neighbour_posts.title as post_title', 'neighbour_post_responses.message', 'neighbour_post_responses.created_at'])
      .where('neighbour_post_responses.responder_id', '=', personId)
      .orderBy('neighbour_post_responses.id')
      .execute(),
    db
      .selectFrom('neighbour_post_reports')
      .select(['post_id', 'reason', 'note', 'status', 'created_at'])
      .where('reporter_id', '=', personId)
      .orderBy('id')
      .execute(),
  ])
  return { posts, responses, reports }
}
