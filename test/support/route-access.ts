import { roles, type Role } from '../../src/modules/accounts/person-table.ts'

export type Visitor = 'anonymous' | Role
export const visitors: Visitor[] = ['anonymous', ...roles]
export type Expected = Record<Visitor, number>
/** A route in the role × route matrix: the path to request (when the route has parameters) and each visitor's status code. */
export type RouteAccess = Record<string, { path?: string; expect: Expected }>

export const everyone = (status: number): Expected => Object.fromEntries(visitors.map((visitor) => [visitor, status])) as Expected
export const signedIn = (status: number): Expected => ({ ...everyone(status), anonymous: 303 })
export const only = (allowed: Role[], status: number): Expected =>
  Object.fromEntries(visitors.map((visitor) => [visitor, visitor === 'anonymous' ? 303 : allowed.includes(visitor) ? status : 403])) as Expected
