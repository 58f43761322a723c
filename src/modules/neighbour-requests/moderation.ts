import { recordAudit } from '../../platform/audit/audit-log.ts'
import type { Db } from '../../platform/db/database.ts'
import type { Locale } from '../../platform/i18n/locale.ts'
import { enqueueMail } from '../../platform/mail/outbox.ts'
import { findPosts, type PostView } from './post-queries.ts'
import type { ReportReason } from './vocabulary.ts'

export interface ReportView {
  reason: ReportReason
  note: string
  createdAt: Date
}

/** A moderator acting: who, for the audit log. */
export interface Moderator {
  tenantId: number
  personId: number
  label: string
}

/** One report per person per post; a second one changes nothing and says so. */
export async function reportPost(db: Db, postId: number, reporterId: number, reason: ReportReason, note: string, now: Date): Promise<'reported' | 'already'> {
  const inserted = await db
    .insertInto('neighbour_post_reports')
    .values({ post_id: postId, reporter_id: reporterId, reason, note, decided_by: null, decided_at: null, created_at: now })
    .onConflict((oc) => oc.columns(['post_id', 'reporter_id']).doNothing())
    .returning('id')
    .executeTakeFirst()
  return inserted ? 'reported' : 'already'
}

export async function hasReported(db: Db, postId: number, personId: number): Promise<boolean> {
  return !!(await db.selectFrom('neighbour_post_reports').select('id').where('post_id', '=', postId).where('reporter_id', '=', personId).executeTakeFirst())
}

/** What was reported and why; never who reported it, which the moderator does not need to judge the post. */
export async function openReportsFor(db: Db, postId: number): Promise<ReportView[]> {
  return db
    .selectFrom('neighbour_post_reports')
    .select(['reason', 'note', 'created_at as createdAt'])
    .where('post_id', '=', postId)
    .where('status', '=', 'open')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/** Every post with open reports, the longest-waiting first, with those reports. */
export async function listOpenReports(db: Db, tenantId: number): Promise<{ post: PostView; reports: ReportView[] }[]> {
  const rows = await db
    .selectFrom('neighbour_post_reports')
    .innerJoin('neighbour_posts', 'neighbour_posts.id', 'neighbour_post_reports.post_id')
    .select(['neighbour_post_reports.post_id as postId', 'neighbour_post_reports.reason', 'neighbour_post_reports.note', 'neighbour_post_reports.created_at as createdAt'])
    .where('neighbour_posts.tenant_id', '=', tenantId)
    .where('neighbour_post_reports.status', '=', 'open')
    .orderBy('neighbour_post_reports.created_at')
    .orderBy('neighbour_post_reports.id')
    .execute()
  const postIds = [...new Set(rows.map((row) => row.postId))]
  const posts = await findPosts(db, tenantId, postIds)
  return postIds.flatMap((postId) => {
    const post = posts.find((candidate) => candidate.id === postId)
    return post ? [{ post, reports: rows.filter((row) => row.postId === postId).map(({ reason, note, createdAt }) => ({ reason, note, createdAt })) }] : []
  })
}

export interface HideRequest {
  postId: number
  reason: string
  /** Language of the mail to the poster, and where its link points. */
  locale: Locale
  baseUrl: URL
  tenantName: string
}

/**
 * Hides a post for everyone but its poster and the moderators, upholds its open reports, records
 * who did it and why, and tells the poster by mail: all or nothing.
 */
export async function hidePost(db: Db, moderator: Moderator, request: HideRequest, now: Date): Promise<'hidden' | 'notFound' | 'alreadyHidden'> {
  return db.transaction().execute(async (trx) => {
    const post = await trx
      .selectFrom('neighbour_posts')
      .innerJoin('people', 'people.id', 'neighbour_posts.author_id')
      .select(['neighbour_posts.id', 'neighbour_posts.title', 'neighbour_posts.hidden_at', 'people.email', 'people.deleted_at'])
      .where('neighbour_posts.tenant_id', '=', moderator.tenantId)
      .where('neighbour_posts.id', '=', request.postId)
      .forUpdate()
      .executeTakeFirst()
    if (!post) return 'notFound'
    if (post.hidden_at) return 'alreadyHidden'
    await trx.updateTable('neighbour_posts').set({ hidden_at: now, hidden_reason: request.reason, hidden_by: moderator.personId, updated_at: now }).where('id', '=', post.id).execute()
    const upheld = await trx
      .updateTable('neighbour_post_reports')
      .set({ status: 'upheld', decided_by: moderator.personId, decided_at: now })
      .where('post_id', '=', post.id)
      .where('status', '=', 'open')
      .executeTakeFirst()
    await recordAudit(trx, {
      tenantId: moderator.tenantId,
      actorId: moderator.personId,
      actorLabel: moderator.label,
      action: 'neighbourPost.hidden',
      objectType: 'neighbourPost',
      objectId: post.id,
      before: { hidden: false },
      after: { hidden: true, reason: request.reason, reportsUpheld: Number(upheld.numUpdatedRows) },
    })
    if (!post.deleted_at) {
      await enqueueMail(trx, {
        tenantId: moderator.tenantId,
        to: post.email,
        template: 'neighbourPostHidden',
        locale: request.locale,
        params: { tenantName: request.tenantName, postTitle: post.title, reason: request.reason, link: new URL(`/buurtvragen/${post.id}`, request.baseUrl).href },
      })
    }
    return 'hidden'
  })
}

/** The post is fine: its open reports are dismissed and the post stays as it is. */
export async function dismissReports(db: Db, moderator: Moderator, postId: number, now: Date): Promise<'dismissed' | 'notFound'> {
  return db.transaction().execute(async (trx) => {
    const post = await trx.selectFrom('neighbour_posts').select('id').where('tenant_id', '=', moderator.tenantId).where('id', '=', postId).executeTakeFirst()
    if (!post) return 'notFound'
    const dismissed = await trx
      .updateTable('neighbour_post_reports')
      .set({ status: 'dismissed', decided_by: moderator.personId, decided_at: now })
      .where('post_id', '=', postId)
      .where('status', '=', 'open')
      .executeTakeFirst()
    const count = Number(dismissed.numUpdatedRows)
    if (count > 0) {
      await recordAudit(trx, { tenantId: moderator.tenantId, actorId: moderator.personId, actorLabel: moderator.label, action: 'neighbourPost.reportsDismissed', objectType: 'neighbourPost', objectId: postId, after: { dismissed: count } })
    }
    return 'dismissed'
  })
}
