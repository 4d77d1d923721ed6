import type { Where } from 'payload'

import type { Perimeter } from '@/domain/accounts/perimeter'

export interface PerimeterFields {
  /** field holding the territory (animators see rows of their territories) */
  territory?: string
  /** field holding the partner organisation (partners see their organisation's rows) */
  partner?: string
  /** for partners: also rows of the territories where their organisation holds a signed charter */
  partnerSeesTerritory?: boolean
}

/** Turns a perimeter into a Where query on a collection (true = no restriction, false = nothing). */
export function perimeterWhere(perimeter: Perimeter, fields: PerimeterFields): Where | boolean {
  switch (perimeter.kind) {
    case 'all':
      return true
    case 'territories':
      return fields.territory ? { [fields.territory]: { in: perimeter.territoryIds } } : false
    case 'partner': {
      const clauses: Where[] = []
      if (fields.partner) clauses.push({ [fields.partner]: { equals: perimeter.partnerId } })
      if (fields.partnerSeesTerritory && fields.territory && perimeter.territoryIds.length) {
        clauses.push({ [fields.territory]: { in: perimeter.territoryIds } })
      }
      if (!clauses.length) return false
      return clauses.length === 1 ? clauses[0] : { or: clauses }
    }
    default:
      return false
  }
}

/** `a OR b` where either side may already be a boolean decision. */
export function orWhere(a: Where | boolean, b: Where | boolean): Where | boolean {
  if (a === true || b === true) return true
  if (a === false) return b
  if (b === false) return a
  return { or: [a, b] }
}
