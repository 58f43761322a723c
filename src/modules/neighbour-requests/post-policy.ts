import type { CurrentPerson } from '../../platform/auth/session.ts'
import { hasRole } from '../../platform/auth/session.ts'
import { isListed, type PostView } from './post-queries.ts'

/** Who is looking at a post: a person (or nobody signed in), and whether they moderate posts. */
export interface Viewer {
  personId: number | undefined
  moderator: boolean
}

export function viewerOf(person: CurrentPerson | undefined): Viewer {
  return { personId: person?.id, moderator: isModerator(person) }
}

/** Coordinators and administrators handle reports and can hide posts. */
export function isModerator(person: CurrentPerson | undefined): boolean {
  return hasRole(person, 'coordinator', 'admin')
}

/**
 * Whether the viewer may see the post at all. A hidden post exists only for its poster and the
 * moderators; everyone else gets the same 404 as for a post that never existed. A post that has left
 * the list (closed long ago) stays readable for the people who responded to it.
 */
export function canSeePost(post: PostView, viewer: Viewer, now: Date, responded: boolean): boolean {
  if (viewer.moderator || post.authorId === viewer.personId) return true
  if (post.hiddenAt || post.authorDeleted) return false
  return isListed(post, now) || responded
}
