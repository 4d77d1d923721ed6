import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { idsOf } from '@/domain/shared/ids'

import { getPerimeter } from './perimeter'

export interface WritablePerimeterFields {
  /** relationship to one territory, or to several (hasMany) */
  territory?: string
  /** relationship to the organisation: a partner's own; for an animator, one of their territories' */
  partner?: string
  /** animators must name one of their territories (only admins write national documents) */
  territoryRequiredForAnimators?: boolean
}

/**
 * Create/update guard: what a non-admin writes must stay inside their perimeter. An animator may only
 * attach a document to territories they run; a partner only to their own organisation. (Access
 * functions decide which existing rows may be updated; this decides what the new values may be.)
 */
export const keepWithinPerimeter =
  (fields: WritablePerimeterFields): CollectionBeforeChangeHook =>
  async ({ collection, data, originalDoc, req }) => {
    const perimeter = await getPerimeter(req)
    if (perimeter.kind === 'all' || !req.user) return data
    const fail = (path: string, message: string): never => {
      throw new ValidationError({ collection: collection.slug, errors: [{ path, message }] }, req.t)
    }
    const value = (name: string) => (name in data ? data[name] : originalDoc?.[name])

    if (fields.partner && perimeter.kind === 'partner') {
      const [partnerId] = idsOf([value(fields.partner)])
      if (partnerId !== perimeter.partnerId) fail(fields.partner, 'Vous ne pouvez agir que pour votre propre organisme.')
    }
    // An animator names only organisations of their territories' networks (not, say, a charter or an offer
    // for an organisation of another territory), whenever the organisation is set or changed.
    if (fields.partner && perimeter.kind === 'territories' && fields.partner in data) {
      const [partnerId] = idsOf([data[fields.partner]])
      if (partnerId !== undefined && partnerId !== idsOf([originalDoc?.[fields.partner]])[0]) {
        const partner = await req.payload.findByID({
          collection: 'partners',
          id: partnerId,
          depth: 0,
          overrideAccess: true,
          req,
          disableErrors: true,
          select: { name: true, territories: true },
        })
        if (!partner || !idsOf(partner.territories).some((id) => perimeter.territoryIds.includes(id))) {
          fail(fields.partner, `L'organisme « ${partner?.name ?? partnerId} » ne fait partie d'aucun de vos territoires.`)
        }
      }
    }
    if (fields.territory && perimeter.kind !== 'none') {
      const raw = value(fields.territory)
      const territories = idsOf(Array.isArray(raw) ? raw : raw ? [raw] : [])
      if (perimeter.kind === 'territories' && !territories.length && fields.territoryRequiredForAnimators)
        fail(fields.territory, 'Choisissez un de vos territoires.')
      if (perimeter.kind === 'territories' && territories.some((id) => !perimeter.territoryIds.includes(id))) {
        fail(fields.territory, 'Ce territoire ne fait pas partie de ceux que vous animez.')
      }
      // A document covering several territories (a charter, an organisation's networks) is changed only by someone who
      // runs every one of them: sending only their own would silently take it out of the others.
      const before = originalDoc?.[fields.territory]
      const covered = idsOf(Array.isArray(before) ? before : before ? [before] : [])
      if (perimeter.kind === 'territories' && covered.some((id) => !perimeter.territoryIds.includes(id))) {
        fail(fields.territory, 'Il couvre aussi un territoire que vous n’animez pas : seule l’administration nationale peut le modifier.')
      }
      // A partner's document (e.g. an offer) must target a territory where the organisation holds a signed charter.
      if (perimeter.kind === 'partner' && fields.partner && territories.some((id) => !perimeter.territoryIds.includes(id))) {
        fail(fields.territory, "Votre organisme n'a pas de charte signée pour ce territoire.")
      }
    }
    if (perimeter.kind === 'none') fail(fields.territory ?? fields.partner ?? 'id', 'Action non autorisée.')
    return data
  }
