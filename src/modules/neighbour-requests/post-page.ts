import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Db } from '../../platform/db/database.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { MessageKey } from '../../platform/i18n/translate.ts'
import { conversationLink } from '../messages/links.ts'
import { hasReported, openReportsFor } from './moderation.ts'
import { PostPage, type PostPageProps, type RespondOffer } from './post-page-views.tsx'
import { canSeePost, viewerOf, type Viewer } from './post-policy.ts'
import { findPost, type PostView } from './post-queries.ts'
import { hasResponded, listResponses, respondRefusal } from './responses.ts'

const ID = /^\d{1,15}$/

export interface PostAccess {
  post: PostView
  viewer: Viewer
  isAuthor: boolean
  responded: boolean
}

/**
 * The post named in the address, if this reader may see it; otherwise a 404 has been sent, the same
 * for a hidden post as for one that never existed.
 */
export async function postFor(db: Db, request: FastifyRequest, reply: FastifyReply, now: Date): Promise<PostAccess | undefined> {
  const raw = (request.params as { id?: string }).id ?? ''
  const post = ID.test(raw) ? await findPost(db, tenantOf(request).id, Number(raw)) : undefined
  const viewer = viewerOf(request.person)
  const responded = post && viewer.personId !== undefined ? await hasResponded(db, post.id, viewer.personId) : false
  if (!post || !canSeePost(post, viewer, now, responded)) {
    await sendError(request, reply, 404)
    return undefined
  }
  return { post, viewer, isAuthor: post.authorId === viewer.personId, responded }
}

export interface PostPageExtra {
  notice?: MessageKey
  alert?: MessageKey
  failedForm?: PostPageProps['failedForm']
  errors?: FieldError[]
  values?: Record<string, string>
}

function conversationPath(conversationId: number): string {
  return new URL(conversationLink(conversationId)).pathname
}

/** Shows the post with everything this reader may see and do on it. */
export async function sendPostPage(db: Db, request: FastifyRequest, reply: FastifyReply, access: PostAccess, extra: PostPageExtra = {}, status = 200): Promise<FastifyReply> {
  const { post, viewer, isAuthor, responded } = access
  const personId = viewer.personId
  const seesAll = isAuthor || viewer.moderator
  const [responses, refusal, reported, openReports] = await Promise.all([
    seesAll ? listResponses(db, post.id) : responded ? listResponses(db, post.id, personId) : [],
    personId === undefined ? undefined : respondRefusal(db, post, personId),
    personId === undefined || isAuthor ? false : hasReported(db, post.id, personId),
    viewer.moderator ? openReportsFor(db, post.id) : [],
  ])
  const respond: RespondOffer = post.status !== 'open' ? 'closed' : personId === undefined ? 'signIn' : refusal ?? 'form'
  const report = personId === undefined || isAuthor || post.hiddenAt ? undefined : reported ? 'already' : 'form'
  return sendHtml(
    reply,
    PostPage({ ctx: viewContext(request, reply), post, isAuthor, isModerator: viewer.moderator, responses, viewerId: personId, respond, report, openReports, conversationPath, ...extra }),
    status,
  )
}
