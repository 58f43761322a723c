import type { RateLimitRule } from '../../platform/rate-limit/rate-limit.ts'

/** At most five new posts per person per day: enough for anyone helping their street, too few to flood it. */
export const postingRateLimit: RateLimitRule = { name: 'neighbourPost:person', limit: 5, windowSeconds: 86_400 }

/** Each response mails the poster; this many per person per day keeps that from becoming a nuisance. */
export const respondingRateLimit: RateLimitRule = { name: 'neighbourResponse:person', limit: 20, windowSeconds: 86_400 }
