import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import { activeUser, checkRole, type Role } from '@/domain/accounts/roles'

import { getPerimeter } from './perimeter'
import { orWhere, perimeterWhere, type PerimeterFields } from './perimeterWhere'
import { selectedTerritoryFilter } from './selectedTerritory'

/**
 * Named access policies. Collections import them by name, so a collection file says who may do what.
 * Each returns a boolean or a Where query scoping the rows to the caller's perimeter.
 */

export const anyone: Access = () => true
export const nobody: Access = () => false

export const adminOnly: Access = ({ req }) => checkRole(['admin'], req.user)
export const adminOnlyField: FieldAccess = ({ req }) => checkRole(['admin'], req.user)
export const staffField =
  (roles: Role[]): FieldAccess =>
  ({ req }) =>
    checkRole(roles, req.user)
/** Fields only hooks write: callers' values are ignored on create and update. */
export const setByHooksOnly: { create: FieldAccess; update: FieldAccess } = { create: () => false, update: () => false }
export const signedIn: Access = ({ req }) => activeUser(req.user) !== null
export const hasRole =
  (...roles: Role[]): Access =>
  ({ req }) =>
    checkRole(roles, req.user)

/** Rows inside the caller's perimeter (see `perimeterWhere`). */
export const inPerimeter =
  (fields: PerimeterFields): Access =>
  async ({ req }) =>
    perimeterWhere(await getPerimeter(req), fields)

/** Rows matching `publicWhere` for everybody (anonymous included), plus the caller's perimeter. */
export const publicOrInPerimeter =
  (publicWhere: Where | ((req: PayloadRequest) => Promise<Where>), fields: PerimeterFields): Access =>
  async ({ req }) => {
    const perimeter = perimeterWhere(await getPerimeter(req), fields)
    if (perimeter === true) return true
    return orWhere(typeof publicWhere === 'function' ? await publicWhere(req) : publicWhere, perimeter)
  }

/** Like `inPerimeter`, but only for the listed roles (others get nothing). */
export const rolesInPerimeter =
  (roles: Role[], fields: PerimeterFields): Access =>
  async ({ req }) =>
    checkRole(roles, req.user) ? perimeterWhere(await getPerimeter(req), fields) : false

/** The application's rules for the Boussole plugin's own collections and endpoints (its `access` option). */
export const boussoleAccess = {
  adminOnly,
  territoryRows: inPerimeter({ territory: 'territory' }),
  staffTerritoryRows: rolesInPerimeter(['admin', 'animator'], { territory: 'territory' }),
  perimeter: getPerimeter,
  territoryListFilter: selectedTerritoryFilter('territory'),
}
