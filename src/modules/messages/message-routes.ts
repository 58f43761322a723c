import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import type { FieldError } from '../../platform/forms/fields.tsx'
import { asFormBody, field } from '../../platform/forms/form-body.ts'
import { checkText } from '../../platform/forms/validation.ts'
import { sendError } from '../../platform/http/errors.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { blockPerson, listBlocked, unblockPerson } from './blocks.ts'
import { MESSAGE_BODY_MAX, unreadConversationCount } from './conversations.ts'
import { ConversationsPage, ThreadPage, partyName, whyClosed } from './message-views.tsx'
import { listConversations, loadThread, markRead, replyInConversation, type Thread } from './threads.ts'

const ID = /^\d{1,15}$/
const PAGE = /^\d{1,5}$/

/** Notices after a redirect, by the `bericht` query value. */
const threadNotices = {
  verstuurd: 'messages.thread.sent',
  geblokkeerd: 'messages.thread.blocked',
  gedeblokkeerd: 'messages.thread.unblocked',
} as const

/** The signed-in person's conversations: list, thread, reply, block and unblock. */
export function messageRoutes(app: FastifyInstance, { db, clock }: ModuleDeps): void {
  const signedIn = { preHandler: requireSignedIn, schema: { hide: true } }

  /** A conversation the signed-in person takes part in; any other id is a 404, exactly like one that does not exist. */
  async function ownThread(request: FastifyRequest, reply: FastifyReply): Promise<Thread | undefined> {
    const raw = (request.params as { id?: string }).id ?? ''
    const thread = ID.test(raw) ? await loadThread(db, tenantOf(request).id, request.person!.id, Number(raw)) : undefined
    if (!thread) {
      await sendError(request, reply, 404)
      return undefined
    }
    return thread
  }

  function renderThread(request: FastifyRequest, reply: FastifyReply, thread: Thread, extra: { notice?: string; refusal?: string; reply?: string; errors?: FieldError[] } = {}, status = 200) {
    return sendHtml(reply, ThreadPage({ ctx: viewContext(request, reply), thread, withoutName: !request.person!.displayName.trim(), ...extra }), status)
  }

  app.get('/berichten', signedIn, async (request, reply) => {
    const query = request.query as { pagina?: string; bericht?: string }
    const page = PAGE.test(query.pagina ?? '') ? Math.max(1, Number(query.pagina)) : 1
    const tenantId = tenantOf(request).id
    const personId = request.person!.id
    const { items, total } = await listConversations(db, tenantId, personId, page)
    return sendHtml(
      reply,
      ConversationsPage({
        ctx: viewContext(request, reply),
        items,
        total,
        unread: request.unreadConversations ?? (await unreadConversationCount(db, personId)),
        page,
        blocked: await listBlocked(db, tenantId, personId),
        notice: query.bericht === 'gedeblokkeerd' ? request.t('messages.list.unblocked') : undefined,
      }),
    )
  })

  app.get('/berichten/:id', signedIn, async (request, reply) => {
    const thread = await ownThread(request, reply)
    if (!thread) return reply
    // Opening the conversation reads it: the header, counted before this page, must not still show it as unread.
    if (thread.unread && request.unreadConversations) request.unreadConversations -= 1
    await markRead(db, thread.id, request.person!.id, request.locale, clock.now())
    const code = (request.query as { bericht?: string }).bericht
    const notice = code && Object.hasOwn(threadNotices, code) ? request.t(threadNotices[code as keyof typeof threadNotices], { name: partyName(request.t, thread.other) }) : undefined
    return renderThread(request, reply, thread, { notice })
  })

  app.post('/berichten/:id', signedIn, async (request, reply) => {
    const thread = await ownThread(request, reply)
    if (!thread) return reply
    const body = field(asFormBody(request.body), 'body')
    const closed = whyClosed(request.t, thread)
    if (closed) return renderThread(request, reply, thread, { refusal: closed }, 400)
    const errors: FieldError[] = []
    checkText(errors, request.t, 'body', body, { required: true, max: MESSAGE_BODY_MAX })
    if (errors.length > 0) return renderThread(request, reply, thread, { reply: body, errors }, 400)
    const outcome = await replyInConversation(db, { tenantId: tenantOf(request).id, conversationId: thread.id, senderId: request.person!.id, body, locale: request.locale }, clock.now())
    if (outcome.ok) return reply.redirect(`/berichten/${thread.id}?bericht=verstuurd`, 303)
    // A block or a deleted account since the thread was loaded a moment ago: show the thread as it is now.
    const current = await loadThread(db, tenantOf(request).id, request.person!.id, thread.id)
    if (!current) return sendError(request, reply, 404)
    return renderThread(request, reply, current, { refusal: whyClosed(request.t, current), reply: body }, 400)
  })

  app.post('/berichten/:id/blokkeren', signedIn, async (request, reply) => {
    const thread = await ownThread(request, reply)
    if (!thread) return reply
    if (!thread.other.deleted) await blockPerson(db, tenantOf(request).id, request.person!.id, thread.other.id, clock.now())
    return reply.redirect(`/berichten/${thread.id}?bericht=geblokkeerd`, 303)
  })

  app.post('/berichten/:id/deblokkeren', signedIn, async (request, reply) => {
    const thread = await ownThread(request, reply)
    if (!thread) return reply
    await unblockPerson(db, tenantOf(request).id, request.person!.id, thread.other.id)
    return reply.redirect(`/berichten/${thread.id}?bericht=gedeblokkeerd`, 303)
  })

  // Lifting one's own block changes nothing for anyone else, so an id that was never blocked is simply a no-op.
  app.post('/berichten/geblokkeerd/:personId/deblokkeren', signedIn, async (request, reply) => {
    const raw = (request.params as { personId?: string }).personId ?? ''
    if (!ID.test(raw)) return sendError(request, reply, 404)
    await unblockPerson(db, tenantOf(request).id, request.person!.id, Number(raw))
    return reply.redirect('/berichten?bericht=gedeblokkeerd', 303)
  })
}
