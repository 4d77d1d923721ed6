import { ValidationError } from 'payload'
import type { CollectionBeforeChangeHook } from 'payload'

import { toastLabel } from '@/domain/shared/toastLabel'
import { openingRefusal } from '@/domain/territories/openingChecklist'
import { loadOpeningChecklist } from '@/plugins/boussole/server'

/**
 * Opening a territory (its status becoming « ouvert ») is refused while its opening checklist is incomplete,
 * with the missing items in words on the status field. Runs after the coverage is resolved (the commune count).
 * A territory already open is not checked again on later edits. A person creating a territory directly « ouvert »
 * (admin form, REST, GraphQL) is checked as well: nothing can be attached to it yet, so it is refused and says
 * what to do first. The system's own writes (demo data, fixtures: no signed-in person) may create it open.
 */
export const refuseIncompleteOpening: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (data.status !== 'ouvert') return data
  if (operation === 'create' && !req.user) return data
  if (operation === 'update' && (!originalDoc?.id || originalDoc.status === 'ouvert')) return data
  const checklist = await loadOpeningChecklist(
    req.payload,
    {
      id: operation === 'update' ? originalDoc.id : null,
      communeCount: data.communeCount ?? originalDoc?.communeCount,
      themes: data.themes ?? originalDoc?.themes,
      contact: { ...originalDoc?.contact, ...data.contact },
    },
    req,
  )
  if (checklist.complete) return data
  const message = openingRefusal(checklist, { creating: operation === 'create' })
  // `label`: the admin's toast names the refusal in words, not the field's path (« …n’est pas valide : status »).
  throw new ValidationError({ collection: 'territories', errors: [{ path: 'status', message, label: toastLabel(message) }] }, req.t)
}
