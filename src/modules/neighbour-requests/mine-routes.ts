import type { FastifyInstance } from 'fastify'
import { requireSignedIn } from '../../platform/auth/guards.ts'
import { sendHtml } from '../../platform/http/html.ts'
import { tenantOf, viewContext } from '../../platform/http/request-context.ts'
import type { ModuleDeps } from '../../platform/modules/noaber-module.ts'
import { MyPostsPage } from './mine-views.tsx'
import { listPostsBy, listPostsRespondedBy } from './post-queries.ts'

/** A resident's overview: their own posts with how many responded, and the posts they responded to. */
export function mineRoutes(app: FastifyInstance, { db }: ModuleDeps): void {
  app.get('/mijn/buurtvragen', { preHandler: requireSignedIn, schema: { hide: true } }, async (request, reply) => {
    const tenantId = tenantOf(request).id
    const personId = request.person!.id
    const [posted, responded] = await Promise.all([listPostsBy(db, tenantId, personId), listPostsRespondedBy(db, tenantId, personId)])
    return sendHtml(reply, MyPostsPage({ ctx: viewContext(request, reply), posted, responded }))
  })
}
