import { APIError } from 'payload'
import type { CollectionBeforeOperationHook, Where } from 'payload'

import { checkRole } from '@/domain/accounts/roles'
import { changedFields } from '@/domain/shared/changedFields'

/** The territory's fields only a national administrator writes (`access.update: adminOnlyField` on each). */
export const ADMIN_ONLY_TERRITORY_FIELDS = ['name', 'slug', 'status', 'openedAt', 'opensAt'] as const

type AdminOnlyField = (typeof ADMIN_ONLY_TERRITORY_FIELDS)[number]

const LABELS: Record<AdminOnlyField, string> = {
  name: 'le nom',
  slug: 'l’identifiant d’adresse',
  status: 'le statut',
  openedAt: 'la date d’ouverture',
  opensAt: 'l’ouverture programmée',
}

/**
 * Payload drops, without a word, the fields a person may not write (field access, before any validation hook
 * sees them): an animator's REST or GraphQL update setting « ouvert » was answered 200 with the territory
 * unchanged. Such a request is refused instead (403, in French), naming what only an administrator changes. The
 * admin form, which sends these fields back as they are, is not refused: only a change is. Runs before the
 * operation, while the body is still whole; a bulk update (no id) is compared with each territory it targets
 * that the person may update.
 */
export const refuseAdminOnlyChanges: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'update' || !req.user || checkRole(['admin'], req.user)) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const data = args.data as Record<string, unknown> | undefined
  if (!data || !ADMIN_ONLY_TERRITORY_FIELDS.some((name) => data[name] !== undefined)) return args
  const { docs } = await req.payload.find({
    collection: 'territories',
    where: id !== undefined ? { id: { equals: id } } : where,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const changed = new Set(docs.flatMap((doc) => changedFields(data, doc as unknown as Record<string, unknown>, ADMIN_ONLY_TERRITORY_FIELDS)))
  if (!changed.size) return args
  const names = ADMIN_ONLY_TERRITORY_FIELDS.filter((name) => changed.has(name)).map((name) => LABELS[name])
  throw new APIError(
    `Seule l’administration nationale peut changer ${names.join(', ')} d’un territoire. Demandez-lui l’ouverture quand la liste d’ouverture est complète.`,
    403,
    null,
    true,
  )
}
