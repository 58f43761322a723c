import type { HelperVisibility } from './vocabulary.ts'

/** Who is looking: a signed-in person (id and roles), or undefined for an anonymous visitor. */
export interface Viewer {
  id: number
  roles: readonly string[]
}

/** The roles that match initiatives to helpers, and so may see profiles meant for staff only. */
export const MATCHING_ROLES = ['broker', 'coordinator', 'admin'] as const
/** The roles that look after the network: keep the skills list, hide organisations, edit any organisation. */
export const NETWORK_KEEPERS = ['coordinator', 'admin'] as const

export function isMatcher(viewer: Viewer | undefined): boolean {
  return !!viewer && viewer.roles.some((role) => (MATCHING_ROLES as readonly string[]).includes(role))
}

export function isNetworkKeeper(viewer: Viewer | undefined): boolean {
  return !!viewer && viewer.roles.some((role) => (NETWORK_KEEPERS as readonly string[]).includes(role))
}

/**
 * The helper visibilities this viewer may see. A hidden (paused) profile is in no list: nobody finds
 * it, not even staff matching; only its owner sees it on their own page.
 */
export function visibleHelperLevels(viewer: Viewer | undefined): HelperVisibility[] {
  if (!viewer) return ['public']
  return isMatcher(viewer) ? ['public', 'members', 'staff'] : ['public', 'members']
}

export function canSeeHelper(visibility: HelperVisibility, viewer: Viewer | undefined): boolean {
  return visibleHelperLevels(viewer).includes(visibility)
}
