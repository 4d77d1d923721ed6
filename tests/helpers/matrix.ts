import { expect } from '@jest/globals'
import { REST_POST } from '@payloadcms/next/routes'
import type { CollectionSlug, Payload, Where } from 'payload'
import { stringify } from 'qs-esm'

import type { User } from '../../src/payload-types'
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/seed/users'
import { apiClient, type ApiClient } from './api'

/**
 * The access matrix, run through the three ways into the data: the Local API (with the person as `user` and
 * `overrideAccess: false`), the REST API and the GraphQL API (both through the real Next.js route handlers,
 * authenticated with the JWT the person got by logging in). Every operation returns a normalised `Result`,
 * so one table of expectations drives the three channels.
 */

/** Who is asking: nobody, or one of the demo accounts (src/seed/users.ts). */
export const ACTORS = ['anonymous', 'admin', 'animatorLot', 'animatorSicoval', 'partnerMlLot', 'partnerPijCahors', 'partnerMlSicoval'] as const
export type Actor = (typeof ACTORS)[number]
export type SignedInActor = Exclude<Actor, 'anonymous'>

export const ACTOR_EMAILS: Record<SignedInActor, string> = {
  admin: DEMO_ACCOUNTS.admin,
  animatorLot: DEMO_ACCOUNTS.animatorLot,
  animatorSicoval: DEMO_ACCOUNTS.animatorSicoval,
  partnerMlLot: DEMO_ACCOUNTS.partnerMissionLocaleLot,
  partnerPijCahors: DEMO_ACCOUNTS.partnerPijCahors,
  partnerMlSicoval: DEMO_ACCOUNTS.partnerMissionLocaleSicoval,
}

export const CHANNELS = ['local', 'rest', 'graphql'] as const
export type Channel = (typeof CHANNELS)[number]

export type Expectation = 'allowed' | 'denied'

type Doc = Record<string, any> & { id: number }

/** `status`: the HTTP status (Local API: the error's status, 200 when it returned). */
export interface Result {
  status: number
  docs: Doc[]
  doc?: Doc
  /** every error message, joined (validation messages included) */
  message: string
}

/** GraphQL names of each collection (one document, a list). */
const GRAPHQL_NAMES: Partial<Record<CollectionSlug, { one: string; many: string }>> = {
  users: { one: 'User', many: 'Users' },
  territories: { one: 'Territory', many: 'Territories' },
  themes: { one: 'Theme', many: 'Themes' },
  questionnaires: { one: 'Questionnaire', many: 'Questionnaires' },
  partners: { one: 'Partner', many: 'Partners' },
  charters: { one: 'Charter', many: 'Charters' },
  offers: { one: 'Offer', many: 'Offers' },
  'offer-territories': { one: 'OfferTerritory', many: 'OfferTerritories' },
  leads: { one: 'Lead', many: 'Leads' },
  communes: { one: 'Commune', many: 'Communes' },
  departements: { one: 'Departement', many: 'Departements' },
  epcis: { one: 'Epci', many: 'Epcis' },
  media: { one: 'Media', many: 'allMedia' },
  searches: { one: 'Search', many: 'Searches' },
  'sent-emails': { one: 'SentEmail', many: 'SentEmails' },
  'contact-accesses': { one: 'ContactAccess', many: 'ContactAccesses' },
  'payload-jobs': { one: 'PayloadJob', many: 'PayloadJobs' },
  'payload-locked-documents': { one: 'PayloadLockedDocument', many: 'PayloadLockedDocuments' },
  'payload-preferences': { one: 'PayloadPreference', many: 'PayloadPreferences' },
}

const DENIED_STATUSES = [400, 401, 403, 404]

/** A 1×1 transparent PNG, for upload collections. */
export const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64')

/** GraphQL spells nested paths with `__` (`contact__email`), and nests `and`/`or`. */
function graphqlWhere(where: Where | undefined): Where | undefined {
  if (!where) return where
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map(graphqlWhere)] : [key.replace(/\./g, '__'), value],
    ),
  ) as Where
}

function errorMessages(errors: unknown): string {
  if (!Array.isArray(errors)) return ''
  return errors
    .flatMap((error: any) => [
      error?.message,
      ...((error?.data?.errors ?? error?.extensions?.data?.errors ?? []) as { message?: string }[]).map((detail) => detail.message),
    ])
    .filter(Boolean)
    .join(' | ')
}

function localError(error: any): Result {
  const details = (error?.data?.errors ?? []) as { message?: string }[]
  return {
    status: typeof error?.status === 'number' ? error.status : 500,
    docs: [],
    message: [error?.message, ...details.map((detail) => detail.message)].filter(Boolean).join(' | '),
  }
}

export class Matrix {
  readonly api: ApiClient
  private readonly tokens = new Map<SignedInActor, string>()
  private readonly users = new Map<SignedInActor, User & { collection: 'users' }>()

  constructor(readonly payload: Payload) {
    this.api = apiClient(payload)
  }

  /** Logs every actor in once (REST, for the JWT) and loads their account (for the Local API). */
  async open(actors: readonly Actor[] = ACTORS): Promise<this> {
    for (const actor of actors) {
      if (actor === 'anonymous') continue
      this.tokens.set(actor, await this.api.login(ACTOR_EMAILS[actor], DEMO_PASSWORD))
      const { docs } = await this.payload.find({
        collection: 'users',
        where: { email: { equals: ACTOR_EMAILS[actor] } },
        depth: 0,
        overrideAccess: true,
        limit: 1,
      })
      this.users.set(actor, { ...docs[0], collection: 'users' })
    }
    return this
  }

  token(actor: Actor): string | undefined {
    if (actor === 'anonymous') return undefined
    const token = this.tokens.get(actor)
    if (!token) throw new Error(`${actor} is not logged in: call open() with it`)
    return token
  }

  user(actor: Actor): (User & { collection: 'users' }) | undefined {
    if (actor === 'anonymous') return undefined
    const user = this.users.get(actor)
    if (!user) throw new Error(`${actor} is not logged in: call open() with it`)
    return user
  }

  /** Re-reads an actor's account (after a change to it), for the Local API. */
  async refresh(actor: SignedInActor): Promise<void> {
    const user = await this.payload.findByID({ collection: 'users', id: this.user(actor)!.id, depth: 0, overrideAccess: true })
    this.users.set(actor, { ...user, collection: 'users' })
  }

  private names(slug: CollectionSlug) {
    const names = GRAPHQL_NAMES[slug]
    if (!names) throw new Error(`No GraphQL names for ${slug}`)
    return names
  }

  private async graphql(actor: Actor, query: string, variables: Record<string, unknown>, field: string): Promise<Result> {
    const { status, json } = await this.api.graphql(query, this.token(actor), variables)
    const errors = json?.errors
    const value = json?.data?.[field]
    if (value === null || value === undefined) {
      if (errors?.length) return { status: errors[0]?.extensions?.statusCode ?? 400, docs: [], message: errorMessages(errors) }
      return { status: status === 200 ? 404 : status, docs: [], message: 'null' }
    }
    // Errors on nested fields only (e.g. a join to a collection the person may not read): those fields are null.
    return { status, docs: value.docs ?? [], doc: value.docs ? undefined : value, message: errorMessages(errors) }
  }

  private restResult({ status, json }: { status: number; json: any }): Result {
    if (status >= 300) return { status, docs: [], message: errorMessages(json?.errors) }
    return { status, docs: json?.docs ?? [], doc: json?.doc ?? (json?.docs ? undefined : json), message: json?.message ?? '' }
  }

  /** Every document the actor can list (no pagination), optionally filtered. `fields`: the GraphQL selection. */
  async find(channel: Channel, actor: Actor, slug: CollectionSlug, options: { where?: Where; depth?: number; fields?: string } = {}): Promise<Result> {
    const { where, depth = 0, fields = 'id' } = options
    switch (channel) {
      case 'local':
        try {
          const { docs } = await this.payload.find({ collection: slug, where, depth, pagination: false, user: this.user(actor), overrideAccess: false })
          return { status: 200, docs: docs as Doc[], message: '' }
        } catch (error) {
          return localError(error)
        }
      case 'rest':
        return this.restResult(await this.api.get(`/${slug}${stringify({ where, depth, limit: 0 }, { addQueryPrefix: true })}`, this.token(actor)))
      case 'graphql': {
        const { one, many } = this.names(slug)
        return this.graphql(
          actor,
          `query($where: ${one}_where) { ${many}(where: $where, pagination: false) { docs { ${fields} } } }`,
          { where: graphqlWhere(where) },
          many,
        )
      }
    }
  }

  async findByID(channel: Channel, actor: Actor, slug: CollectionSlug, id: number, options: { depth?: number; fields?: string } = {}): Promise<Result> {
    const { depth = 0, fields = 'id' } = options
    switch (channel) {
      case 'local':
        try {
          const doc = await this.payload.findByID({ collection: slug, id, depth, user: this.user(actor), overrideAccess: false })
          return { status: 200, docs: [], doc: doc as Doc, message: '' }
        } catch (error) {
          return localError(error)
        }
      case 'rest':
        return this.restResult(await this.api.get(`/${slug}/${id}?depth=${depth}`, this.token(actor)))
      case 'graphql': {
        const { one } = this.names(slug)
        return this.graphql(actor, `query($id: Int!) { ${one}(id: $id) { ${fields} } }`, { id }, one)
      }
    }
  }

  async create(channel: Channel, actor: Actor, slug: CollectionSlug, data: Record<string, unknown>): Promise<Result> {
    switch (channel) {
      case 'local':
        try {
          const doc = await this.payload.create({ collection: slug, data: data as any, depth: 0, user: this.user(actor), overrideAccess: false })
          return { status: 201, docs: [], doc: doc as Doc, message: '' }
        } catch (error) {
          return localError(error)
        }
      case 'rest':
        return this.restResult(await this.api.post(`/${slug}?depth=0`, data, this.token(actor)))
      case 'graphql': {
        const { one } = this.names(slug)
        return this.graphql(actor, `mutation($data: mutation${one}Input!) { create${one}(data: $data) { id } }`, { data }, `create${one}`)
      }
    }
  }

  async update(channel: Channel, actor: Actor, slug: CollectionSlug, id: number, data: Record<string, unknown>): Promise<Result> {
    switch (channel) {
      case 'local':
        try {
          const doc = await this.payload.update({ collection: slug, id, data: data as any, depth: 0, user: this.user(actor), overrideAccess: false })
          return { status: 200, docs: [], doc: doc as Doc, message: '' }
        } catch (error) {
          return localError(error)
        }
      case 'rest':
        return this.restResult(await this.api.patch(`/${slug}/${id}?depth=0`, data, this.token(actor)))
      case 'graphql': {
        const { one } = this.names(slug)
        return this.graphql(
          actor,
          `mutation($id: Int!, $data: mutation${one}UpdateInput!) { update${one}(id: $id, data: $data) { id } }`,
          { id, data },
          `update${one}`,
        )
      }
    }
  }

  async delete(channel: Channel, actor: Actor, slug: CollectionSlug, id: number): Promise<Result> {
    switch (channel) {
      case 'local':
        try {
          const doc = await this.payload.delete({ collection: slug, id, depth: 0, user: this.user(actor), overrideAccess: false })
          return { status: 200, docs: [], doc: doc as Doc, message: '' }
        } catch (error) {
          return localError(error)
        }
      case 'rest':
        return this.restResult(await this.api.delete(`/${slug}/${id}`, this.token(actor)))
      case 'graphql': {
        const { one } = this.names(slug)
        return this.graphql(actor, `mutation($id: Int!) { delete${one}(id: $id) { id } }`, { id }, `delete${one}`)
      }
    }
  }

  /** Uploads a file (multipart REST, or the Local API's `file`); GraphQL has no upload. */
  async upload(channel: Exclude<Channel, 'graphql'>, actor: Actor, slug: CollectionSlug, data: Record<string, unknown>, name = 'logo.png'): Promise<Result> {
    if (channel === 'local') {
      try {
        const file = { data: TINY_PNG, mimetype: 'image/png', name, size: TINY_PNG.length }
        const doc = await this.payload.create({ collection: slug, data: data as any, file, depth: 0, user: this.user(actor), overrideAccess: false })
        return { status: 201, docs: [], doc: doc as Doc, message: '' }
      } catch (error) {
        return localError(error)
      }
    }
    const form = new FormData()
    form.append('file', new Blob([TINY_PNG], { type: 'image/png' }), name)
    form.append('_payload', JSON.stringify(data))
    const token = this.token(actor)
    const request = new Request(`http://localhost:3000/api/${slug}`, { method: 'POST', body: form, headers: token ? { Authorization: `JWT ${token}` } : {} })
    const response = await REST_POST(this.payload.config)(request, { params: Promise.resolve({ slug: [slug] }) })
    const text = await response.text()
    return this.restResult({ status: response.status, json: text ? JSON.parse(text) : null })
  }

  /* ---------- Ground truth (access overridden) ---------- */

  async all(slug: CollectionSlug, where?: Where): Promise<Doc[]> {
    const { docs } = await this.payload.find({ collection: slug, where, depth: 0, pagination: false, overrideAccess: true })
    return docs as Doc[]
  }

  async count(slug: CollectionSlug, where?: Where): Promise<number> {
    return (await this.payload.count({ collection: slug, where, overrideAccess: true })).totalDocs
  }

  async exists(slug: CollectionSlug, id: number): Promise<boolean> {
    const { totalDocs } = await this.payload.count({ collection: slug, where: { id: { equals: id } }, overrideAccess: true })
    return totalDocs === 1
  }

  async raw(slug: CollectionSlug, id: number): Promise<Doc> {
    return (await this.payload.findByID({ collection: slug, id, depth: 0, overrideAccess: true })) as Doc
  }
}

/* ---------- Assertions ---------- */

export const sortedIds = (docs: { id: number }[]): number[] => docs.map((doc) => Number(doc.id)).sort((a, b) => a - b)

/** A read that returns exactly `expected` (ids), or is refused when `expected` is 'denied'. */
export function expectIds(result: Result, expected: number[] | 'denied', context = ''): void {
  if (expected === 'denied') {
    // Refused outright, or (Where-based access) nothing at all.
    if (result.status === 200) expect({ context, ids: sortedIds(result.docs) }).toEqual({ context, ids: [] })
    else expect({ context, status: DENIED_STATUSES.includes(result.status) }).toEqual({ context, status: true })
    return
  }
  expect({ context, status: result.status, message: result.message }).toEqual({ context, status: 200, message: expect.any(String) })
  expect({ context, ids: sortedIds(result.docs) }).toEqual({ context, ids: [...expected].sort((a, b) => a - b) })
}

/** A write that succeeded (2xx) or was refused (400/401/403/404), with the reason in the failure output. */
export function expectOutcome(result: Result, expected: Expectation, context = ''): void {
  const outcome = result.status >= 200 && result.status < 300 ? 'allowed' : DENIED_STATUSES.includes(result.status) ? 'denied' : `error ${result.status}`
  expect({ context, outcome, message: outcome === expected ? '' : result.message }).toEqual({ context, outcome: expected, message: '' })
}

/** Serialises a response for "this value never appears anywhere in it" checks. */
export const serialised = (result: Result): string => JSON.stringify({ docs: result.docs, doc: result.doc })

/** Quiets Payload's logger (expected refusals are logged as errors). */
export function quiet(payload: Payload): void {
  payload.logger.level = 'fatal'
}
