import {
  APIError,
  type Access,
  type AccessArgs,
  type AccessResult,
  type CollectionBeforeChangeHook,
  type CollectionSlug,
  NotFound,
  type PayloadHandler,
  type PayloadRequest,
  type SanitizedCollectionConfig,
  type SanitizedConfig,
  UnauthorizedError,
  type Where,
} from 'payload'

import { activeUser } from '@/domain/accounts/roles'

import { adminOnly, nobody } from './policies'

/**
 * The collections Payload adds by itself (document locks, preferences, migrations) come with default rules:
 * any signed-in person may read, create, change or delete any of them. Payload 3.90 offers no option to
 * customise them (only `jobs.jobsCollectionOverrides` for the jobs queue, used in the plugin), and a plugin
 * runs before sanitisation, when they do not exist yet. So their access is tightened on the sanitised
 * config, before any request is served (`payload.config.ts`: `buildConfig(…).then(protectPayloadCollections)`):
 * - `payload-locked-documents`: a lock names its own author and a document that person may update; it is read
 *   within the perimeter (own locks, and locks of documents the person may read), so that the admin shows
 *   « en cours de modification par … » to colleagues without revealing anything outside;
 * - `payload-preferences`: only their owner (an active account);
 * - `payload-migrations`: read by administrators, written only by the migration runner (access overridden);
 * - `payload-jobs` (plugin override) and `payload-kv` (all denied by Payload) are checked by the tests.
 */

export const LOCKS = 'payload-locked-documents'
export const PREFERENCES = 'payload-preferences'
export const MIGRATIONS = 'payload-migrations'

type Operation = 'read' | 'update'

interface Reference {
  relationTo: string
  value: number | string
}

const idOf = (value: unknown): number | string | null => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: number | string }).id
  return null
}

/** A polymorphic relationship value (`{ relationTo, value }`, value an id or a populated document). */
export function referenceOf(value: unknown): Reference | null {
  if (!value || typeof value !== 'object' || !('relationTo' in value)) return null
  const { relationTo } = value as { relationTo: unknown }
  const id = idOf((value as { value?: unknown }).value)
  if (typeof relationTo !== 'string' || id === null) return null
  return { relationTo, value: id }
}

const ownedBy = (userId: number): Where => ({ and: [{ 'user.relationTo': { equals: 'users' } }, { 'user.value': { equals: userId } }] })

/** The access result of `operation` on a collection or a global, as the caller would get it. */
async function accessOf(req: PayloadRequest, target: { collection?: string; global?: string }, operation: Operation): Promise<AccessResult> {
  const config = target.collection
    ? req.payload.collections[target.collection as CollectionSlug]?.config
    : req.payload.config.globals.find((global) => global.slug === target.global)
  const access = config?.access?.[operation] as Access | undefined
  if (!config || !access) return false
  return access({ req } as AccessArgs)
}

/** Of `ids` in `collection`, those the caller may read (or update): the collection's own access, applied. */
export async function permittedIds(req: PayloadRequest, collection: string, ids: (number | string)[], operation: Operation): Promise<Set<string>> {
  if (!ids.length) return new Set()
  const access = await accessOf(req, { collection }, operation)
  if (access === false) return new Set()
  const byId: Where = { id: { in: ids } }
  const { docs } = await req.payload.find({
    collection: collection as CollectionSlug,
    where: access === true ? byId : { and: [byId, access] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { updatedAt: true },
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

/** Whether the caller may read (or update) a global: only unconditional access counts (a global is one document). */
async function globalPermitted(req: PayloadRequest, slug: string, operation: Operation): Promise<boolean> {
  return (await accessOf(req, { global: slug }, operation)) === true
}

/** Own locks, plus the locks of documents (or globals) the caller may read (or update). */
const locksWithin =
  (operation: Operation): Access =>
  async ({ req }) => {
    const user = activeUser(req.user)
    if (!user) return false
    if (user.role === 'admin') return true
    const { docs } = await req.payload.find({
      collection: LOCKS,
      where: { 'user.value': { not_equals: user.id } },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
      select: { document: true, globalSlug: true },
    })
    const byCollection = new Map<string, { lockId: number; documentId: number | string }[]>()
    const permitted: number[] = []
    for (const lock of docs as { id: number; document?: unknown; globalSlug?: string | null }[]) {
      const document = referenceOf(lock.document)
      if (document) {
        const group = byCollection.get(document.relationTo) ?? []
        group.push({ lockId: lock.id, documentId: document.value })
        byCollection.set(document.relationTo, group)
      } else if (lock.globalSlug && (await globalPermitted(req, lock.globalSlug, operation))) {
        permitted.push(lock.id)
      }
    }
    for (const [collection, locks] of byCollection) {
      const allowed = await permittedIds(req, collection, [...new Set(locks.map((lock) => lock.documentId))], operation)
      for (const lock of locks) if (allowed.has(String(lock.documentId))) permitted.push(lock.lockId)
    }
    return permitted.length ? { or: [ownedBy(user.id), { id: { in: permitted } }] } : ownedBy(user.id)
  }

export const readLocks = locksWithin('read')
export const changeLocks = locksWithin('update')
export const createLocks: Access = ({ req }) => activeUser(req.user) !== null

export const LOCK_MESSAGES = {
  notYours: 'Un verrou de modification ne peut être posé qu’à votre propre nom.',
  target: 'Un verrou de modification doit désigner un document ou un réglage.',
  notEditable: 'Vous ne pouvez pas verrouiller un document que vous n’avez pas le droit de modifier.',
}

/**
 * Every lock written through Payload (Local API, REST, GraphQL) names its author — the caller — and a
 * document the caller may update. The admin's own lock (taken when an edit view opens) goes through
 * `payload.db` and always satisfies both; taking over a colleague's lock is a PATCH with the caller as user.
 */
export const checkLock: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const user = activeUser(req.user)
  // Server code without a person (access overridden): trusted.
  if (!req.user) return data
  if (!user) throw new APIError(LOCK_MESSAGES.notYours, 403, null, true)
  if (data.user === undefined && !originalDoc) data.user = { relationTo: 'users', value: user.id }
  const author = referenceOf(data.user === undefined ? originalDoc?.user : data.user)
  if (!author || author.relationTo !== 'users' || String(author.value) !== String(user.id)) {
    throw new APIError(LOCK_MESSAGES.notYours, 403, null, true)
  }
  const document = referenceOf(data.document === undefined ? originalDoc?.document : data.document)
  const globalSlug = (data.globalSlug === undefined ? originalDoc?.globalSlug : data.globalSlug) || null
  if (Boolean(document) === Boolean(globalSlug)) throw new APIError(LOCK_MESSAGES.target, 400, null, true)
  const editable = document
    ? (await permittedIds(req, document.relationTo, [document.value], 'update')).has(String(document.value))
    : await globalPermitted(req, String(globalSlug), 'update')
  if (!editable) throw new APIError(LOCK_MESSAGES.notEditable, 403, null, true)
  return data
}

/** Preferences: their owner only (Payload's rule, plus: an active account). */
const ownPreferences: Access = ({ req }) => {
  const user = activeUser(req.user)
  return user ? ownedBy(user.id) : false
}

/**
 * `DELETE /api/payload-preferences/:key` (the admin resets a preference): Payload 3.90's handler always
 * answers 500 on PostgreSQL (its `db.deleteOne` query on the polymorphic `user` fails, and its « not found »
 * branch throws an undeclared `NotFound`); the same deletion, scoped to the caller, answering 404 or 200.
 */
const deleteOwnPreference: PayloadHandler = async (req) => {
  const user = activeUser(req.user)
  if (!user) throw new UnauthorizedError(req.t)
  const key = typeof req.routeParams?.key === 'string' ? req.routeParams.key : ''
  // (`payload.db.deleteOne` with this Where fails on PostgreSQL: find first, then delete by id.)
  const { docs } = await req.payload.find({
    collection: PREFERENCES,
    where: { and: [{ key: { equals: key } }, ownedBy(user.id)] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  if (!docs[0]) throw new NotFound(req.t)
  const deleted = await req.payload.delete({ collection: PREFERENCES, id: docs[0].id, depth: 0, overrideAccess: true, req })
  return Response.json({ ...deleted, message: req.t('general:deletedSuccessfully') }, { status: 200 })
}

function collection(config: SanitizedConfig, slug: string): SanitizedCollectionConfig | undefined {
  return config.collections.find((candidate) => candidate.slug === slug)
}

/** Tightens the access of Payload's own collections on the sanitised config (see above). */
export function protectPayloadCollections(config: SanitizedConfig): SanitizedConfig {
  const locks = collection(config, LOCKS)
  if (locks) {
    Object.assign(locks.access, { read: readLocks, create: createLocks, update: changeLocks, delete: changeLocks })
    locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), checkLock]
  }
  const preferences = collection(config, PREFERENCES)
  if (preferences) {
    Object.assign(preferences.access, {
      read: ownPreferences,
      create: ({ req }: AccessArgs) => activeUser(req.user) !== null,
      update: ownPreferences,
      delete: ownPreferences,
    })
    if (Array.isArray(preferences.endpoints)) {
      preferences.endpoints = preferences.endpoints.map((endpoint) =>
        endpoint.method === 'delete' && endpoint.path === '/:key' ? { ...endpoint, handler: deleteOwnPreference } : endpoint,
      )
    }
  }
  const migrations = collection(config, MIGRATIONS)
  if (migrations) Object.assign(migrations.access, { read: adminOnly, create: nobody, update: nobody, delete: nobody })
  return config
}
