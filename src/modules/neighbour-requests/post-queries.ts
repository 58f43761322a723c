import type { ExpressionBuilder } from 'kysely'
import type { Db } from '../../platform/db/database.ts'
import type { Schema } from '../../platform/db/schema.ts'
import { CLOSED_LISTED_DAYS, type CloseReason, type PostCategory, type PostKind } from './vocabulary.ts'

/** A post with what every page shows of it: its area, its poster's name as they allow it, how many responded. */
export interface PostView {
  id: number
  authorId: number
  kind: PostKind
  category: PostCategory
  title: string
  description: string
  area: { slug: string; name: string }
  /** A calendar day, YYYY-MM-DD. */
  neededBy: string | null
  status: 'open' | 'closed'
  closeReason: CloseReason | null
  closedAt: Date | null
  hiddenAt: Date | null
  hiddenReason: string | null
  createdAt: Date
  /** The poster's name when they chose to show it with what they publish; null means "a neighbour". Never an e-mail address. */
  authorName: string | null
  authorDeleted: boolean
  responseCount: number
}

export interface PostFilters {
  kind?: PostKind
  areaSlug?: string
  category?: PostCategory
}

type Scope = ExpressionBuilder<Schema & { author: Schema['people'] }, 'neighbour_posts' | 'author' | 'areas'>

function withDetails(db: Db) {
  return db
    .selectFrom('neighbour_posts')
    .innerJoin('people as author', 'author.id', 'neighbour_posts.author_id')
    .innerJoin('areas', 'areas.id', 'neighbour_posts.area_id')
}

function selectDetails(query: ReturnType<typeof withDetails>) {
  return query
    .select([
      'neighbour_posts.id',
      'neighbour_posts.author_id as authorId',
      'neighbour_posts.kind',
      'neighbour_posts.category',
      'neighbour_posts.title',
      'neighbour_posts.description',
      'areas.slug as areaSlug',
      'areas.name as areaName',
      'neighbour_posts.needed_by as neededBy',
      'neighbour_posts.status',
      'neighbour_posts.close_reason as closeReason',
      'neighbour_posts.closed_at as closedAt',
      'neighbour_posts.hidden_at as hiddenAt',
      'neighbour_posts.hidden_reason as hiddenReason',
      'neighbour_posts.created_at as createdAt',
      'author.display_name as authorDisplayName',
      'author.show_name_publicly as authorShowsName',
      'author.deleted_at as authorDeletedAt',
    ])
    .select((eb) =>
      eb
        .selectFrom('neighbour_post_responses')
        .select((inner) => inner.fn.countAll<number>().as('count'))
        .whereRef('neighbour_post_responses.post_id', '=', 'neighbour_posts.id')
        .as('responseCount'),
    )
}

type DetailRow = Awaited<ReturnType<ReturnType<typeof selectDetails>['execute']>>[number]

/** The name a person lets us show with what they publish, or null: then the page says "a neighbour". */
export function publicName(person: { display_name: string; show_name_publicly: boolean; deleted_at: Date | null }): string | null {
  const name = person.display_name.trim()
  return person.show_name_publicly && name && !person.deleted_at ? name : null
}

function present(row: DetailRow): PostView {
  return {
    id: row.id,
    authorId: row.authorId,
    kind: row.kind,
    category: row.category,
    title: row.title,
    description: row.description,
    area: { slug: row.areaSlug, name: row.areaName },
    neededBy: row.neededBy,
    status: row.status,
    closeReason: row.closeReason,
    closedAt: row.closedAt,
    hiddenAt: row.hiddenAt,
    hiddenReason: row.hiddenReason,
    createdAt: row.createdAt,
    authorName: publicName({ display_name: row.authorDisplayName, show_name_publicly: row.authorShowsName, deleted_at: row.authorDeletedAt }),
    authorDeleted: row.authorDeletedAt !== null,
    responseCount: Number(row.responseCount ?? 0),
  }
}

/** The moment before which a closed post no longer shows on the list. */
export function listedSince(now: Date): Date {
  return new Date(now.getTime() - CLOSED_LISTED_DAYS * 86_400_000)
}

/** Whether anyone may find the post on the list: not hidden, its poster still has an account, and open or closed recently. */
export function isListed(post: Pick<PostView, 'hiddenAt' | 'authorDeleted' | 'status' | 'closedAt'>, now: Date): boolean {
  if (post.hiddenAt || post.authorDeleted) return false
  return post.status === 'open' || (post.closedAt !== null && post.closedAt > listedSince(now))
}

function listed(now: Date) {
  return (eb: Scope) =>
    eb.and([
      eb('neighbour_posts.hidden_at', 'is', null),
      eb('author.deleted_at', 'is', null),
      eb.or([eb('neighbour_posts.status', '=', 'open'), eb('neighbour_posts.closed_at', '>', listedSince(now))]),
    ])
}

function matching(filters: PostFilters) {
  return (eb: Scope) => {
    const conditions = []
    if (filters.kind) conditions.push(eb('neighbour_posts.kind', '=', filters.kind))
    if (filters.category) conditions.push(eb('neighbour_posts.category', '=', filters.category))
    if (filters.areaSlug) conditions.push(eb('areas.slug', '=', filters.areaSlug))
    return eb.and(conditions)
  }
}

/** One page of the public list: open posts first, then recently closed ones, each newest first. */
export async function listPosts(db: Db, tenantId: number, filters: PostFilters, page: number, pageSize: number, now: Date): Promise<{ total: number; items: PostView[] }> {
  const query = withDetails(db).where('neighbour_posts.tenant_id', '=', tenantId).where(listed(now)).where(matching(filters))
  const [counted, rows] = await Promise.all([
    query.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow(),
    selectDetails(query)
      // 'open' sorts after 'closed', so descending puts the open posts first.
      .orderBy('neighbour_posts.status', 'desc')
      .orderBy('neighbour_posts.created_at', 'desc')
      .orderBy('neighbour_posts.id', 'desc')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
  ])
  return { total: Number(counted.count), items: rows.map(present) }
}

/** One post whatever its state; who may see it is decided by `canSeePost`. */
export async function findPost(db: Db, tenantId: number, id: number): Promise<PostView | undefined> {
  const row = await selectDetails(withDetails(db).where('neighbour_posts.tenant_id', '=', tenantId).where('neighbour_posts.id', '=', id)).executeTakeFirst()
  return row ? present(row) : undefined
}

/** Everything a person posted, newest first, hidden and long-closed posts included. */
export async function listPostsBy(db: Db, tenantId: number, authorId: number): Promise<PostView[]> {
  const rows = await selectDetails(withDetails(db).where('neighbour_posts.tenant_id', '=', tenantId).where('neighbour_posts.author_id', '=', authorId))
    .orderBy('neighbour_posts.created_at', 'desc')
    .orderBy('neighbour_posts.id', 'desc')
    .execute()
  return rows.map(present)
}

/** Posts a person responded to that they may still open (not hidden, poster still there), newest response first. */
export async function listPostsRespondedBy(db: Db, tenantId: number, responderId: number): Promise<PostView[]> {
  const responses = await db
    .selectFrom('neighbour_post_responses')
    .select('post_id')
    .where('responder_id', '=', responderId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
  const posts = await findPosts(db, tenantId, responses.map((response) => response.post_id))
  return responses.flatMap((response) => posts.filter((post) => post.id === response.post_id && !post.hiddenAt && !post.authorDeleted))
}

/** Posts by id, with their details, for pages that list other things about posts (reports). */
export async function findPosts(db: Db, tenantId: number, ids: number[]): Promise<PostView[]> {
  if (ids.length === 0) return []
  const rows = await selectDetails(withDetails(db).where('neighbour_posts.tenant_id', '=', tenantId).where('neighbour_posts.id', 'in', ids)).execute()
  return rows.map(present)
}
